"""Exception heavy: raising and catching in loops — a small exception hierarchy, handlers
chosen by class, try/except/else/finally, nested handlers that re-raise or translate
(`raise ... from ...`), exceptions raised by the interpreter itself (KeyError, IndexError,
ZeroDivisionError, StopIteration), and context managers whose `__exit__` suppresses.

Stresses: exception object creation, handler matching, traceback building, stack
unwinding through several frames, finally blocks.
"""

import sys

ITERATIONS = 500000


class AppError(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code


class RetryableError(AppError):
    pass


class FatalError(AppError):
    pass


class Suppress:
    """A context manager that swallows the given exception types and counts them."""

    def __init__(self, *types):
        self.types = types
        self.swallowed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None and issubclass(kind, self.types):
            self.swallowed += 1
            return True
        return False


def check(value):
    if value % 7 == 0:
        raise FatalError(value, "multiple of seven")
    if value % 3 == 0:
        raise RetryableError(value)
    return value


def deep(level, value):
    if level == 0:
        return check(value)
    return deep(level - 1, value) + 1


def translate(value):
    try:
        return {}[value]
    except KeyError as error:
        raise AppError(-1, "missing") from error


def run(n):
    caught = {"retry": 0, "fatal": 0, "builtin": 0, "translated": 0, "else": 0}
    finals = 0
    total = 0
    guard = Suppress(IndexError, ZeroDivisionError)
    data = [1, 2, 3]
    for i in range(n):
        try:
            total += deep(i % 4, i)
        except RetryableError as error:
            caught["retry"] += 1
            total += error.code
        except FatalError as error:
            caught["fatal"] += 1
            total -= error.code
        else:
            caught["else"] += 1
        finally:
            finals += 1

        try:
            try:
                translate(i)
            except AppError as error:
                if isinstance(error.__cause__, KeyError):
                    caught["translated"] += 1
                raise
        except AppError:
            total += 1

        try:
            total += 100 // (i % 5)
        except ZeroDivisionError:
            caught["builtin"] += 1

        with guard:
            total += data[i % 5]
        with guard:
            total += 10 // (i % 2)

        iterator = iter(range(i % 3))
        while True:
            try:
                total += next(iterator)
            except StopIteration:
                break

        try:
            try:
                if i % 2:
                    raise ValueError(i)
                total += 2
            finally:
                finals += 1
        except ValueError as error:
            total += error.args[0] % 10
    return total, finals, caught, guard.swallowed


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total, finals, caught, swallowed = run(max(1, int(ITERATIONS * scale)))
    print(f"total {total} finals {finals} swallowed {swallowed}")
    print(" ".join(f"{key}={value}" for key, value in caught.items()))


main()
