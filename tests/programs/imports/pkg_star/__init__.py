__all__ = ["exported", "also_exported", "submodule_listed"]
exported = "exported"
also_exported = "also exported"
not_listed = "not in __all__"
_private = "private"
