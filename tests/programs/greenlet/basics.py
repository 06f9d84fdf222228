from greenlet import greenlet, getcurrent, GreenletExit
def test1():
    print(12)
    gr2.switch()
    print(34)
def test2():
    print(56)
    gr1.switch()
    print(78)
gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print(gr1.dead, gr2.dead, bool(gr2))
gr2.switch()
print(gr2.dead)
main = getcurrent()
def f(*a, **k):
    print("f got", a, k)
    while True:
        v = main.switch()
        print("f saw", repr(v))
        if v == "stop":
            return "done"
g = greenlet(f)
g.switch(1, 2, x=3)
g.switch()
g.switch(1)
g.switch(1, 2)
g.switch(a=1)
g.switch(1, a=1)
print(g.switch("stop"))
print(g.dead)
def e():
    main.switch("ok")
    raise KeyError("x")
g = greenlet(e)
print(g.switch())
try:
    g.switch()
except KeyError as ex:
    print("KeyError", ex)
def k():
    try:
        main.switch("ready")
    except GreenletExit:
        print("exiting")
        raise
g = greenlet(k)
print(g.switch())
r = g.throw()
print(type(r).__name__, g.dead)
# parent chain
def child():
    return "child result"
def par():
    c = greenlet(child)
    return ("par got", c.switch())
print(greenlet(par).switch())
# hard switching: inside sorted key
def sorter():
    return sorted([3, 1, 2], key=lambda x: main.switch(x))
g = greenlet(sorter)
r = g.switch()
while not g.dead:
    print("key", r)
    r = g.switch(-r)
print(r)
import greenlet as G
def tr(ev, args):
    print("trace", ev, args[0] is main, args[1] is main)
G.settrace(tr)
g = greenlet(lambda: 5)
print(g.switch())
G.settrace(None)
print(g.gr_frame, main.gr_frame)
def fr():
    main.switch()
g = greenlet(fr)
g.switch()
print(g.gr_frame.f_code.co_name)
