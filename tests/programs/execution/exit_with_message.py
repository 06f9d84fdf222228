# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys

def shutdown(reason):
    print("shutting down:", reason)
    try:
        sys.exit(f"fatal: {reason}")
    finally:
        print("finally blocks still run")

print("start")
shutdown("configuration missing")
print("never printed")
