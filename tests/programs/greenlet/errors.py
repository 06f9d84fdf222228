import greenlet
from greenlet import greenlet as G, getcurrent, GreenletExit, error

main = getcurrent()
g = G(lambda: None)
for bad in (1, "x"):
    try:
        g.parent = bad
    except TypeError as e:
        print("TypeError", e)
a = G(lambda: None)
b = G(lambda: None, parent=a)
try:
    a.parent = b
except ValueError as e:
    print("ValueError", e)
try:
    del a.parent
except AttributeError as e:
    print("AttributeError", e)
print(issubclass(GreenletExit, BaseException), issubclass(error, Exception))
print(G.GreenletExit is GreenletExit, G.getcurrent() is main)
print(bool(main), main.dead, main.parent)


def f():
    main.switch(1)


g = G(f)
g.switch()
try:
    g.run = lambda: 2
except AttributeError as e:
    print("AttributeError", e)
print(G().switch.__name__)
try:
    G().switch()
except AttributeError as e:
    print("AttributeError", e)


class MyG(G):
    def run(self, x):
        return x * 2


print(MyG().switch(21))
# throw into an unstarted greenlet kills it; its GreenletExit comes back as a value
g = G(lambda: print("never runs"))
r = g.throw()
print(type(r).__name__, g.dead)
g = G(lambda: print("never runs"))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e, g.dead)
# switching to a dead greenlet goes to its parent
g = G(lambda: "r")
print(g.switch(), g.dead)
print(g.switch("again"))
