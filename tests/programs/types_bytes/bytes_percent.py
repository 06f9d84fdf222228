# printf-style formatting of bytes: %s with bytes-like/__bytes__, %d %x %c %r %a, %% and errors

print(b"%s" % b"bytes", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%b" % b"alias", b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%d %i %u %x %X %o" % (42, -42, 7, 255, 255, 8), b"%#x %#o %+d % d %05d" % (255, 8, 3, 3, -3), b"%.3d" % 5)
print(b"%f %.2f %e %g %E" % (1.5, 3.14159, 12345.678, 0.0001, 1e20), b"%10.3f|" % 2.5, b"%-8.2e|" % -1.5)
print(b"%c%c%c" % (72, 105, b"!"), b"%c" % bytearray(b"x"), b"%r %a" % ("\u00e9", "\u00e9"), b"%a" % b"x", b"%r" % 5)
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5}, b"%%" % (), b"100%%" % (), b"%s%%" % b"5", b"%*d|%-*d|" % (4, 1, 4, 2))
print(b"%s" % (b"tuple",), b"%s and %s" % (b"a", b"b"), b"%.2s" % b"abcdef", b"%5.1s|" % b"xyz", b"%d%s" % (1, b"2"))


class HasBytes:
    def __bytes__(self):
        return b"via __bytes__"


class HasIndex:
    def __index__(self):
        return 0x41


print(b"%s" % HasBytes(), b"%d %x" % (HasIndex(), HasIndex()))
errors = [
    lambda: b"%s" % "str",
    lambda: b"%s" % 5,
    lambda: b"%s" % None,
    lambda: b"%d" % b"1",
    lambda: b"%c" % 256,
    lambda: b"%c" % b"ab",
    lambda: b"%c" % "a",
    lambda: b"%x" % 1.5,
    lambda: b"%s %s" % (b"a",),
    lambda: b"%s" % (b"a", b"b"),
    lambda: b"%(k)s" % {"k": b"v"},
    lambda: b"%z" % 1,
    lambda: b"%" % (),
    lambda: b"%(k)s" % (b"v",),
    lambda: "%s" % b"x" + 1,
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"%d-%d")
r = ba % (1, 2)
print(r, type(r).__name__, bytearray(b"%s") % b"x", type(bytearray(b"x") % ()).__name__)
print(b"%-6s|%6s|" % (b"left", b"right"), b"[%03d]" % 7, b"%+.1f" % 2.25, b"%.0f %.0f" % (0.5, 1.5))
header = b"%-8s%8s" % (b"item", b"qty")
rows = [b"%-8s%8d" % (name, qty) for name, qty in [(b"apple", 3), (b"kiwi", 12)]]
print(header)
for row in rows:
    print(row)
print(b"|".join(b"%02x" % x for x in b"\x00\x7f\xff"), b"%s" % b"" == b"", len(b"%1000d" % 1))
print(b"%i%%" % 50, b"%a" % [1, "\u00e9"], b"%r" % (b"x",), b"%s" % HasBytes().__bytes__().upper())
#
#
#
#
