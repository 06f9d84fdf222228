# The Python half of `_thread`: run in the module's namespace after its natives.

class _local:
    """Thread-local data"""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)

_local.__module__ = '_thread'


def _excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        return
    import sys
    file = sys.stderr
    if file is None:
        thread = args.thread
        file = getattr(thread, '_stderr', None) if thread is not None else None
        if file is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=file, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=file)
    file.flush()
