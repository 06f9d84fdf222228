# lookup() of every character's name, as given and in lower case, in both databases (CPython
# matches the Hangul syllable and CJK unified ideograph rules in upper case only).
import unicodedata
from itertools import repeat
from operator import eq

RULES = ("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")
chars = [chr(cp) for cp in range(0x110000)]
for db in (unicodedata, unicodedata.ucd_3_2_0):
    named = [(c, n) for c, n in zip(chars, map(db.name, chars, repeat(None))) if n is not None]
    found = sum(map(eq, map(db.lookup, [n for _, n in named]), [c for c, _ in named]))
    listed = [(c, n) for c, n in named if not n.startswith(RULES)]
    lower = sum(map(eq, map(db.lookup, [n.lower() for _, n in listed]), [c for c, _ in listed]))
    ruled = [n.lower() for _, n in named if n.startswith(RULES)][::997]
    missing = 0
    for n in ruled:
        try:
            db.lookup(n)
        except KeyError:
            missing += 1
    print(db.unidata_version, len(named), found, len(listed), lower, len(ruled), missing)
