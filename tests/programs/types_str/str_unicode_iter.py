# iterating strings by code point: lengths, surrogates, combining marks, escapes in literals

s = "aé中\U0001f600\u0301\t"
print(len(s), [c for c in s] == list(s), [hex(ord(c)) for c in s], ascii(s))
for i, c in enumerate(s):
    print(i, ascii(c), c.isprintable(), len(c.encode("utf-8")), len(c.encode("utf-16-le")) // 2)
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}", "\u03b1" == "\N{greek small letter alpha}", "\x41\101\u0041\U00000041")
print(len("\U0001f468\u200d\U0001f469\u200d\U0001f467"), len("🇺🇸"), len("\r\n"), len("\0"), len("\777"), ord("\777"))
print(repr("\a\b\f\v"), repr(r"\n\t"), len(r"\n"), "\\" * 3, "it\'s", 'say \"hi\"', "\
continued")
surr = "\ud83d\ude00"
print(len(surr), surr == "\U0001f600", ascii(surr), surr.encode("utf-16", "surrogatepass").decode("utf-16") == "\U0001f600")
print(sorted("cba"), list(reversed("abc")), "".join(sorted("hello", reverse=True)), list(map(ord, "AZaz09")))
it = iter("xyz")
print(next(it), next(it), list(it), next(it, "done"), type(iter("")).__name__.endswith("iterator"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), max(counts, key=counts.get), "".join(ch * n for ch, n in sorted(counts.items())))
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "a1b2c3" if c.isdigit()), set("aab") == {"a", "b"})
print(list(zip("abc", "12")), dict(enumerate("ab")), "-".join("abc"), [*"hi"], (*"ab",), {*"aa"} == {"a"})
a, b, c = "xyz"
first, *rest = "hello"
print(a, b, c, first, rest)
try:
    a, b = "xyz"
except ValueError as e:
    print(type(e).__name__, e)
print(chr(0x10FFFF).isprintable(), "\U000e0001".isprintable(), "\u00ad".isprintable(), " ".isprintable(), "\u3000".isprintable())
print([len(x) for x in ["", "a", "ab\x00", "\U00010000", "e\u0301\u0302"]])
print("A\u030a" == "\u00c5", len("A\u030a"), "\u00c5".encode(), "A\u030a".encode())
big = "ab" * 50000
print(len(big), big.count("ab"), big[99999], big[-2:], sum(1 for _ in big))
nul = "a\x00b"
print(len(nul), nul.split("\x00"), repr(nul), nul.replace("\x00", "-"), "\x00" in nul)
print("\t".isspace(), "\x1f".isspace(), "\x1f".isprintable(), ascii("\x1f\x7f\x80\x9f\xa0"))
print([ascii(ch) for ch in "\u2028\u2029\ufeff\ufffd\ufffe"])
#
#
#
#
#
#
