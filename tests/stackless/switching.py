# tasklet.run() and tasklet.switch(), and the schedule and channel callbacks.
import stackless

main = stackless.getmain()
names = {}
def name(t):
    if t is None:
        return None
    return "main" if t is main else names.get(id(t), "?")

def worker(tag):
    print(tag, "starts")
    stackless.schedule()
    print(tag, "ends")

a = stackless.tasklet(worker)("a")
b = stackless.tasklet(worker)("b")
names[id(a)] = "a"
names[id(b)] = "b"

print("run(): switch now, the caller stays runnable right after the target")
b.run()
print("main back", [name(x) for x in (main.next, main.prev)], stackless.getruncount())
stackless.run()

print("switch(): the caller is paused")
c = stackless.tasklet(worker)("c")
names[id(c)] = "c"
def switcher():
    print("switcher switches to main")
    main.switch()
    print("switcher resumed")
s = stackless.tasklet(switcher)
names[id(s)] = "s"
s.bind(switcher, ())
print(s.paused, stackless.getruncount())
s.switch()
print("main back", main.paused, main.scheduled, s.paused, s.scheduled, c.scheduled)
# switching to a paused tasklet pauses main until someone switches back
def back_to_main():
    print("back_to_main")
    main.run()
    print("back_to_main ends")
d = stackless.tasklet(back_to_main)
names[id(d)] = "d"
d.bind(back_to_main, ())
d.switch()
print("main again", main.scheduled, d.scheduled, stackless.getruncount())
s.insert()
stackless.run()
print(s.alive, c.alive, d.alive)
# run() on the current tasklet does nothing
print(main.run())

print("schedule callback")
events = []
def cb(prev, next):
    events.append((name(prev), name(next)))
print(stackless.set_schedule_callback(cb))
print(stackless.get_schedule_callback() is cb)
e = stackless.tasklet(worker)("e")
names[id(e)] = "e"
stackless.run()
print(events)
del events[:]
f = stackless.tasklet(worker)("f")
names[id(f)] = "f"
stackless.schedule()
stackless.schedule()
print(events)
print(stackless.set_schedule_callback(None) is cb, stackless.get_schedule_callback())
# errors in the callback are reported, not raised
def bad_cb(prev, next):
    raise ValueError("cb")
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.err_msg, u.object, type(u.exc_value).__name__)
stackless.set_schedule_callback(bad_cb)
stackless.tasklet(lambda: print("ran despite the callback"))()
stackless.run()
stackless.set_schedule_callback(None)
try:
    stackless.set_schedule_callback(5)
except TypeError as e:
    print("TypeError", e)

print("channel callback")
chevents = []
def chcb(channel, tasklet, sending, willblock):
    chevents.append((channel is ch, name(tasklet), sending, willblock))
ch = stackless.channel()
print(stackless.set_channel_callback(chcb))
def rcv():
    ch.receive()
r = stackless.tasklet(rcv)()
names[id(r)] = "r"
stackless.run()
ch.send(1)
s2 = stackless.tasklet(lambda: ch.send(2))()
names[id(s2)] = "s2"
stackless.run()
ch.receive()
stackless.run()
print(chevents)
print(stackless.get_channel_callback() is chcb, stackless.set_channel_callback(None) is chcb)
print(stackless.get_channel_callback())
try:
    stackless.set_channel_callback(1)
except TypeError as e:
    print("TypeError", e)
