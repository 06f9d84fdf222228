print("  executing pkg_basic/sub/leaf.py as", __name__)

def where():
    return __name__
