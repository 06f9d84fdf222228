# finally: always runs; return/break/continue inside it override what was in flight.

def return_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before the return completes")

def return_overridden():
    try:
        return "try"
    finally:
        return "finally"

def exception_swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def return_value_evaluated_first():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")
        x = "rebound in finally"

def rebinding_does_not_change_return():
    value = 1
    try:
        return value
    finally:
        value = 2

print(return_in_try())
print(return_overridden())
print(exception_swallowed())
print(return_value_evaluated_first())
print(rebinding_does_not_change_return())

# break and continue in finally.
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"stopped at {i}, exception discarded"
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("discarded")
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def return_in_loop_finally():
    for i in range(5):
        try:
            return f"returned at {i}"
        finally:
            if i < 2:
                continue
    return "loop ended"
print(return_in_loop_finally())

# Nested finally blocks run innermost first, even when unwinding via return.
def nested():
    try:
        try:
            return "value"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())

# An exception raised in finally replaces the one in flight (which becomes its context).
def replace():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    replace()
except TypeError as e:
    print("TypeError", e, "| context:", repr(e.__context__))

# finally runs on the way out of a generator that is closed.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
g = gen()
print(next(g))
g.close()
print("closed")

# finally with break out of a while True.
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("  iteration", n, "finally")
print("n =", n)

# try/except/else/finally ordering.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

# sys.exit inside try is a SystemExit exception: finally still runs.
import sys
try:
    try:
        sys.exit(3)
    finally:
        print("  finally during SystemExit")
except SystemExit as e:
    print("SystemExit", e.code)

# A return inside finally that comes after an except clause re-raise.
def reraise_then_return():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    finally:
        return "finally wins over re-raise"
print(reraise_then_return())
