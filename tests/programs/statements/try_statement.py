# try statements in all their forms: except clauses, else, finally, and combinations.

def attempt(action):
    log = []
    try:
        log.append("try")
        action()
        log.append("try end")
    except ZeroDivisionError as e:
        log.append(f"except ZeroDivisionError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {type(e).__name__}")
    except Exception:
        log.append("except Exception")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(attempt(lambda: None))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: int("x")))

# An exception in else is not caught by the same try's handlers.
def else_raises():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("escaped from else:", e)

# try/finally without except.
def only_finally():
    try:
        return "body"
    finally:
        print("  only_finally cleanup")
print(only_finally())

# Exceptions not matched propagate after finally.
def propagates():
    try:
        raise KeyError("k")
    except ValueError:
        print("never")
    finally:
        print("  finally before propagation")
try:
    propagates()
except KeyError as e:
    print("KeyError", e)

# The 'as' name is cleared at the end of the handler.
try:
    raise ValueError("temp")
except ValueError as exc:
    kept = exc
print("exc" in dir(), kept)

# A pre-existing variable with the same name is deleted too.
exc2 = "before"
try:
    raise TypeError
except TypeError as exc2:
    pass
print("exc2" in dir())

# Handlers with complex class expressions.
errors = {"lookup": LookupError, "value": ValueError}
try:
    raise KeyError("x")
except errors["lookup"] as e:
    print("matched via dict lookup:", repr(e))
try:
    raise IndexError
except (lambda: (ValueError, IndexError))():
    print("matched via call")

# Empty tuple matches nothing.
try:
    try:
        raise ValueError
    except ():
        print("never")
except ValueError:
    print("empty tuple matched nothing")

# try inside loops with break/continue/else.
results = []
for v in ["1", "x", "3", "stop", "5"]:
    try:
        if v == "stop":
            break
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)

# Nested try in except and finally.
try:
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise KeyError("nested")
        except KeyError as e:
            print("nested handler:", repr(e))
    finally:
        try:
            raise RuntimeError("in finally")
        except RuntimeError as e:
            print("handled in finally:", e)
finally:
    print("outermost finally")

# Syntax errors.
for src in ["try:\n    pass\n", "try:\n    pass\nelse:\n    pass\n",
            "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
            "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n",
            "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
            "try:\n    pass\nexcept ValueError as e.x:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
