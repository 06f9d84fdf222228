# %-formatting with mappings (%(name)s), and every formatting error message

data = {"name": "Ann", "age": 31, "score": 97.456, "tags": ["a", "b"], "": "empty key", "a b": "spaced"}
print("%(name)s is %(age)d" % data, "%(score).1f%%" % data, "%(tags)r" % data, "%()s" % data, "%(a b)s" % data)
print("%(name)-6s|%(age)05d|%(score)+.2e" % data, "%(name)s %(name)s" % data, "no fields" % data)
print("%(x)s" % {"x": "mapping"}, "%(x)r %(x)a" % {"x": "é"}, "%(0)s" % {"0": "zero"}, "%(((nested)))s" % {"((nested))": 1})


class Lazy:
    def __getitem__(self, key):
        return key.upper()


print("%(hello)s %(world)s" % Lazy())
print("%s" % data["tags"], "%s" % (data["tags"],), "%s" % {"k": 1})

errors = [
    lambda: "%d" % "x",
    lambda: "%d" % None,
    lambda: "%f" % "x",
    lambda: "%x" % 1.5,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%c" % 0x110000,
    lambda: "%c" % 1.5,
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(x)s" % ("a",),
    lambda: "%(x)s" % {"y": 1},
    lambda: "%(x)s %s" % {"x": 1},
    lambda: "%z" % 1,
    lambda: "%" % (),
    lambda: "abc%" % (),
    lambda: "%(x" % {"x": 1},
    lambda: "%*d" % ("5", 1),
    lambda: "%.*f" % (None, 1.5),
    lambda: "%*d" % (5,),
    lambda: "%d" % [1],
    lambda: "x" % 5,
    lambda: "x" % "y",
    lambda: "x" % [1],
    lambda: "%s %d" % ("a", "b"),
    lambda: "%o" % 1.0,
    lambda: "%i" % 1j,
    lambda: "%e" % "1",
    lambda: "%(a)d" % {"a": "x"},
    lambda: "%ld" % 5,
    lambda: "%5%" % (),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, repr(e.args[0]) if isinstance(e, KeyError) else e)
print("x" % {}, "x" % {"unused": 1}, "%%" % (), "%% %s" % "ok")
print("%s" % (None,), "%s-%s" % (1, 2), "%r" % ((1, 2),), "%s" % [(1, 2)])


class NoStr:
    def __str__(self):
        raise RuntimeError("str failed")


try:
    "%s" % NoStr()
except RuntimeError as e:
    print(type(e).__name__, e)


class Fmt:
    def __rmod__(self, other):
        return "Fmt.__rmod__ got %r" % other


print(5 % Fmt(), "template %s" % [Fmt.__name__])


class StrSub(str):
    def __mod__(self, other):
        return "overridden mod"


print(StrSub("%s") % 1, type("%s" % StrSub("x")).__name__)
print(b"%s and %d" % (b"bytes", 5), b"%(k)s" % {b"k": b"v"}, b"%x %c %c" % (255, 65, b"B"), b"%5.2f|" % 3.14159)
for fn in [lambda: b"%s" % "str", lambda: b"%a" % "é", lambda: b"%c" % 256]:
    try:
        print(fn())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
