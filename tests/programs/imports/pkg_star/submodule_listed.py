print("  executing pkg_star/submodule_listed.py (imported by star because __all__ lists it)")
NAME = "submodule_listed"
