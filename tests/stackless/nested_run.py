# run() called from a tasklet other than main: that tasklet waits as the watchdog and is woken when
# nothing else is runnable, or when a tasklet fails.
import stackless
def leaf(n):
    print("leaf", n)
    stackless.schedule()
    print("leaf", n, "again")
def nested():
    print("nested starts run")
    stackless.tasklet(leaf)(1)
    stackless.run()
    print("nested run returned", stackless.getcurrent().is_main)
stackless.tasklet(nested)()
stackless.tasklet(leaf)(2)
stackless.run()
print("main run returned", stackless.getruncount())
# exception in a tasklet during a nested run goes to the inner watchdog
def boom():
    raise ValueError("inner")
def nested2():
    stackless.tasklet(boom)()
    try:
        stackless.run()
    except ValueError as e:
        print("nested2 caught", e)
stackless.tasklet(nested2)()
stackless.run()
print("done", stackless.getruncount())
