"""Module-level __getattr__ and __dir__ (PEP 562)."""
eager = "eager value"
_computed = {}

def __getattr__(name):
    if name.startswith("lazy_"):
        print(f"  lazy.__getattr__({name!r})")
        value = name[5:].upper()
        _computed[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["eager", "lazy_anything"]
