# strip/lstrip/rstrip: default whitespace (unicode aware), explicit char sets

ws = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
s = ws + "core" + ws
print(repr(s.strip()), repr(s.lstrip()[:5]), repr(s.rstrip()[-5:]), len(s.strip()))
print(repr("\u200bzero width\u200b".strip()), repr("\ufeffbom".strip()), repr("\x00nul\x00".strip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "abchicba".strip("abc"), "abchicba".strip("cba"))
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."), "www.example.com".rstrip(".com"))
print(repr("   ".strip()), repr("".strip()), repr("".strip("x")), repr("xxx".strip("x")), repr("abc".strip("")))
print(repr("  a  ".strip(None)), repr("  a  ".lstrip(None)), repr("  a  ".rstrip(None)), repr(" \n a".strip(" ")))
print("ééaéé".strip("é"), "日本日".strip("日"), "\U0001f600x\U0001f600".strip("\U0001f600"), "aAaA".strip("a"))
print("123abc321".strip("0123456789"), "---===title===---".strip("-="), "<<tag>>".strip("<>"))
print("  line\n".rstrip("\n"), repr("  line\n".rstrip("\n")), repr("data\r\n".rstrip("\r\n")), repr("a\n\n".rstrip()))
print("mississippi".strip("mis"), "mississippi".strip("ip"), "mississippi".lstrip("mis"), "mississippi".rstrip("pis"))
for args in [(5,), (b"x",), (["x"],), ("x", "y")]:
    for meth in ("strip", "lstrip", "rstrip"):
        try:
            getattr("xax", meth)(*args)
        except TypeError as e:
            print(meth, type(e).__name__, e)


class S(str):
    pass


r = S("  hi  ").strip()
print(repr(r), type(r).__name__, type(S("hi").strip()).__name__, S("hi").strip() == "hi")
print(b"  bytes  ".strip(), b"xxbyxx".strip(b"x"), bytearray(b" ba ").strip(), b"\xa0x\xa0".strip())
print(b" \t\n\r\x0b\x0cb\x1c ".strip(), b"ab".strip(b""), b"abc".lstrip(b"ba"))
words = ["  apple ", "\tbanana\n", "cherry  ", "   "]
print([w.strip() for w in words], [w for w in (x.strip() for x in words) if w])
print("  keep inner  spaces  ".strip(), "..a..b..".strip("."), "ab".strip("ba"), "ba".strip("a"))
print(str.strip("  x  "), str.lstrip("zzx", "z"), str.rstrip("xzz", "z"))


def clean(lines):
    out = []
    for raw in lines:
        line = raw.rstrip("\r\n").strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out.append((key.strip().lower(), value.strip().strip("\"'")))
    return out


config = ["# comment\n", "  Name = 'weft'  \r\n", "\n", "VERSION=\"0.1\"\n", "\tmode =  fast \n", "   # indented comment\n"]
print(clean(config))
for chars in ["", " ", "ab", "ba", "xyz", "\t\n"]:
    sample = "ab  xyz\t\nba"
    print(repr(chars), repr(sample.strip(chars)), repr(sample.lstrip(chars)), repr(sample.rstrip(chars)))
print([repr(s.strip("0")) for s in ["000", "0100", "1000", "0001", "0"]], "007".lstrip("0") or "0")
print("--".join(p.strip() for p in " a | b |c |  d".split("|")))
