# unicodedata: values, defaults, aliases and named sequences, the UCD type, and the errors.
import unicodedata as U

O = U.ucd_3_2_0
print(U.unidata_version, O.unidata_version, type(O), U.UCD, type(O) is U.UCD)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for c in ["A", "é", "\u0301", "\u00bd", "\u2167", "\u0663", "\u00b2", "\uac00", "\u4e00",
          "\U00020000", "\ufeff", "\u200f", "(", "\ud800", "\ue000", "\U000e0001", "\U0001f600",
          "\u1b06", "\u00b9", "\U0003134a", "\U0003134b"]:
    for db in (U, O):
        print(repr(c), [db.category(c), db.bidirectional(c), db.combining(c),
                        db.east_asian_width(c), db.mirrored(c), db.decomposition(c),
                        db.decimal(c, -1), db.digit(c, -1), db.numeric(c, -1), db.name(c, "?")])

for name in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "HANGUL SYLLABLE GAG",
             "hangul syllable gag", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
             "CJK UNIFIED IDEOGRAPH-9FA6", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170", "BYTE ORDER MARK", "NULL",
             "LINE FEED", "latin capital letter gha", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
             "KEYCAP NUMBER SIGN", "TAMIL CONSONANT KSS", "no such thing", "", "DIGIT\0ONE",
             "A" * 300, "SNAKE", "LATIN SMALL LETTER A\u00e9"]:
    show(U.lookup, name)
    show(O.lookup, name)
show(U.lookup, b"DIGIT ONE")
show(U.lookup, bytearray(b"DIGIT ONE"))
show(U.lookup, 1)
show(U.lookup)
show(U.lookup, "a", "b")

for f in (U.category, U.bidirectional, U.combining, U.east_asian_width, U.mirrored,
          U.decomposition, O.category):
    show(f, "ab")
    show(f, "")
    show(f, 65)
    show(f)
for f in (U.name, U.decimal, U.digit, U.numeric, O.name):
    show(f, "ab")
    show(f, 3)
    show(f)
    show(f, "a", 1, 2)
    show(f, "x")
    show(f, "x", None)
show(U.category, "a", c="b")
show(U.name, "a", default=1)
show(U.normalize, "NFC")
show(U.normalize, "NFX", "a")
show(U.normalize, 1, "a")
show(U.normalize, "NFC", b"a")
show(U.is_normalized, "nfc", "a")
show(U.is_normalized, "NFC", 1)
show(U.UCD)
show(U.UCD.category, "a")
show(U.UCD.category, O, "a")
print(U.category.__name__, U.category.__module__, U.UCD.category, O.category.__qualname__)
print(U.__doc__)
print(U.normalize.__doc__)
print(U.name.__doc__)
print(sorted(n for n in dir(U) if not n.startswith("_")))
print(sorted(n for n in dir(O) if not n.startswith("_")))
try:
    O.unidata_version = "x"
except AttributeError as e:
    print("AttributeError")
