# str() construction, __str__/__repr__ fallbacks, str subclass behaviour, immutability, interning-free checks

print(repr(str()), str(5), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}), str({1}), str(b"ab"))
print(str(1e100), str(10**20), str(1 + 2j), str(range(3)), str(slice(1)), str(...), str(str), str(object)[:14])
print(str(object="kw"), str(b"\xc3\xa9", encoding="utf-8"), str(b"abc", errors="strict"), str(bytearray(b"x"), "ascii"))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Both:
    def __str__(self):
        return "Both.str"

    def __repr__(self):
        return "Both.repr"


class BadStr:
    def __str__(self):
        return 42


print(str(OnlyRepr()), repr(OnlyRepr()), str(Both()), repr(Both()), str([Both()]), str((OnlyRepr(),)))
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    def greet(self):
        return "Hello, " + self


n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.greet(), type(n).__name__, type(n + "!").__name__, type(n[0]).__name__, n == "Ada Lovelace")
print(str(n), type(str(n)).__name__, n.upper(), type(n.upper()).__name__, isinstance(n, str), hash(n) == hash("Ada Lovelace"))


class Tagged(str):
    pass


t = Tagged("x")
t.tag = 1
print(t, t.tag, vars(t), Tagged("a") < Tagged("b"), sorted([Tagged("b"), "a"]), {t: 1}["x"])
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
for args in [(1, "utf-8"), ("x", "utf-8"), (b"x", 5), (b"x", "utf-8", 5), (b"x", "utf-8", "strict", 1)]:
    try:
        str(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str.__name__, str.__doc__.splitlines()[0], str.__mro__, str.__base__)
print(len(dir(str)) > 40, sorted(n for n in dir(str) if n.startswith("is")))
print("".join(sorted("hello")), "hello".__len__(), "ab".__contains__("a"), "ab".__getitem__(1), "a".__add__("b"), "a".__mul__(3))
print("a".__eq__(1), "a".__lt__(1), "x".__rmul__(2), "abc".__iter__().__next__(), "%s".__mod__("m"))
print(str("abc") == "abc", str("abc") is not None, type(str("abc")) is str)
