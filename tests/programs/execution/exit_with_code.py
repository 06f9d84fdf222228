# sys.exit with an integer code; SystemExit can be caught and inspected before the real exit.
import sys

for code in [0, 3, None, "text", (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught SystemExit:", repr(e.code), repr(e), e.args)

try:
    raise SystemExit(5, "extra")
except SystemExit as e:
    print("two args:", e.code, e.args)

try:
    exit_fn = sys.exit
    exit_fn()
except SystemExit as e:
    print("no args:", e.code)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

# except Exception does not catch SystemExit.
try:
    try:
        sys.exit(9)
    except Exception:
        print("never: SystemExit is not an Exception")
except SystemExit as e:
    print("passed through except Exception:", e.code)

print("exiting with status 42")
sys.exit(42)
