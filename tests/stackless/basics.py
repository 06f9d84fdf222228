# Tasklet creation, binding and the run queue: scheduling order, run(), schedule(retval), attributes.
import stackless

main = stackless.getmain()
print(main is stackless.getcurrent(), main.is_main, main.is_current, main.alive)
print(stackless.getruncount(), main.scheduled, main.paused, main.blocked)
print(stackless.current is main, stackless.main is main, stackless.runcount)
print(isinstance(main, stackless.tasklet), issubclass(stackless.TaskletExit, SystemExit))


def worker(name, n):
    for i in range(n):
        print(name, i)
        stackless.schedule()
    print(name, "done")


# tasklet(func) only binds: not alive, not scheduled, tempval is the function
t = stackless.tasklet(worker)
print(t.alive, t.scheduled, t.paused, t.tempval is worker)
# call syntax binds arguments and inserts
print(t("a", 2) is t, t.alive, t.scheduled, t.paused, t.tempval)
print(stackless.getruncount(), main.next is t, main.prev is t, t.next is main)
u = stackless.tasklet(worker).setup("b", 3)
print(stackless.getruncount(), main.next is t, t.next is u, u.next is main)
stackless.run()
print("run returned", stackless.getruncount(), t.alive, u.alive, t.scheduled)

# bind(func, args, kwargs): alive but paused until insert()
def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

v = stackless.tasklet()
print(v.alive, v.tempval)
v.bind(show, (1, 2), {"k": 3})
print(v.alive, v.paused, v.scheduled)
v.insert()
print(v.paused, v.scheduled, stackless.getruncount())
v.remove()
print(v.paused, v.scheduled, stackless.getruncount())
v.insert()
stackless.run()
print(v.alive)
# a dead tasklet can be bound again
v.bind(show)
v.setup(x=1)
stackless.run()
# its function was dropped when it ended: arguments alone cannot bind it
try:
    v.bind(None, (4,))
except RuntimeError as e:
    print("RuntimeError", e)
v.bind(show, (4,))
v.insert()
stackless.run()
# bind with kwargs only
w = stackless.tasklet(show, None, {"only": "kw"})
print(w.alive, w.paused)
w.insert()
stackless.run()

# schedule(retval) returns retval, by default the current tasklet
def sched_values():
    print("sv", stackless.schedule() is stackless.getcurrent())
    print("sv", stackless.schedule(42))

stackless.tasklet(sched_values)()
print("main", stackless.schedule("m1"))
print("main", stackless.schedule() is main)
print("main", stackless.schedule("last") == "last")

# schedule() with nothing else runnable returns at once
print(stackless.schedule("alone"), stackless.getruncount())

# schedule_remove: the tasklet becomes paused until inserted again
def removed():
    print("removed: before")
    r = stackless.schedule_remove("back")
    print("removed: after", r)

r = stackless.tasklet(removed)()
stackless.run()
print(r.alive, r.paused, r.scheduled, stackless.getruncount())
r.insert()
stackless.run()
print(r.alive)

# run() order: FIFO; a tasklet inserted while running goes to the end
order = []
def a():
    order.append("a1")
    stackless.tasklet(c)()
    stackless.schedule()
    order.append("a2")
def b():
    order.append("b1")
    stackless.schedule()
    order.append("b2")
def c():
    order.append("c1")
stackless.tasklet(a)()
stackless.tasklet(b)()
stackless.run()
print(order)

# the return value of a tasklet's function is dropped; run() returns None
print(stackless.run(), stackless.tasklet(lambda: 5)() and stackless.run())

# tasklet attributes while running
def look():
    me = stackless.getcurrent()
    print("look", me.is_current, me.is_main, me.alive, me.scheduled, me.paused, me.blocked)
    print("look", me.frame.f_code.co_name, me.restorable, me.nesting_level, main.is_current)
    print("look", main.scheduled, main.paused, stackless.getruncount())

stackless.tasklet(look)()
stackless.run()
print(main.scheduled, stackless.getruncount())
# frame of a suspended tasklet: the function it waits in
def waiter():
    stackless.schedule()
wt = stackless.tasklet(waiter)()
print(wt.frame)
stackless.schedule()
print(wt.frame.f_code.co_name, wt.frame.f_lineno > 0)
stackless.run()
print(wt.frame, wt.alive)
# thread_id is the thread's id
import _thread
print(main.thread_id == _thread.get_ident(), wt.thread_id == _thread.get_ident())
# set_atomic / set_ignore_nesting return the old value
print(main.set_atomic(True), main.atomic, main.set_atomic(0), main.atomic)
print(main.set_ignore_nesting(1), main.ignore_nesting, main.set_ignore_nesting(False))
with stackless.atomic():
    print("atomic inside", main.atomic)
print("atomic after", main.atomic)
# tempval can be set
x = stackless.tasklet(show)
x.tempval = "tv"
print(x.tempval)
# getcurrentid: the thread's id for the main tasklet, distinct ids for others
ids = []
def record():
    ids.append(stackless.getcurrentid())
stackless.tasklet(record)()
stackless.tasklet(record)()
stackless.run()
print(stackless.getcurrentid() == _thread.get_ident(), len(set(ids)), _thread.get_ident() in ids)
print(stackless.enable_softswitch(None))
