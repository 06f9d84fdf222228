# How sys.__excepthook__ prints a SyntaxError: the line, its indentation stripped, and carets
# clipped to the text; none when the offset lies left of it.
import sys

sys.stderr = sys.stdout
CASES = [
    ("bad.py", 1, 2, "abcdefg", 1, 100),
    ("bad.py", 1, 2, "abcdefg", 1, -2),
    ("bad.py", 1, 4, "abcdefg", 1, 2),
    ("bad.py", 1, -4, "abcdefg", 1, -2),
    ("bad.py", 1, 0, "abcdefg", 1, 0),
    ("bad.py", 1, 0, "abcdefg", 1, 5),
    ("bad.py", 1, 3, "    abcdefg\n", 1, 6),
    ("bad.py", 1, 2, "  ab\ncdefg\n", 1, 9),
    ("bad.py", 1, 5, "  ab\ncdefg\n", 2, 9),
    ("bad.py", 2, 3, "abcdefg", 3, 1),
    (None, 3, None, "xy\n", None, None),
    ("f", None, 1, "xy", 1, 2),
]
for args in CASES:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        t, v, tb = sys.exc_info()
        sys.__excepthook__(t, v.with_traceback(None), None)
for cls in (IndentationError, TabError):
    try:
        raise cls("bad", ("f", 1, 2, "abcdef", 1, 5))
    except SyntaxError:
        t, v, tb = sys.exc_info()
        sys.__excepthook__(t, v.with_traceback(None), None)
