from ..b import does_not_exist
