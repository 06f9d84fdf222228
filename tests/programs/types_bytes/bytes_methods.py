# bytes methods mirror str methods but operate on ints/bytes; arguments must be bytes-like

b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hdl"), b.split(), b.split(b","), b.rsplit(None, 1), b.split(b"l", 2))
print(b.find(b"llo"), b.rfind(b"llo"), b.find(108), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"zz"), b.rindex(b"o"))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.upper(), b.lower(), b.swapcase(), b.title(), b.strip().capitalize())
print(b.startswith(b"  H"), b.endswith((b"x", b"o  ")), b.strip().center(20, b"*"), b.strip().ljust(18, b"."), b"7".zfill(3))
print(b"a,b,,c".split(b","), b"a b  c".split(), b"line1\nline2\r\n".splitlines(), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), memoryview(b"y")]), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"Abc1".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"   ".isspace(), b"abc".islower(), b"ABC".isupper(), b"\x80".isascii())
print(b"a\tb".expandtabs(4), b"hello".translate(None, b"l"), b"hello".translate(bytes.maketrans(b"el", b"ip")))
print(b"abc".hex(), b"abc".hex("-"), b"\x01\x02\x03\x04".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2), b"".hex())
print(b"\xff\x00".hex(b"|"), bytearray(b"\xab\xcd").hex(), memoryview(b"\x10\x20").hex())
print(b"abc" * 2, 2 * b"ab", b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"x" * 0, b"a" in b"cat", 97 in b"cat")
print(b"hello world".title(), b"hello"[::-1], b"hello"[1:4], b"hello"[-1], b"hello"[::2], sorted(b"hello"), max(b"abc"))
print(b"%s=%d" % (b"x", 5), b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".count(b""))
errors = [
    lambda: b"abc".find("a"),
    lambda: b"abc".split("b"),
    lambda: b"abc".replace("a", "b"),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".join(["a"]),
    lambda: b"abc" + "d",
    lambda: "d" + b"abc",
    lambda: b"abc".find(256),
    lambda: b"abc".count(-1),
    lambda: "a" in b"abc",
    lambda: 256 in b"abc",
    lambda: b"abc".strip("a"),
    lambda: b"abc".center(5, "x"),
    lambda: b"abc".index(b"z"),
    lambda: b"abc".split(b""),
    lambda: b"abc".hex("ab"),
    lambda: b"abc".hex("\u00e9"),
    lambda: b"abc"[3],
    lambda: b"abc"[str("a")],
    lambda: b"\xff".decode("ascii"),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(type(bytearray(b"ab").upper()).__name__, type(bytearray(b"a,b").split(b",")[0]).__name__, bytearray(b"x").join([b"1", b"2"]))
