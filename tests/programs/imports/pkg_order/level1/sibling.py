print("  pkg_order/level1/sibling.py")
