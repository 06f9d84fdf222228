print("  executing pkg_rel/sub/__init__.py")
from .. import TOP as parent_top
from ..b import B_VALUE
from . import c
