import _thread, sys, threading
class W:
    def __init__(self):
        self.parts = []
        self.flushes = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushes += 1
class T:
    name = "worker"
try:
    raise ValueError("boom")
except ValueError as e:
    args = _thread._ExceptHookArgs((type(e), e, e.__traceback__, T()))
print(args.exc_type, args.thread.name, len(args))
w = W()
sys.stderr = w
_thread._excepthook(args)
threading.excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, T())))
sys.stderr = None
T._stderr = W()
_thread._excepthook(args)
sys.stderr = sys.__stderr__
text = "".join(w.parts)
print([line for line in text.splitlines() if 'File "' not in line])
print(w.flushes >= 1, len(T._stderr.parts) > 0)
try:
    _thread._excepthook(1)
except TypeError as e:
    print(e)
