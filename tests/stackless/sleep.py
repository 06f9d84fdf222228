# time.sleep inside a tasklet parks it until its deadline while the other tasklets run (the thread
# sleeps only when nothing else can run); the main tasklet alone sleeps the thread as usual.
import stackless
import time

log = []


def sleeper(name, secs):
    log.append(f"{name} sleeps")
    time.sleep(secs)
    log.append(f"{name} woke")


def worker():
    for i in range(3):
        log.append(f"work {i}")
        stackless.schedule()


stackless.tasklet(sleeper)("a", 0.4)
stackless.tasklet(sleeper)("b", 0.2)
stackless.tasklet(worker)()
t0 = time.monotonic()
stackless.run()
print(log)
print("waited for the sleepers:", time.monotonic() - t0 >= 0.4)

t0 = time.monotonic()
time.sleep(0.05)
print("main slept:", time.monotonic() - t0 >= 0.05)

ch = stackless.channel()


def later():
    time.sleep(0.05)
    ch.send("late value")


stackless.tasklet(later)()
print(ch.receive())


# A sleeping tasklet can be killed; its finally runs and it never wakes.
def doomed():
    try:
        time.sleep(10)
        print("doomed woke")
    finally:
        print("doomed finally")


def killer():
    time.sleep(0.05)
    print("killing")
    t.kill()


t = stackless.tasklet(doomed)()
stackless.tasklet(killer)()
t0 = time.monotonic()
stackless.run()
print(t.alive, time.monotonic() - t0 < 5)
