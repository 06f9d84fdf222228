# The grp module: entries as struct sequences, lookups by gid and name, their errors.
import grp

root = grp.getgrgid(0)
print(root.gr_name, root.gr_gid, type(root.gr_mem).__name__, type(root).__module__, type(root).__name__)
print(grp.getgrnam(root.gr_name) == root, root in grp.getgrall())
print(grp.struct_group.n_fields, grp.struct_group.n_sequence_fields, len(root))
print(grp.__doc__.splitlines()[0])
for f in (lambda: grp.getgrgid(123456), lambda: grp.getgrnam("no such group"),
          lambda: grp.getgrgid(-1), lambda: grp.getgrgid("a"), lambda: grp.getgrnam(1),
          lambda: grp.getgrgid(2**40), lambda: grp.getgrnam("a\0b"), lambda: grp.getgrall(1),
          lambda: grp.getgrgid(1.5), lambda: grp.getgrgid(), lambda: grp.getgrgid(id=0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
