import sys
events = []
def show(arg):
    if arg is None or isinstance(arg, (int, str, bool)):
        return arg
    return type(arg).__name__
def tracer(frame, event, arg):
    a = arg[0].__name__ if event == 'exception' else show(arg)
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return tracer
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def with_stmt():
    with CM() as c:
        x = 1
    return x
def try_finally():
    try:
        return 1
    finally:
        y = 2
def comp(n):
    a = [i * 2 for i in range(n)]
    b = {i: i for i in range(n)}
    return len(a) + len(b)
def lam():
    f = lambda x: x + 1
    return f(1)
def cls():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()
def genexp():
    return sum(x for x in range(3))
def nested_exc():
    try:
        try:
            1 / 0
        finally:
            z = 1
    except ZeroDivisionError as e:
        return 2
def uncaught():
    {}['k']
def calls_uncaught():
    try:
        uncaught()
    except KeyError:
        return 3
def ifs(x):
    if x:
        y = 1
    else:
        y = 2
    return y
def whiles():
    i = 0
    while i < 2:
        i += 1
    else:
        i = 5
    return i
def multi_line_call():
    return max(1,
               2,
               3)
def yield_from():
    yield from range(2)
    return 1
sys.settrace(tracer)
with_stmt()
try_finally()
comp(2)
lam()
cls()
genexp()
nested_exc()
calls_uncaught()
ifs(0); ifs(1)
whiles()
multi_line_call()
list(yield_from())
sys.settrace(None)
for e in events: print(e)
