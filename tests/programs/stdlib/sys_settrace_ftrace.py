import sys
events = []
def rec(tag):
    def t(frame, event, arg):
        events.append((tag, event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
        return t
    return t
def switching(frame, event, arg):
    events.append(('glob', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    if frame.f_code.co_name == 'nolines':
        frame.f_trace_lines = False
    if frame.f_code.co_name == 'swap':
        return swap_local
    if frame.f_code.co_name == 'none_local':
        return None
    return rec('local')
def swap_local(frame, event, arg):
    events.append(('swap', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    if event == 'line':
        return rec('second')
    return None
def nolines():
    a = 1
    b = 2
    return a + b
def swap():
    a = 1
    b = 2
    c = 3
    return a
def none_local():
    a = 1
    return a
def set_inside():
    frame = sys._getframe()
    frame.f_trace = rec('inside')
    a = 1
    return a
def opcodes():
    sys._getframe().f_trace_opcodes = True
    a = 1
    return a
sys.settrace(switching)
nolines()
swap()
none_local()
sys.settrace(None)
print(sys.gettrace())
set_inside()
counter = [0]
def count(frame, event, arg):
    if event == 'opcode':
        counter[0] += 1
    return count
sys.settrace(count)
opcodes()
sys.settrace(None)
print(counter[0] > 0)
for e in events: print(e)
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print(e)
try:
    del f.f_trace_opcodes
except TypeError as e:
    print(e)
f.f_trace = print
print(f.f_trace)
del f.f_trace
print(f.f_trace)
