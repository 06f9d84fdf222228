print("  pkg_order/level1/level2/__init__.py")
