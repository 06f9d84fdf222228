# The pwd module: entries as struct sequences, lookups by uid and name, their errors.
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, type(root).__module__, type(root).__name__)
print(pwd.getpwnam(root.pw_name) == root, root in pwd.getpwall())
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, len(root))
for f in (lambda: pwd.getpwuid(123456), lambda: pwd.getpwnam("no such user"),
          lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid("a"), lambda: pwd.getpwnam(1),
          lambda: pwd.getpwuid(2**40), lambda: pwd.getpwnam("a\0b"), lambda: pwd.getpwall(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
