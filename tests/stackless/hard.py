# Tasklets that block or switch from inside a native call (a key function of sorted(), a function
# mapped by map(), a __eq__ in a dict lookup): hard switches, resumed as any other.
import stackless

ch = stackless.channel()

def key(x):
    v = ch.receive()
    print("key", x, "->", v)
    return v

def sorter():
    print("sorted:", sorted(["a", "b", "c"], key=key))

t = stackless.tasklet(sorter)()
stackless.run()
print(t.blocked, t.restorable, t.nesting_level, ch.balance)
for v in (3, 1, 2):
    ch.send(v)
print(t.alive)

# a hard-switched tasklet cannot be rebound
def mapper():
    return list(map(lambda x: stackless.schedule_remove(x * 10), [1, 2]))
m = stackless.tasklet(mapper)()
stackless.run()
print(m.paused, m.restorable)
try:
    m.bind(None)
except RuntimeError as e:
    print("RuntimeError", e)
m.insert()
stackless.run()
m.insert()
stackless.run()
print(m.alive)

# several hard-switched tasklets interleaved with soft ones on one channel
out = []
def hard_sender(tag):
    sorted([1, 2], key=lambda x: (ch.send((tag, x)), x)[1])
def soft_sender(tag):
    ch.send((tag, 0))
for i in range(3):
    stackless.tasklet(hard_sender)("h%d" % i)
    stackless.tasklet(soft_sender)("s%d" % i)
stackless.run()
print(ch.balance)
while ch.balance:
    out.append(ch.receive())
print(out)
stackless.run()
print(ch.balance)
out = []
while ch.balance:
    out.append(ch.receive())
print(out)
stackless.run()
print(ch.balance, stackless.getruncount())

# an exception thrown into a hard-switched tasklet unwinds through the native call
def hard_waiter():
    try:
        sorted([1, 2], key=lambda x: ch.receive())
    except KeyError as e:
        print("hard waiter got", repr(e))
        raise
hw = stackless.tasklet(hard_waiter)()
stackless.run()
try:
    hw.throw(KeyError("unwind"))
except KeyError as e:
    print("main got", repr(e))
print(hw.alive, ch.balance)

# kill a hard-switched tasklet: TaskletExit unwinds the native frames
def hard_victim():
    try:
        list(map(lambda x: ch.receive(), [1]))
    finally:
        print("hard victim finally")
hv = stackless.tasklet(hard_victim)()
stackless.run()
hv.kill()
print(hv.alive, ch.balance)

# a __eq__ called by a dict lookup blocks
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return ch.receive()
def lookup():
    d = {K(1): "one"}
    print("lookup:", d.get(K(2)))
stackless.tasklet(lookup)()
stackless.run()
ch.send(True)

# tasklets started and woken from inside a native call of the main tasklet
ch = stackless.channel()
def child(x):
    print("child", x)
    return x
def key(x):
    stackless.tasklet(child)(x).run()
    return -x
print(sorted([1, 2, 3], key=key))
def rec():
    print("rec got", ch.receive())
r = stackless.tasklet(rec)()
print(sorted([1, 2], key=lambda x: (r.run() if x == 1 else ch.send("from key"), x)[1]))
print(r.alive)
