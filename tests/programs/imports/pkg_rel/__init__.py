print("  executing pkg_rel/__init__.py")
from . import b
from .b import shared_function
TOP = "pkg_rel.TOP"
