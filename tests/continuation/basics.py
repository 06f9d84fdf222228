from _continuation import continulet, permute, error
def f(c, a, b=0):
    print("start", a, b)
    x = c.switch(1)
    print("got", x)
    y = c.switch(2)
    print("got", y)
    return 99
c = continulet(f, 10, b=20)
print(c.is_pending())
print(c.switch())
print(c.switch("A"))
print(c.switch("B"))
print(c.is_pending())
try:
    c.switch()
except error as e:
    print("error", e)
# exceptions
def g(c):
    c.switch(1)
    raise ValueError("boom")
c = continulet(g)
print(c.switch())
try:
    c.switch()
except ValueError as e:
    print("VE", e)
# throw
def h(c):
    try:
        c.switch(1)
    except KeyError as e:
        print("caught", repr(e))
        return 5
c = continulet(h)
print(c.switch())
print(c.throw(KeyError, "k"))
# non-None to fresh
c = continulet(h)
try:
    c.switch(3)
except TypeError as e:
    print("TE", e)
print(c.is_pending())
# hard: switch inside sorted key
def k(c):
    def key(x):
        c.switch(x)
        return -x
    return sorted([3, 1, 2], key=key)
c = continulet(k)
r = c.switch()
while c.is_pending():
    print("key saw", r)
    r = c.switch()
print("sorted", r)
