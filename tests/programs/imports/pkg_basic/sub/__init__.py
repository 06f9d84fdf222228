print("  executing pkg_basic/sub/__init__.py as", __name__)
SUB_VALUE = "sub"
