import sys, weakref, itertools, pickle
print(sys.gettrace())
def f(*a): pass
sys.settrace(f); print(sys.gettrace() is f); sys.settrace(None); print(sys.gettrace())
