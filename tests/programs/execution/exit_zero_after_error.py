# A handled error does not change the exit status; sys.exit(0) and falling off the end both
# exit with 0 — here sys.exit(0) is raised from a function called in a finally block.
import sys

def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError as e:
    print("handled:", e)

def finish():
    print("finishing")
    sys.exit(0)

try:
    print("work done")
finally:
    finish()
print("not reached")
