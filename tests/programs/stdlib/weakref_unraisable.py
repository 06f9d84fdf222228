import sys, weakref, atexit
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
class A: pass
def bad(r): raise ValueError("in callback")
w = W()
sys.stderr = w
a = A(); r = weakref.ref(a, bad); del a
sys.stderr = None
b = A(); r2 = weakref.ref(b, bad); del b
sys.stderr = sys.__stderr__
print([l for l in "".join(w.parts).splitlines() if 'File "' not in l and ' at 0x' not in l])
class D:
    def __del__(self): raise KeyError("in del")
sys.stderr = w = W()
d = D(); del d
sys.stderr = sys.__stderr__
print([l for l in "".join(w.parts).splitlines() if 'File "' not in l and ' at 0x' not in l])
def exit_bad():
    raise RuntimeError("at exit")
def show():
    sys.stderr = sys.__stderr__
    print([l for l in "".join(w.parts).splitlines() if 'File "' not in l and ' at 0x' not in l])
def redirect():
    global w
    sys.stderr = w = W()
atexit.register(show)
atexit.register(exit_bad)
atexit.register(redirect)
