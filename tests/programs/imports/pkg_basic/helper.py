"""A plain module inside pkg_basic."""
print("  executing pkg_basic/helper.py as", __name__)

def greet(name):
    return f"hello, {name}"

CONSTANT = 42
