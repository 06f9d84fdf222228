# bomb: an exception carried in a tempval, raised by whichever tasklet receives it.
import stackless

b = stackless.bomb(ValueError, ValueError("v"), None)
print(b.type is ValueError, repr(b.value), b.traceback)
try:
    b.raise_()
except ValueError as e:
    print("raise_:", repr(e))
t = stackless.bomb((KeyError, ("k",)))
print(t.type is KeyError, t.value, t.traceback)
try:
    t.raise_()
except KeyError as e:
    print("raise_:", repr(e))
e = stackless.bomb()
print(e.type, e.value, e.traceback)
try:
    stackless.bomb(1, 2, 3, 4)
except TypeError as exc:
    print("TypeError")

# a bomb sent on a channel explodes in the receiver
ch = stackless.channel()
def receiver():
    try:
        ch.receive()
    except ZeroDivisionError as exc:
        print("receiver got", repr(exc))
stackless.tasklet(receiver)()
stackless.run()
ch.send(stackless.bomb(ZeroDivisionError, ZeroDivisionError("sent"), None))

# a pending throw leaves the bomb in tempval until the tasklet runs
def waiter():
    try:
        stackless.schedule_remove(None)
    except IndexError as exc:
        print("waiter got", repr(exc))
w = stackless.tasklet(waiter)()
stackless.run()
w.throw(IndexError, "pending", pending=True)
print(type(w.tempval).__name__, w.tempval.type is IndexError, w.scheduled)
stackless.run()
print(w.alive, w.tempval)

# schedule(bomb): the bomb is what the current tasklet receives when it runs again
try:
    stackless.schedule(stackless.bomb(OSError, OSError("own"), None))
except OSError as exc:
    print("schedule raised", repr(exc))

# an uncaught exception reaches the main tasklet with its traceback
def failing():
    inner_fail()
def inner_fail():
    raise LookupError("deep")
stackless.tasklet(failing)()
import traceback
try:
    stackless.run()
except LookupError as exc:
    print([f.name for f in traceback.extract_tb(exc.__traceback__)])
