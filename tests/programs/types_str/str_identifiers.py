# isidentifier, str comparisons (code point order), membership, hash-free equality, ord order

idents = ["a", "_", "__init__", "a1", "1a", "", "a b", "a-b", "é", "日本", "ℕ", "℘", "Ⅻ", "a\u0301", "\u0301a",
          "x\u200c", "\U0001d400", "𝑥", "$a", "a$", "class", "None", "True", "ªº", "·a", "a·", "٣a", "a٣", "\u2118x"]
for s in idents:
    print(ascii(s), s.isidentifier())
ns = {}
exec("ℌ = 1\nﬁ = 2\n𝐱 = 3", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(sorted(["b", "a", "B", "A", "_", "1", " ", "é", "e", "É", "z", "\U0001f600", "日", "ß", "ss"]))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "abc" < "ab", "é" > "z")
print("\uffff" < "\U00010000", "\ud7ff" < "\ue000", "a" <= "a", "a" >= "b", "A" == "a", "A".lower() == "a")
print(max("hello"), min("hello"), max(["apple", "Apple", "APPLE"]), min("zebra", "Zebra", "zebrA"))
print("abc" == "abc", "abc" != "abd", "abc" != None, "a" * 3 == "aaa", "é" == "e\u0301", "ﬁ" == "fi")
for op in [lambda: "a" < 1, lambda: 1 > "a", lambda: "a" <= None, lambda: "a" >= b"a", lambda: "a" < ["a"]]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print("a" == b"a", "a" == 97, "1" == 1, "" == [], "abc" == ("abc",))
print(sorted(["item10", "item2", "item1"]), sorted(["item10", "item2", "item1"], key=lambda s: int(s[4:])))
print(sorted(["b", "A", "c", "D"], key=str.lower), sorted(["b", "A", "c", "D"], key=str.casefold, reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print([w for w in words if "o" in w], words.count("the"), words.index("fox"), "dog" in words, "cat" in words)
print("ab" in "cab", "ba" in "cab", "" in "", "abc" in "ab", "\U0001f600" in "x\U0001f600", "e\u0301" in "é")


class S(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())

    __hash__ = str.__hash__

    def __lt__(self, other):
        return str.__lt__(self.lower(), other.lower())


print(S("ABC") == "abc", "abc" == S("ABC"), S("B") < "a", sorted([S("b"), S("A"), S("c")]))
print(str.__lt__("a", "b"), str.__eq__("a", 1), str.__gt__("b", "a"), str.__le__("a", None), str.__ne__("x", "x"))
