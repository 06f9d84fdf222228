# The Python half of `_thread`: run in the module's namespace after its natives.

def __getattr__(name):
    # `_local` is made on first use from `_threading_local`'s thread-local object: that module
    # imports `threading`, which imports this one, so it cannot be imported while this one is built.
    if name == '_local':
        import _threading_local

        class _local(_threading_local.local):
            """Thread-local data"""
            __slots__ = ()

        _local.__module__ = '_thread'
        _local.__qualname__ = '_local'
        globals()['_local'] = _local
        return _local
    raise AttributeError(f"module '_thread' has no attribute '{name}'")
