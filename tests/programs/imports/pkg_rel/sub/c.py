print("  executing pkg_rel/sub/c.py")
from ..b import shared_function
from .. import b as parent_b
from . import __name__ as sibling_package_name

def describe():
    return (__name__, __package__, shared_function(), parent_b.__name__)
