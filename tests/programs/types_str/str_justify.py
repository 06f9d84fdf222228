# center/ljust/rjust/zfill: fill characters, odd padding split, widths smaller than len

for w in range(0, 9):
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, ".")))
print(repr("a".center(2)), repr("a".center(4)), repr("ab".center(3)), repr("ab".center(5)), repr("abc".center(6, "#")))
print(repr("".center(3, "x")), repr("".ljust(2)), repr("x".rjust(-5)), repr("日本".center(6, "〜")), repr("\U0001f600".ljust(3, "\U0001f601")))
for s in ["42", "-42", "+42", "3.14", "-3.14", "", "-", "+", "abc", "--1", " 1", "1-", "00", "\u0661"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(len(s) + 1)))
print("12345".zfill(3), "-0".zfill(4), "+0".zfill(1), "0x1f".zfill(8), "-0x1f".zfill(8))
for args in [(5, "ab"), (5, ""), (5, 1), (5, None), ("5",), (5.0,)]:
    for meth in ("center", "ljust", "rjust"):
        try:
            getattr("x", meth)(*args)
        except TypeError as e:
            print(meth, args, type(e).__name__, e)
for arg in ["5", 5.0, None]:
    try:
        "1".zfill(arg)
    except TypeError as e:
        print("zfill", type(e).__name__, e)
try:
    "x".center()
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    pass


print(type(S("ab").center(1)).__name__, type(S("ab").center(5)).__name__, type(S("1").zfill(0)).__name__)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
print("+" + "-" * 12 + "+" + "-" * 8 + "+" + "-" * 5 + "+")
for name, price, qty in table:
    print("|" + name.ljust(12) + "|" + ("%.2f" % price).rjust(8) + "|" + str(qty).center(5) + "|")
print("Title".center(27, "="))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"-5".zfill(4), bytearray(b"x").rjust(3, b"0"))
try:
    b"ab".center(6, "*")
except TypeError as e:
    print(type(e).__name__, e)
print("%-6s|%6s|%06d|%-+6d|" % ("ab", "cd", -42, 7), f"{'ab':^7}|{'ab':*>5}|{42:05}|")
