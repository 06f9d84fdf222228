# 3.11's traceback carets: traceback parses the failing line's segment with ast to place the
# ~ and ^ marks under a binary operation or a subscript.
import re
import traceback


def out(text):
    """Prints a traceback with file names reduced to their last part."""
    print(re.sub(r'File "[^"]*/', 'File "', text), end="")


def show(f):
    try:
        f()
    except Exception:
        out(traceback.format_exc())


y = {"b": 1}
lst = [1, 2]
obj = None


def subscript():
    x = 1 + y['a'] * 2
    return x


def binop():
    return lst[0] + "text"


def call():
    return len(5) + 1


def attribute():
    return obj.attr.other


def multiline():
    return (1 +
            y['missing'])


def nested():
    def inner(a, b):
        return a / b
    return inner(1, 0) * 3


for f in (subscript, binop, call, attribute, multiline, nested):
    show(f)

lines = traceback.format_exception_only(KeyError, KeyError("k"))
print(lines)
try:
    {}["k"]
except KeyError as e:
    out("".join(traceback.format_tb(e.__traceback__)))
