print("  executing ns_pkg/inner/mod.py as", __name__)
VALUE = "from a namespace package"
