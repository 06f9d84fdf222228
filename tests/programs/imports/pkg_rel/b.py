print("  executing pkg_rel/b.py")

def shared_function():
    return "shared_function from pkg_rel.b"

B_VALUE = "pkg_rel.b.B_VALUE"
