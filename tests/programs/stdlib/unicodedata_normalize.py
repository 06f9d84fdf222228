# Normalization examples: composition, reordering, Hangul, exclusions, compatibility forms, the
# 3.2.0 database, and IDNA (encodings.idna and stringprep read ucd_3_2_0).
import unicodedata as U

O = U.ucd_3_2_0
samples = [
    "", "abc", "e\u0301", "\u00e9", "a\u0328\u0302\u0301", "\u017f\u0307\u0323", "\u1e9b\u0323",
    "\u1100\u1161\u11a8", "\uac00\u11a8", "\u1100\u1161\u11a7", "\ud55c\uad6d", "\u0344",
    "\u0958", "\u2126", "\u212b", "\ufb01", "\u2460", "x\u00b2", "\ufdfa", "\u3300",
    "\u0308\u0301", "A\u030a\u0323", "\u1b05\u1b35", "\U0001d15e", "\u0f73", "\u0f75\u0f71",
    "\U0002f868", "\U0002f874", "\U0002f91f", "\uf951", "\u00c7\u0301", "o\u031b\u0323\u0300",
    "\u0300a", "\u0323\u0300", "\u0300\u0323", "\ud800\u0301", "a\u0301\u0301",
]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        r, old = U.normalize(form, s), O.normalize(form, s)
        print(form, ascii(s), ascii(r), ascii(old), U.is_normalized(form, s),
              O.is_normalized(form, s))


class S(str):
    pass


s = "abc"
print(U.normalize("NFC", s) is s, U.normalize("NFD", "") == "")
print(type(U.normalize("NFC", S("\u00e9"))).__name__)
print(type(U.normalize("NFD", S("e\u0301"))).__name__)
print(type(U.normalize("NFD", S("\u00e9"))).__name__)

import encodings.idna
import stringprep

for label in ["example", "B\u00fccher", "\u0645\u062b\u0627\u0644", "\uff21\uff22", "Stra\u00dfe",
              "\u0130stanbul", "ma\u00f1ana", "\u2163"]:
    print(ascii(label), encodings.idna.nameprep(label), encodings.idna.ToASCII(label))
print("b\u00fccher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print([stringprep.in_table_d1(c) for c in "a\u05d0\u0627 "], stringprep.in_table_a1("\u0221"))
try:
    encodings.idna.ToASCII("\u0645a")
except UnicodeError as e:
    print("UnicodeError", e)

# Identity: the argument itself comes back when CPython's quick check passes (never for 3.2.0).
for s in ["abc", "\u00e9t\u00e9", "e\u0301", "\uac00", "\u1100\u1161", "a\u0301\u0327", ""]:
    print(ascii(s), [U.normalize(f, s) is s for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [O.normalize(f, s) is s for f in ("NFC", "NFD", "NFKC", "NFKD")])

# Multi-character texts through the quick check and the full comparison.
pieces = ["a", "\u00e9", "e\u0301", "\u0327", "\u0301", "\uac00", "\u1100", "\u1161", "\u11a8",
          "\ufb01", "\u0344", "\u1e9b", "\u0323", "\u2126", "\U0001d15e", "\u0f73", "\u3099"]
counts = []
for a in pieces:
    for b in pieces:
        for c in ("", "\u0301", "\u0323"):
            s = a + b + c
            counts.append("".join("1" if U.is_normalized(f, s) else "0"
                                  for f in ("NFC", "NFD", "NFKC", "NFKD")))
            counts.append(ascii(U.normalize("NFC", s)) + ascii(U.normalize("NFKD", s)))
print(len(counts), int.from_bytes("\n".join(counts).encode(), "little") % ((1 << 61) - 1))
print(counts[:40])
