# implicit chaining (__context__), explicit chaining (raise from → __cause__), __suppress_context__


def describe(e):
    ctx = e.__context__
    cause = e.__cause__
    return "%s(%s) context=%r cause=%r suppress=%s" % (type(e).__name__, e, ctx, cause, e.__suppress_context__)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(describe(e))
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    print(describe(e), e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context shown") from None
except TypeError as e:
    print(describe(e))
try:
    raise IndexError("cause set without handling") from OSError("origin")
except IndexError as e:
    print(describe(e))
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(describe(e), type(e.__cause__).__name__)
try:
    raise KeyError("k") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError:
            raise KeyError("third")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print(describe(e))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print("re-raise same object: context is", e.__context__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
e.__context__ = None
print(describe(e))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 1
except TypeError as err:
    print(type(err).__name__, err)


def handler_raises():
    try:
        raise LookupError("original")
    except LookupError:
        return [][0]


try:
    handler_raises()
except IndexError as err:
    print(describe(err))
try:
    try:
        raise ValueError("in try")
    except ValueError:
        pass
    raise TypeError("after handled")
except TypeError as err:
    print("context after a completed handler:", err.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z from z
except ZeroDivisionError as err:
    print(err.__cause__ is err, err.__context__)
