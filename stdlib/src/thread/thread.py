# The Python half of `_thread`: run in the module's namespace after its natives.

class _local:
    """Thread-local data"""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)

_local.__module__ = '_thread'

