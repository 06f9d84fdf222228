print("  pkg_order/level1/level2/deep.py")
DEPTH = 3
