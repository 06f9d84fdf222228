import sys
events = []
def name(arg):
    if arg is None or isinstance(arg, (int, str)):
        return arg
    return getattr(arg, '__name__', type(arg).__name__)
def prof(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, name(arg)))
def f(x):
    l = []
    l.append(x)
    n = len(l)
    return sorted([3, 1], key=lambda v: -v)
def g():
    yield 1
    yield 2
def bad():
    return int('x')
def h():
    try:
        bad()
    except ValueError:
        pass
    list.append([], 1)
    print("hi", end="\n")
    return max(*[1, 2])
sys.setprofile(prof)
f(1)
for v in g():
    pass
h()
sys.setprofile(None)
for e in events: print(e)
