# Non-ASCII text in source: literals, lengths, escapes and case operations.

greek = "αβγδε"
cjk = "漢字かなカナ"
emoji = "😀👍🏽🇫🇷"
combining = "e\u0301"   # e + combining acute
precomposed = "é"
print(greek, len(greek), greek.upper(), greek[::-1])
print(cjk, len(cjk), cjk[1:3])
print(emoji, len(emoji), [hex(ord(c)) for c in emoji])
print(combining, len(combining), precomposed, len(precomposed), combining == precomposed)
print(ascii(greek), ascii(emoji))
print(repr("\u200b"), repr("\x85"), repr("\u2028"), repr("\xa0"), repr("\u00ad"))
print(repr("tab\t"), repr("bell\a"), repr("\x1f"), repr("\x7f"), repr("\U000e0001"))
print(repr("\ud83d"), repr("\ud83d\ude00") == repr("\U0001F600"), len("\ud83d\ude00"))

word = "Straße"
print(word.upper(), word.lower(), word.casefold(), len(word.upper()))
print("ǅungla".title(), "ǆ".upper(), "ǆ".title(), "ǈ".lower())
print("İ".lower(), len("İ".lower()), "ı".upper())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())

print(sorted(["b", "a", "é", "z", "É", "á"]))
print(max("héllo"), min("héllo"), "é" > "z")

print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "½".isnumeric(), "²".isdigit())
print(int("٣") + int("৩"), float("１.５"))

s = "naïve café"
print(s.encode("utf-8"), len(s.encode("utf-8")))
print(s.encode("utf-8").decode("utf-8") == s)
print("€".encode("utf-8"), "😀".encode("utf-8"), "😀".encode("utf-16-le"))

# String literal spanning multiple lines with mixed scripts.
text = """Ελληνικά
日本語
Русский"""
for line in text.splitlines():
    print(line, len(line), line.isalpha())

# Identifiers and attribute names may be non-ASCII.
class Точка:
    def __init__(self, х, у):
        self.х = х
        self.у = у
    def __repr__(self):
        return f"Точка({self.х}, {self.у})"

print(Точка(1, 2), getattr(Точка(3, 4), "х"))
