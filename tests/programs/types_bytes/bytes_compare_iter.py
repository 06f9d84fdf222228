# bytes comparison, ordering, iteration yields ints, membership, hashing equality with bytearray

a, b = b"abc", b"abd"
print(a < b, a <= a, b > a, a == b"abc", a != b, b"" < b"\x00", b"\xff" > b"\x00\x00", b"ab" < b"abc", b"b" > b"abc")
print(a == bytearray(b"abc"), bytearray(b"abc") == a, bytearray(b"a") < b"b", memoryview(b"abc") == a, a == "abc", a == [97, 98, 99])
print(sorted([b"b", b"a", b"B", b"", b"\x00", b"ab"]), max(b"zebra", b"apple"), min([bytearray(b"x"), b"a"]))
for op in [lambda: a < "abc", lambda: a > 1, lambda: bytearray(b"x") <= None, lambda: a >= [1]]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print([x for x in b"hi!"], list(bytearray(b"\x00\xff")), [type(x).__name__ for x in b"ab"], sum(b"\x01\x02\x03"))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte), bytes([byte]), b"AZ"[i : i + 1])
print(97 in b"abc", b"a" in b"abc", b"bc" in b"abc", b"" in b"abc", bytearray(b"b") in b"abc", memoryview(b"c") in b"abc")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"k" in {b"k"}, len({b"a", b"a", bytes(b"a")}))
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print(type(e).__name__, e)
d = {b"x": 1}
print(d.get(bytes(bytearray(b"x"))), bytes(bytearray(b"x")) in d)
it = iter(b"xy")
print(next(it), next(it), next(it, None), type(it).__name__)
print(list(reversed(b"abc")), b"abc"[::-1], b"abc".index(99), list(zip(b"ab", b"cd")))
print(b"abc" * 2 == b"abcabc", b"a" + b"b" == b"ab", (b"x",) * 2, [b"a"] + [bytearray(b"b")])
print(b"ab" == b"ab", b"ab" != b"ab"[:1], len(b"\x00" * 10), b"\x00" * 3 == bytes(3))
print(b"\x80abc".isascii(), b"abc".isascii(), bytes(range(128)).isascii())
counts = [0] * 256
for byte in b"mississippi":
    counts[byte] += 1
print([(chr(i), c) for i, c in enumerate(counts) if c])
print(bytes(sorted(b"mississippi")), bytes(set(b"mississippi")) == bytes(sorted(set(b"mississippi"))))
print(bytearray(b"abc") + b"d" == b"abcd", bytearray(b"b") > bytearray(b"a"), b"A".lower() == b"a", b"a".upper() < b"a")
print(int.from_bytes(b"\x01\x00", "big") == 256, b"\x01\x00" > b"\x00\xff", [b for b in b"\x00\x01" if b])
print(any(b"\x00"), all(b"\x01\x02"), any(b""), all(b""), bool(b""), bool(b"\x00"), bool(bytearray()))
print(b"%s" % b"x" == b"x", str(b"x"), repr(bytearray(b"'\"")), repr(b"'"), repr(b'"'), repr(b"'\""))
print(ascii(b"\xff"), f"{b'fmt'}", "{!r}".format(b"x"), "%s|%r" % (b"a", b"b"), format(b"x", ""))
#
#
#
#
#
#
