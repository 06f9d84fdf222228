# add_note() and __notes__: notes accumulate, are validated, and survive re-raising.

e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)

class StrSub(str):
    pass
e.add_note(StrSub("subclass note"))
print(e.__notes__, type(e.__notes__[-1]).__name__)

# Notes added while an exception propagates.
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        exc.add_note(f"while parsing {text!r}")
        raise

def load(items):
    try:
        return [parse(t) for t in items]
    except ValueError as exc:
        exc.add_note("while loading the item list")
        raise

try:
    load(["1", "x"])
except ValueError as exc:
    print(exc, exc.__notes__)

# __notes__ can be replaced by any object; add_note then complains if it is not a list.
e2 = KeyError("k")
e2.__notes__ = ("tuple", "of notes")
try:
    e2.add_note("more")
except TypeError as err:
    print("TypeError", err)
e2.__notes__ = ["fresh list"]
e2.add_note("appended")
print(e2.__notes__)
del e2.__notes__
print(hasattr(e2, "__notes__"))
e2.add_note("recreated")
print(e2.__notes__)

# Notes on exception groups and their parts.
eg = ExceptionGroup("group", [ValueError("a"), TypeError("b")])
eg.add_note("group note")
eg.exceptions[0].add_note("leaf note")
match, rest = eg.split(ValueError)
print(match.__notes__, match.exceptions[0].__notes__, rest.__notes__)

# add_note argument checking.
for args in [(), ("a", "b")]:
    try:
        ValueError().add_note(*args)
    except TypeError as err:
        print("TypeError", err)

# A class that defines __notes__ as a property.
class Custom(Exception):
    @property
    def __notes__(self):
        return ["computed note"]
c = Custom()
print(c.__notes__)
try:
    c.add_note("x")
except (TypeError, AttributeError) as err:
    print(type(err).__name__, err)

# Notes are kept by exceptions raised with 'from'.
try:
    try:
        raise OSError("disk")
    except OSError as inner:
        inner.add_note("inner note")
        raise RuntimeError("outer") from inner
except RuntimeError as outer:
    print(hasattr(outer, "__notes__"), outer.__cause__.__notes__)

# An uncaught exception with notes prints them after the message; the last stderr
# line of this program is the final note.
err = LookupError("final failure")
err.add_note("note one")
err.add_note("the last line of stderr")
raise err
