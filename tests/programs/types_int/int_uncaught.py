# a program that parses numbers and dies on an invalid literal (exit status 1)


def parse_all(items):
    out = []
    for item in items:
        out.append(int(item, 0))
    return out


print(parse_all(["10", "0x10", "0o10", "0b10", "-5", " 7 ", "1_000"]))


def checked(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError as e:
            bad.append(str(e))
    return good, bad


g, b = checked(["1", "two", "3", "", "4.0"])
print(g)
for msg in b:
    print(msg)
totals = {}
for word, n in [("a", "1"), ("b", "2"), ("a", "3")]:
    totals[word] = totals.get(word, 0) + int(n)
print(totals)
print(sum(map(int, "1 2 3 4 5".split())))
print(int("ff", 16) + int("77", 8) + int("11", 2))


def convert(text, base):
    print("converting", repr(text), "in base", base)
    return int(text, base)


print(convert("zz", 36))
print(convert("777", 8))
print(convert("778", 8))
print("not reached")
#
#
#
#
#
