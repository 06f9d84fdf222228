print("  pkg_order/level1/__init__.py")
