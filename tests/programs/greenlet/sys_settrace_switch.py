import sys
import greenlet
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
def a():
    x = 1
    gb.switch()
    y = 2
    gb.switch()
    return 'a done'
def b():
    z = 1
    ga.switch()
    w = 2
    ga.switch()
ga = greenlet.greenlet(a)
gb = greenlet.greenlet(b)
sys.settrace(tracer)
print(ga.switch())
sys.settrace(None)
for e in events: print(e)
