import sys
events = []
def tracer(frame, event, arg):
    a = arg if arg is None or isinstance(arg, (int, str)) else type(arg).__name__
    if event == 'exception':
        a = arg[0].__name__
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return tracer
def f(a):
    x = a + 1
    return x
def g():
    yield 1
    y = yield 2
    return y
def loop(n):
    t = 0
    for i in range(n):
        t += i
    while n > 0:
        n -= 1
    return t
def raiser():
    raise ValueError("x")
def catcher():
    try:
        raiser()
    except ValueError:
        pass
    return 1
sys.settrace(tracer)
f(1)
list(g())
loop(2)
catcher()
code = compile("a = 1\nb = 2\n", "<m>", "exec")
exec(code, {})
sys.settrace(None)
for e in events: print(e)
