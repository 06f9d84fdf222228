print("  pkg_order/__init__.py")
