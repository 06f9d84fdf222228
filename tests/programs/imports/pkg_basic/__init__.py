"""A basic package used by the import tests."""
print("  executing pkg_basic/__init__.py as", __name__)
VALUE = "pkg_basic.VALUE"
counter = 0
