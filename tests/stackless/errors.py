# Exceptions: deadlocks, uncaught exceptions reaching the main tasklet, TaskletExit, kill, throw,
# raise_exception, operations on dead, current and blocked tasklets, switch_trap, bad arguments.
import stackless

def report(f, *args):
    try:
        r = f(*args)
    except BaseException as e:
        print("  ->", type(e).__name__, e)
    else:
        print("  ->", r)

ch = stackless.channel()
print("deadlock")
report(ch.receive)
report(ch.send, 1)
print(ch.balance, stackless.getcurrent().blocked, stackless.getruncount())
report(stackless.schedule_remove, "alone")
print(stackless.getruncount(), stackless.getcurrent().scheduled)

print("uncaught exception in a tasklet comes out of run()")
def fails():
    print("fails runs")
    raise KeyError("boom")
def later():
    print("later runs")
stackless.tasklet(fails)()
lt = stackless.tasklet(later)()
report(stackless.run)
print(lt.alive, lt.scheduled, stackless.getruncount())
report(stackless.run)

print("uncaught exception while main is blocked: main's receive raises it")
def fails_late():
    raise ValueError("late")
stackless.tasklet(fails_late)()
report(ch.receive)
print(stackless.getcurrent().blocked, ch.balance)

print("the last tasklet ending while main waits on a channel")
stackless.tasklet(lambda: None)()
report(ch.receive)
stackless.tasklet(lambda: None)()
report(ch.send, 5)
print(ch.balance)

print("a tasklet blocking while main waits on a channel gets the deadlock")
def blocks_too(c):
    try:
        c.receive()
    except RuntimeError as e:
        print("in tasklet:", e)
        raise
stackless.tasklet(blocks_too)(stackless.channel())
report(ch.receive)
print(ch.balance, stackless.getruncount())

print("TaskletExit ends a tasklet silently")
def exits():
    print("exits")
    raise stackless.TaskletExit
stackless.tasklet(exits)()
report(stackless.run)

print("kill")
def victim(c):
    try:
        print("victim waits")
        c.receive()
    except stackless.TaskletExit as e:
        print("victim got", type(e).__name__, e.args)
        raise
    finally:
        print("victim finally")
c2 = stackless.channel()
v = stackless.tasklet(victim)(c2)
stackless.run()
print(v.alive, v.blocked, c2.balance)
report(v.kill)
print(v.alive, v.blocked, v.scheduled, c2.balance)
# killing a dead tasklet is allowed; throwing anything else to it is not
report(v.kill)
report(v.throw, ValueError)
report(v.raise_exception, ValueError)
# killing a tasklet that has not started ends it without running it
ns = stackless.tasklet(victim)(c2)
report(ns.kill)
print(ns.alive, ns.scheduled, stackless.getruncount())
# kill(pending=True) only makes it runnable: it dies when it runs
v = stackless.tasklet(victim)(c2)
stackless.run()
report(v.kill, True)
print(v.alive, v.blocked, v.scheduled, c2.balance)
stackless.run()
print(v.alive)
# a tasklet catching TaskletExit keeps running
def stubborn():
    while True:
        try:
            stackless.schedule_remove()
        except stackless.TaskletExit:
            print("stubborn survives")
            return "ignored"
sb = stackless.tasklet(stubborn)()
stackless.run()
report(sb.kill)
print(sb.alive)

print("throw")
def thrown(c):
    try:
        c.receive()
    except Exception as e:
        print("thrown got", type(e).__name__, e.args)
        return
t = stackless.tasklet(thrown)(c2)
stackless.run()
report(t.throw, IndexError, "i")
t = stackless.tasklet(thrown)(c2)
stackless.run()
report(t.throw, KeyError("k"))
t = stackless.tasklet(thrown)(c2)
stackless.run()
report(t.throw, LookupError, None, None, True)
print(t.blocked, t.scheduled, c2.balance)
stackless.run()
t = stackless.tasklet(thrown)(c2)
stackless.run()
report(t.raise_exception, ArithmeticError, "x", 2)
report(t.raise_exception, 5)
report(t.raise_exception)
report(t.throw, 5)
report(t.throw, ValueError(), 1)
report(t.throw, ValueError, None, 5)
# throwing to the current tasklet raises at once
report(stackless.getcurrent().throw, ZeroDivisionError, "now")
report(stackless.getcurrent().raise_exception, TypeError, "me")
report(stackless.getcurrent().kill)

print("uncaught thrown exception goes to main")
def quiet():
    stackless.schedule_remove()
q = stackless.tasklet(quiet)()
stackless.run()
report(q.throw, OSError, "bad")
print(q.alive)

print("run, insert, remove, bind errors")
dead = stackless.tasklet(lambda: None)
report(dead.insert)
report(dead.run)
report(lambda: dead.setup() is dead)
dead.remove()
report(stackless.tasklet(lambda: None)().setup)
b = stackless.tasklet(thrown)(c2)
stackless.run()
report(b.insert)
report(b.run)
report(b.remove)
report(b.bind, None)
report(stackless.getcurrent().remove)
report(stackless.getcurrent().bind, None)
report(stackless.tasklet().bind, 5)
sc = stackless.tasklet(lambda: None)()
report(sc.bind, None)
sc.remove()
report(lambda: sc.bind(None) is sc)
print(sc.alive, sc.tempval)
report(stackless.getmain().set_atomic, "x")
report(stackless.getmain().set_ignore_nesting)
report(c2.send_throw, ValueError)
print(b.alive)

print("switch_trap")
print(stackless.switch_trap(1))
t = stackless.tasklet(lambda: print("trapped tasklet ran"))()
report(stackless.schedule)
report(stackless.run)
report(t.run)
report(c2.receive)
print(c2.balance, stackless.getcurrent().blocked)
# no switch, no trap
report(stackless.getcurrent().run)
print(stackless.switch_trap(-1), stackless.switch_trap(0))
stackless.run()

print("error handler")
def handler(typ, val, tb):
    print("handler:", typ.__name__, repr(val), tb is not None)
print(stackless.set_error_handler(handler))
def fails2():
    raise ArithmeticError("handled")
stackless.tasklet(fails2)()
report(stackless.run)
def bad_handler(typ, val, tb):
    raise NameError("from handler")
print(stackless.set_error_handler(bad_handler) is handler)
stackless.tasklet(fails2)()
report(stackless.run)
# TaskletExit never reaches the handler
stackless.tasklet(lambda: stackless.getcurrent().kill())()
report(stackless.run)
print(stackless.set_error_handler() is bad_handler, stackless.set_error_handler(None))
