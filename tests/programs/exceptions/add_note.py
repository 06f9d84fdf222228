# PEP 678 notes: add_note, __notes__ list, type errors, notes on re-raised and grouped exceptions

e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__.append("appended directly")
print(e.__notes__)


class StrSub(str):
    pass


e.add_note(StrSub("subclass of str is fine"))
print(len(e.__notes__), type(e.__notes__[-1]).__name__)
e.__notes__ = ("tuple", "notes")
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
e.add_note("fresh list after del")
print(e.__notes__)


def parse(value):
    try:
        return int(value)
    except ValueError as err:
        err.add_note("while parsing %r" % value)
        raise


for raw in ["12", "x1"]:
    try:
        print(parse(raw))
    except ValueError as err:
        print(type(err).__name__, err, err.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        inner.add_note("inner note")
        raise RuntimeError("outer") from inner
except RuntimeError as outer:
    print(hasattr(outer, "__notes__"), outer.__cause__.__notes__)
eg = ExceptionGroup("group", [ValueError("v")])
eg.add_note("group note")
eg.exceptions[0].add_note("member note")
print(eg.__notes__, eg.exceptions[0].__notes__)
match, rest = eg.split(ValueError)
print(match.__notes__, match.exceptions[0].__notes__, rest)
print(BaseException("b").add_note("n") is None)
notes_on_builtin = OSError(2, "x")
notes_on_builtin.add_note("os note")
print(type(notes_on_builtin).__name__, notes_on_builtin.__notes__, str(notes_on_builtin))
