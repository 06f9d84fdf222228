import atexit
atexit.register(print, "runs after the traceback")
atexit.register(print, "first")
raise RuntimeError("uncaught")
