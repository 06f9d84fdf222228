# Tasklets suspended with native frames on their chain are killed when collected and at exit, so
# their finally blocks run; soft-switched ones are dropped silently (as Stackless does).
import gc
import stackless

def paused_hard(tag):
    try:
        list(map(lambda x: stackless.schedule_remove(None), [1]))
    finally:
        print(tag, "finally")

p = stackless.tasklet(paused_hard)("dropped")
p.run()
print(p.paused, p.restorable)
del p
print("after del")

# held only by a cycle: killed by the collector
def cyclic():
    try:
        list(map(lambda x: stackless.schedule_remove(), [1]))
    finally:
        print("cyclic finally")
c = stackless.tasklet(cyclic)()
c.run()
del c
gc.collect()
print("after collect")

# a soft-switched tasklet is not killed when dropped
def paused_soft():
    try:
        stackless.schedule_remove(None)
    finally:
        print("soft finally (never printed)")
s = stackless.tasklet(paused_soft)()
s.run()
del s
print("after soft del")

# at exit: the hard-switched tasklet blocked on a channel is killed, the soft one is not
ch = stackless.channel()
def hard_blocked():
    try:
        sorted([2, 1], key=lambda x: ch.receive())
    except stackless.TaskletExit:
        print("hard blocked killed at exit")
        raise
def soft_blocked():
    try:
        ch.receive()
    finally:
        print("soft blocked finally (never printed)")
stackless.tasklet(hard_blocked)()
stackless.tasklet(soft_blocked)()
stackless.run()
print("end of program", ch.balance)
