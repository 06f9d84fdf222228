# Re-raising: bare raise, raise e, raise inside nested handlers, and with nothing active.

def bare():
    try:
        raise ValueError("original")
    except ValueError:
        print("  handling, then re-raising")
        raise
try:
    bare()
except ValueError as e:
    print("caught again:", e, e.__context__)

# Bare raise re-raises the exception currently being handled, even from a called function.
def reraise_current():
    raise
try:
    try:
        raise KeyError("from caller")
    except KeyError:
        reraise_current()
except KeyError as e:
    print("re-raised by helper:", repr(e))

# After a nested handler completes, bare raise refers to the outer exception again.
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("outer re-raised:", e)

# No active exception.
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

def no_active():
    raise
try:
    no_active()
except RuntimeError as e:
    print("RuntimeError", e)

# Once a handler has finished, there is nothing to re-raise.
try:
    raise ValueError
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("RuntimeError after handler:", e)

# raise inside finally without an active exception.
def in_finally():
    try:
        pass
    finally:
        raise
try:
    in_finally()
except RuntimeError as e:
    print("RuntimeError in finally:", e)

# raise inside finally with an exception in flight re-raises it.
def in_finally_active():
    try:
        raise IndexError("flying")
    finally:
        print("  finally sees exc_info:", __import__("sys").exc_info()[0])
try:
    in_finally_active()
except IndexError as e:
    print("IndexError", e)

# Raising the caught exception object explicitly.
try:
    try:
        raise LookupError("explicit")
    except LookupError as e:
        raise e
except LookupError as e:
    print("explicit re-raise:", e, e.__context__)

# Modifying the exception before re-raising.
try:
    try:
        raise ValueError("base message")
    except ValueError as e:
        e.args = ("modified message",)
        raise
except ValueError as e:
    print(e)

# Re-raise after a generator swallowed something internally.
def gen():
    try:
        yield
    except GeneratorExit:
        print("  generator closing")
        raise
g = gen()
next(g)
try:
    raise KeyError("active")
except KeyError:
    g.close()
    try:
        raise
    except KeyError as e:
        print("still the active exception:", repr(e))

# The exception variable is deleted after the handler, but the object survives if saved.
saved = []
try:
    raise OSError("kept")
except OSError as err:
    saved.append(err)
print("err" in dir(), saved)
