import sys
events = []
def mk(fail_on, exc=RuntimeError):
    def t(frame, event, arg):
        events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
        if event == fail_on and frame.f_code.co_name == 'target':
            raise exc(event)
        return t
    return t
def target():
    a = 1
    try:
        b = 2
    except RuntimeError:
        events.append('caught inside')
    return a
for ev in ['call', 'line', 'return']:
    sys.settrace(mk(ev))
    try:
        target()
    except RuntimeError as e:
        print('raised', e)
    print(ev, sys.gettrace())
def raiser():
    raise KeyError('k')
def exc_fail():
    try:
        raiser()
    except KeyError:
        print('keyerror caught')
    except ValueError as e:
        print('replaced by', repr(e))
def t2(frame, event, arg):
    if event == 'exception':
        raise ValueError('from tracer')
    return t2
sys.settrace(t2)
exc_fail()
print(sys.gettrace())
def p(frame, event, arg):
    if event == 'c_call':
        raise IndexError('prof')
sys.setprofile(p)
try:
    len([])
except IndexError as e:
    print('profile raised', e)
print(sys.getprofile())
for e in events: print(e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        events2.append('fin')
events2 = []
def t3(frame, event, arg):
    a = arg[0].__name__ if event == 'exception' else (arg if arg is None or isinstance(arg, int) else type(arg).__name__)
    events2.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, a))
    return t3
sys.settrace(t3)
g = gen()
next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError('v'))
except ValueError:
    pass
sys.settrace(None)
for e in events2: print(e)
