# __traceback__: tb_lineno, tb_next chains, frames and code names; with_traceback().

def inner():
    raise ValueError("deep")       # line 4

def middle():
    inner()                         # line 7

def outer():
    middle()                        # line 10

def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

try:
    outer()                         # line 20
except ValueError as e:
    print(walk(e.__traceback__))
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_code.co_name)

# A traceback grows as the exception propagates through frames.
def catcher():
    try:
        inner()
    except ValueError as e:
        return walk(e.__traceback__)
print(catcher())

# Re-raising keeps the traceback and adds the re-raise location.
def reraiser():
    try:
        inner()
    except ValueError:
        raise                       # line 38
try:
    reraiser()
except ValueError as e:
    print(walk(e.__traceback__))

# raise e with an existing exception appends the new location to its traceback.
saved = None
try:
    inner()
except ValueError as e:
    saved = e
print(len(walk(saved.__traceback__)))
try:
    raise saved                     # line 52
except ValueError as e:
    print(walk(e.__traceback__))

# with_traceback replaces the traceback.
err = KeyError("fresh")
print(err.__traceback__)
try:
    raise err.with_traceback(None)
except KeyError as e:
    print(walk(e.__traceback__))
try:
    try:
        inner()
    except ValueError as v:
        raise TypeError("converted").with_traceback(v.__traceback__)
except TypeError as e:
    print(walk(e.__traceback__))

# Assigning __traceback__ must be a traceback or None.
x = ValueError()
try:
    x.__traceback__ = "nope"
except TypeError as e:
    print("TypeError", e)
x.__traceback__ = None
print(x.__traceback__)

# tb_lasti is an int and tb_frame.f_lineno matches for the innermost frame.
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(isinstance(tb.tb_lasti, int), tb.tb_frame.f_lineno, tb.tb_lineno)

# Exceptions raised in code from exec/eval include a '<string>' frame.
try:
    exec("def f():\n    1/0\nf()")
except ZeroDivisionError as e:
    print([(name, line) for name, line in walk(e.__traceback__)],
          e.__traceback__.tb_next.tb_frame.f_code.co_filename)

# Lambdas, comprehensions and generators appear with their own code names.
try:
    [(lambda: 1 / 0)() for _ in range(1)]
except ZeroDivisionError as e:
    print(walk(e.__traceback__))
def gen():
    yield 1
    raise KeyError("gen")
try:
    list(gen())
except KeyError as e:
    print(walk(e.__traceback__))
