# case methods: upper/lower/casefold/title/capitalize/swapcase with unicode special cases

samples = ["hello World", "ÀÉÎõü", "straße", "ǅungla", "ǆ", "ǈ", "ﬁ ligature", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "ı", "ŉ",
           "123abc", "", "ΐ", "ǰ", "Ⓐⓑ", "ꭰ", "aBc DeF-gHi_jKl", "they're bill's friends", "ᾳ", "Ω", "µ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()))
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ß".upper(), len("ß".upper()), "ß".lower(), "ß".casefold(), "ẞ".lower(), "ẞ".casefold())
print("ﬃ".upper(), "ﬃ".title(), "ﬃ".casefold(), "ﬀ".capitalize())
print("İ".lower(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()], "I".lower(), "ı".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ ".lower(), "ΑΣΑ".lower(), "Σ".casefold(), "ς".upper(), "ΑΣ.".lower())
print("hello world".title(), "HELLO WORLD".title(), "hello-world foo_bar 3rd 4TH".title(), "o'neil mc'donald".title())
print("hello world".capitalize(), "HELLO".capitalize(), "1abc".capitalize(), " abc".capitalize(), "ǆemal".capitalize())
print("Hello".swapcase(), "ß".swapcase(), "ǅ".swapcase(), "ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("MiXeD".lower() == "mixed", "straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print([c.upper() for c in "aáàâä"], "ЖУК".lower(), "ǈ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("ab" "CD".lower(), str.upper("x"), str.lower("Y"), str.title("a b"), str.swapcase("aB"))
for meth in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    try:
        getattr("x", meth)(1)
    except TypeError as e:
        print(type(e).__name__, e)


class S(str):
    pass


print(type(S("a").upper()).__name__, type(S("a").title()).__name__, S("aB").swapcase())
print(b"Hello World".upper(), b"Hello".lower(), b"hello world".title(), b"\xe4bc".upper(), bytearray(b"aB").swapcase())
print(b"hello".capitalize(), b"ss\xdf".upper(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle())
print("".upper() == "", "123".upper(), "!@#".lower(), "\U0001d400".lower(), "\U00010400".lower(), "\U00010428".upper())


def words_title(text):
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" "))


for text in ["hello WORLD", "they're bill's", "ǆemal ǉubljana", "ﬂour ﬁsh", "élan vital", "123 go", "  spaced  out "]:
    print(repr(text.title()), repr(words_title(text)), repr(text.capitalize()), text.istitle(), text.title().istitle())
for ch in "aAßǅǆǄﬀİıσςΣ":
    print(ascii(ch), ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()), ascii(ch.casefold()), ascii(ch.swapcase()))
pairs = [("Straße", "STRASSE"), ("ǅ", "ǆ"), ("ΣΑΣ", "σας"), ("ﬁ", "FI"), ("İ", "i\u0307"), ("K", "\u212a")]
for a, b in pairs:
    print(ascii(a), ascii(b), a.lower() == b.lower(), a.upper() == b.upper(), a.casefold() == b.casefold())
print(sorted(["b", "A", "ä", "Z", "a"], key=str.casefold), sorted(["b", "A", "ä", "Z", "a"], key=str.lower))
