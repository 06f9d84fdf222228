# is* predicates across ASCII and unicode: digits vs decimals vs numerics, spaces, printables

samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", "-1", " ", "\t\n", "\u00a0", "\u2003", "\u200b",
           "½", "²", "٣", "Ⅻ", "一", "〇", "①", "𝟙", "é", "e\u0301", "ǅ", "ß", "日本", "\U0001f600", "_", "a_b",
           "\x00", "\x7f", "\x85", "\u2028", "Σσς", "ⅷ", "ᾼ", "Hello World", "Hello world", "HELLO", "hello"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "islower",
         "isupper", "istitle", "isidentifier"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    flags = "".join("T" if getattr(s, n)() else "." for n in names)
    print(flags, ascii(s))
print(sum(1 for c in map(chr, range(0x800)) if c.isdecimal()), sum(1 for c in map(chr, range(0x800)) if c.isdigit()))
print(sum(1 for c in map(chr, range(0x800)) if c.isnumeric()), sum(1 for c in map(chr, range(0x3000)) if c.isspace()))
print([hex(i) for i in range(0x3000) if chr(i).isspace()])
print(sum(1 for c in map(chr, range(0x800)) if c.isupper()), sum(1 for c in map(chr, range(0x800)) if c.islower()))
print(sum(1 for c in map(chr, range(0x800)) if c.istitle()), sum(1 for c in map(chr, range(0x800)) if c.isprintable()))
print(sum(1 for c in map(chr, range(0x800)) if c.isalpha()), sum(1 for c in map(chr, range(0x800)) if c.isalnum()))
for meth in names:
    try:
        getattr("x", meth)("arg")
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"\xe9".isalpha(), b"\x80".isascii())
print(b"".isalpha(), b"".isspace(), b"Ab".istitle(), b"ab".islower(), b"AB1".isupper(), bytearray(b"9").isdigit())
print(hasattr(b"x", "isdecimal"), hasattr(b"x", "isnumeric"), hasattr(b"x", "isprintable"), hasattr(b"x", "isidentifier"))


def classify(ch):
    kinds = []
    for name in ("isdecimal", "isdigit", "isnumeric", "isalpha", "isspace", "isupper", "islower", "istitle"):
        if getattr(ch, name)():
            kinds.append(name[2:])
    return kinds


for ch in "7٧۷߇७০੭૭୭௭౭೭൭෭๗໗༧၇႗៧᠗᥍᧗᪇᪗᭗᮷᱇᱗꘧꣗꤇꧗꧷꩗꯷０":
    if classify(ch) != ["decimal", "digit", "numeric"]:
        print("unexpected", ascii(ch), classify(ch))
for ch in "²³¹¼½¾ⅠⅫↀ〇一二三四万億①⑩⑴⒈㉑":
    print(ascii(ch), classify(ch))
for text in ["Hello", "HELLO", "hello", "Hello World", "Hello world", "HeLLo", "ǅungla", "123", "A1", "a1B", "Ⓐ", "ⓐ"]:
    print(repr(text), text.isupper(), text.islower(), text.istitle())
print("".isidentifier(), "_0".isidentifier(), "0_".isidentifier(), ("a" * 1000 + "1").isidentifier())
