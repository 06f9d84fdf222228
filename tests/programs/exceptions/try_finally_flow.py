# control flow through try/except/else/finally: return overriding, break/continue, nesting order


def order(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(order(False), order(True))


def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"  # noqa: B012


def finally_swallows_exception():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"  # noqa: B012


def return_value_evaluated_first():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")


print(finally_overrides_return(), finally_swallows_exception(), return_value_evaluated_first())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


print(loop_control())


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break  # noqa: B012
    return "exception discarded by break, i=%d" % i


print(break_in_finally())


def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer caught %s" % e)
    finally:
        log.append("outer finally")
    return log


print(nested())


def reraise_in_except():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise
        finally:
            print("  finally during re-raise")
    except ValueError as e:
        return "re-raised %s" % e


print(reraise_in_except())


def exception_in_else():
    try:
        pass
    except ZeroDivisionError:
        return "not this handler"
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            return "else raised, caught separately"


print(exception_in_else())


def name_unbound_after_except():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err  # noqa: F821
    except NameError as e:
        return "err deleted: " + str(e)


print(name_unbound_after_except())


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


for v in generator_finally():
    print("got", v)
    break
print("after break from generator loop")
