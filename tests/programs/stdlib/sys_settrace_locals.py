import sys
def t(frame, event, arg):
    if frame.f_code.co_name == 'f':
        if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
            frame.f_locals['x'] = 100
        if event == 'return':
            frame.f_locals['__return__'] = arg
            print('return seen', frame.f_locals['__return__'], sorted(frame.f_locals))
    return t
def f():
    x = 1
    y = x + 1
    return x + y
sys.settrace(t)
print(f())
sys.settrace(None)
def g():
    a = 1
    d = sys._getframe().f_locals
    d['extra'] = 5
    a = 2
    return sys._getframe().f_locals is d, sys._getframe().f_locals.get('extra'), sys._getframe().f_locals['a']
print(g())
