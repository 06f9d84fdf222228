import sys
ev = []
def t(frame, event, arg):
    if frame.f_code.co_name == 'f':
        ev.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return t
def f():
    i = 0
    while i < 3:
        sys._getframe().f_trace = t
        sys.settrace(t)
        i += 1
        sys.settrace(None)
        x = i
    return i
f()
print(ev)
