import _thread, sys, threading
sys.stderr = sys.stdout
class T: name = "worker"
try:
    raise ValueError("boom")
except ValueError as e:
    args = _thread._ExceptHookArgs((type(e), e, e.__traceback__, T()))
print(args.exc_type, args.thread.name, len(args))
_thread._excepthook(args)
threading.excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, T())))
print("done")
