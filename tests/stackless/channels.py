# Channels: who runs after a send or receive (preference, schedule_all), balance and queue, exceptions
# through channels, send_sequence, iteration and closing.
import stackless

def receiver(ch, name, n=1):
    for i in range(n):
        print(name, "receives")
        v = ch.receive()
        print(name, "got", v)

def sender(ch, name, *values):
    for v in values:
        print(name, "sends", v)
        r = ch.send(v)
        print(name, "sent", v, r)

# default preference -1: a sender to a waiting receiver switches to it at once
ch = stackless.channel()
print(ch.preference, ch.balance, ch.queue, ch.closing, ch.closed, ch.schedule_all)
rt = stackless.tasklet(receiver)(ch, "r")
stackless.run()
print(ch.balance, ch.queue is rt, rt.blocked, rt.scheduled, rt.paused, stackless.getruncount())
print("main sends")
print("send returned", ch.send("x"))
print(ch.balance, rt.alive)

# default preference: a receiver finding a waiting sender takes the value and continues;
# the sender is made runnable at the end of the queue
st = stackless.tasklet(sender)(ch, "s", 1)
stackless.run()
print(ch.balance, st.blocked)
print("main receives", ch.receive())
print("main continues", st.scheduled, st.blocked)
stackless.run()

# preference 1: the sender continues, the receiver only becomes runnable
ch.preference = 1
rt = stackless.tasklet(receiver)(ch, "r")
stackless.run()
ch.send("y")
print("main after send", rt.scheduled, rt.blocked)
stackless.run()
# ... and a receiver finding a waiting sender switches to it
st = stackless.tasklet(sender)(ch, "s", 2)
stackless.run()
print("main receives", ch.receive())
print("main after receive")
stackless.run()

# preference 0: neither side is preferred, the active side continues
ch.preference = 0
rt = stackless.tasklet(receiver)(ch, "r")
stackless.run()
ch.send("z")
print("main after send")
stackless.run()
st = stackless.tasklet(sender)(ch, "s", 3)
stackless.run()
print("main receives", ch.receive())
print("main after receive")
stackless.run()

# preference is clamped to its sign; it must be an int
ch.preference = 7
print(ch.preference)
ch.preference = -3
print(ch.preference)
ch.preference = True
print(ch.preference)
try:
    ch.preference = "x"
except TypeError as e:
    print("TypeError", e)
ch.preference = -1

# schedule_all: the active side always gives way, the partner goes to the end of the queue
ch2 = stackless.channel()
ch2.schedule_all = 1
print(ch2.schedule_all)
def other(name):
    print(name, "runs")
stackless.tasklet(receiver)(ch2, "r")
stackless.run()
stackless.tasklet(other)("o1")
ch2.send("w")
print("main after schedule_all send")
stackless.run()

# several blocked tasklets queue up in order; balance counts them
ch3 = stackless.channel()
ts = [stackless.tasklet(receiver)(ch3, "r%d" % i) for i in range(3)]
stackless.run()
print(ch3.balance, ch3.queue is ts[0], ts[0].next is ts[1], ts[1].prev is ts[0], ts[2].next)
for i in range(3):
    ch3.send(i)
print(ch3.balance)
ts = [stackless.tasklet(sender)(ch3, "s%d" % i, i) for i in range(2)]
stackless.run()
print(ch3.balance, ch3.queue is ts[0])
print(ch3.receive(), ch3.receive(), ch3.balance)
stackless.run()

# send_exception and send_throw: the receiver raises
def catcher(ch, n):
    for i in range(n):
        try:
            ch.receive()
        except Exception as e:
            print("caught", type(e).__name__, e.args)

ch4 = stackless.channel()
stackless.tasklet(catcher)(ch4, 4)
stackless.run()
ch4.send_exception(ValueError, 1, 2)
ch4.send_throw(KeyError("k"))
ch4.send_throw(IndexError, "idx")
ch4.send_throw(ZeroDivisionError, (3, 4))
for bad in [(1,), (ValueError(), 1)]:
    try:
        ch4.send_throw(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ch4.send_exception(5)
except TypeError as e:
    print("TypeError", e)
try:
    ch4.send_exception()
except TypeError as e:
    print("TypeError", e)

# send_sequence sends every item and returns how many it sent
ch5 = stackless.channel()
stackless.tasklet(receiver)(ch5, "r", 3)
stackless.run()
print("sent", ch5.send_sequence(iter(["a", "b", "c"])))

# iteration receives until the channel is closed
ch6 = stackless.channel()
def consumer():
    for v in ch6:
        print("consumed", v)
    print("consumer done", ch6.closed)
ct = stackless.tasklet(consumer)()
stackless.run()
print("sent", ch6.send_sequence(range(3)))
ch6.close()
print(ch6.closing, ch6.closed, ch6.balance)
# the consumer still blocks: the channel is closing, closed only once its queue is empty
ch6.send("last")
print(ch6.closing, ch6.closed, ch6.balance, ct.alive)
# closed: blocking operations fail
try:
    ch6.send(1)
except ValueError as e:
    print("ValueError", e)
try:
    ch6.receive()
except ValueError as e:
    print("ValueError", e)
print(list(ch6))
ch6.open()
print(ch6.closing, ch6.closed)

# closing a channel with blocked senders: they are served, then it is closed
ch7 = stackless.channel()
stackless.tasklet(sender)(ch7, "s", "p", "q")
stackless.run()
ch7.close()
print(ch7.closing, ch7.closed, ch7.balance)
print(list(ch7))
print(ch7.closing, ch7.closed, ch7.balance)
# the sender's next send fails in it; its uncaught exception comes out of run()
try:
    stackless.run()
except ValueError as e:
    print("from run:", type(e).__name__, e)

# a tasklet subclass and a channel subclass work as the base types
class MyChannel(stackless.channel):
    pass
class MyTasklet(stackless.tasklet):
    pass
mc = MyChannel()
mt = MyTasklet(receiver)(mc, "mine")
stackless.run()
mc.send("sub")
print(type(mc).__name__, type(mt).__name__, mt.alive)
