# repr() and ascii() of builtin values, quoting rules and escapes

values = [
    0, -5, 10**30, 1.5, -0.0, 1e100, 1e-7, float("inf"), float("-inf"), float("nan"),
    1j, 1 + 2j, -1.5 - 0j, True, False, None, ..., NotImplemented,
    "", "abc", "it's", 'say "hi"', "both ' and \"", "back\\slash",
    "\n\t\r\x00\x7f", "\x1b[0m", "caf\u00e9", "\u4e2d\u6587", "\U0001f600", "\u200b", "\ud800",
    b"", b"bytes", b"it's", b'\x00\xff\n', bytearray(b"ba"),
    [], [1, [2, [3]]], (), (1,), (1, 2), {}, {"a": 1, 2: "b"}, {1, 2, 3}, set(), frozenset(),
    frozenset({5}), range(0), range(1, 10, 2), slice(1, None, -1), slice(None),
    int, str, type, object, len, print,
]
for v in values:
    print(repr(v), ascii(v))

# recursive containers
lst = [1, 2]
lst.append(lst)
print(repr(lst))
d = {"self": None}
d["self"] = d
print(repr(d))
t = ([],)
t[0].append(t)
print(repr(t))


class R:
    def __repr__(self):
        return "R<\u00e9>"


print(repr(R()), ascii(R()), str(R()))
print(repr([R(), R()]), ascii([R()]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

try:
    ascii(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class StrSub(str):
    pass


class ReprReturnsSub:
    def __repr__(self):
        return StrSub("sub-repr")


r = repr(ReprReturnsSub())
print(r, type(r).__name__)

print(repr("a'b\"c"))
print(repr("'"), repr('"'), repr("'\""))
print(ascii("\xff\u0100\U00010000"))
print(repr(chr(0x85)), repr(chr(0xa0)), repr(chr(0xad)))
print(repr("\u2028"), repr("\ufeff"))
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
