# str.format: auto/manual numbering, keywords, attribute and index fields, conversions, nesting


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)


p = Point(1, "é")
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{name}-{0}".format(5, name="n"))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[0]} {0[1]} {d[key]} {d[0]}".format("ab", d={"key": "v", 0: "int0"}))
print("{0[1][0]} {0[2][k]}".format([0, [1, 2], {"k": "deep"}]), "{[0]}".format(["auto index"]), "{.x}".format(p))
print("{0[-1]}".format({"-1": "string key"}), "{0[ a ]}".format({" a ": "spaces"}), "{x[1:2]}".format(x={"1:2": "slice-ish"}))
print("{!r} {!s} {!a}".format(p, p, "é"), "{0!r:>15}|{0!s:<10}|".format(p), "{!r}".format("q'uote"))
print("{{}} {{{}}} {{0}}".format("x"), "{{{0}}}".format(7), "}}{{".format(), "{}{{}}".format(1))
print("{:{}}|".format("ab", 6), "{:{}.{}}".format(3.14159, 10, 3), "{0:{fill}{align}{width}}".format("c", fill="*", align="^", width=7))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2), "{0:>{1}}".format("r", 4), "{:{}{}}".format(42, ">", 5))
print("{}".format(None), "{}".format([1, {2: 3}]), "{:}".format("empty spec"), "{0}{0}".format("dup"))
print("{0.real} {0.imag} {1.__class__.__name__}".format(3 + 4j, 5), "{0.__doc__}".format(None)[:10])
print("{a}{b}".format(**{"a": 1, "b": 2}), "{0}{1}".format(*"xy"), "{}".format(*[9, 8]), "{x}".format(x=1, y=2))
print("{:d}".format(True), "{}".format(True), "{:s}".format("s"), "{0:5}|{1:5}|".format(1, "s"))
errors = [
    lambda: "{}".format(),
    lambda: "{1}".format(0),
    lambda: "{} {0}".format(1),
    lambda: "{0} {}".format(1),
    lambda: "{x}".format(1),
    lambda: "{0.nope}".format(p),
    lambda: "{0[5]}".format([1]),
    lambda: "{0[k]}".format({}),
    lambda: "{0[0]}".format(5),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0!x}".format(1),
    lambda: "{0!}".format(1),
    lambda: "{!r:}{".format(1),
    lambda: "{:d}".format("s"),
    lambda: "{0:{1}}".format(1),
    lambda: "{:{:{}}}".format(1, 2, 3),
    lambda: "{0[}".format([1]),
    lambda: "{0.}".format(1),
    lambda: "{0]}".format(1),
    lambda: "{:>{}}".format("a", "x"),
    lambda: "{0.__class__.__nonexistent__}".format(1),
]
for fn in errors:
    try:
        print(repr(fn()))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Fmt:
    def __format__(self, spec):
        return "<spec=%r>" % spec


print("{}|{:abc}|{:{}}|{!s:>3}".format(Fmt(), Fmt(), Fmt(), "nested", Fmt.__name__))
print("{0:%Y}".format(Fmt()), format(Fmt(), "x{y}z"), "{:x}".format(Fmt()))
print(str.format("{} + {} = {}", 1, 2, 3), "{}:{}".format("k", "v").upper(), "{0:>3}".format("é"))
print("{0!r:^12}".format("é"), "{0!a}".format("\U0001f600"), "{!s:.2}".format(3.14159))
