import sys
events = []
def show(a):
    return a if a is None or isinstance(a, (int, str)) else type(a).__name__
def tracer(frame, event, arg):
    a = arg[0].__name__ if event == 'exception' else show(arg)
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return tracer
def inner():
    yield 1
    yield 2
def outer():
    x = yield from inner()
    yield 3
def stopper():
    yield 1
    raise StopIteration
def consume():
    for v in outer():
        pass
    try:
        for v in stopper():
            pass
    except RuntimeError as e:
        return str(e)
def recurse(n):
    if n:
        return recurse(n - 1)
    return 0
def hook_calls_python(frame, event, arg):
    helper()
    return None
def helper():
    return 1
sys.settrace(tracer)
consume()
recurse(2)
sorted([2, 1], key=lambda v: v)
sys.settrace(None)
for e in events: print(e)
# the hook's own frames are not traced
seen = []
def t2(frame, event, arg):
    seen.append(frame.f_code.co_name)
    helper()
    return t2
sys.settrace(t2)
recurse(1)
sys.settrace(None)
print(seen)
print(sys.gettrace())
