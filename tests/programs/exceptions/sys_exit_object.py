# sys.exit variants: sys.exit(["not", "an", "int"]) a non-int, non-None code is printed to stderr, status 1
import sys


def cleanup_log(tag):
    print("cleanup:", tag)


def process(items):
    done = []
    for item in items:
        if item is None:
            break
        done.append(item * 2)
    return done


print(process([1, 2, None, 4]))
try:
    sys.exit(99)
except SystemExit as e:
    print("caught SystemExit with code", e.code, "args", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("string code:", repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e.code)
try:
    try:
        sys.exit(6)
    finally:
        cleanup_log("finally runs during sys.exit")
except SystemExit as e:
    print("after finally, code", e.code)
sys.stdout.flush()
print("exiting now")
try:
    sys.exit(["not", "an", "int"])
finally:
    print("outer finally still runs")
print("not reached")
