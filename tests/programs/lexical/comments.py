# Comments: everywhere a token may end, never inside strings, and not docstrings.
#!/this/is/just/a/comment
# -*- not an encoding declaration on line 3 -*-

x = 1  # trailing comment
y = "# not a comment"  # but this is
z = '''
# inside a triple-quoted string
'''
print(x, y, repr(z))

def f():  # comment after colon
    # comment as first body line
    return 2  # comment after return
    # unreachable comment

print(f())

items = [  # after bracket
    1,  # after item
    # own line
    2,
]  # after closing bracket
print(items)

if x:  # comment
    pass
    # trailing comment in block
# dedented comment
else:  # comment on else
    pass

class K:
    # only comments and a pass
    pass

print(K.__doc__)

def documented():
    # a comment before the docstring does not prevent it
    """The docstring."""

print(documented.__doc__)

def not_documented():
    x = 1
    """Not a docstring: not the first statement."""
    return x

print(not_documented.__doc__)

print(eval("1 # comment in eval"))
print(eval("(1 +  # comment\n 2)"))
print(eval("[#\n]"))
ns = {}
exec("# only a comment", ns)
exec("#", ns)
exec("\n\n# comment\n\n", ns)
print(sorted(k for k in ns if k != "__builtins__"))

code = compile("a = 1 # type: int\n", "<s>", "exec")
exec(code, ns)
print(ns["a"])

s = "#" + "#" * 3 + " hashes in strings"
print(s, s.count("#"))
print(f"{'#'}", f"{x}#{y}")
