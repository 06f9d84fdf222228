"""Generates tables.rs: the Unicode 14.0 data that Python 3.11's str methods use.

Run with CPython 3.11 (whose unicodedata is Unicode 14.0.0) from this directory:

    python3 gen_tables.py > tables.rs

Everything is read back from the running interpreter's own str methods, so the tables agree
with CPython by construction, including properties it does not expose directly (Cased and
Case_Ignorable are recovered from how title() and the final-sigma rule of lower() behave).
Tables are range lists and run-length encoded mappings, never one entry per code point.
"""

import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "the tables must come from Python 3.11"
assert unicodedata.unidata_version == "14.0.0"

CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]


def cased(c):
    # title() lowercases the character after a cased one and titlecases it otherwise.
    return (c + "a").title()[-1] == "a"


def case_ignorable(c):
    # lower() turns a capital sigma final when a cased letter precedes it and none follows,
    # skipping case-ignorable characters in both directions.
    if cased(c):
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


PROPERTIES = [
    ("ALPHA", str.isalpha),
    ("DECIMAL", str.isdecimal),
    ("DIGIT", str.isdigit),
    ("NUMERIC", str.isnumeric),
    ("SPACE", str.isspace),
    ("PRINTABLE", str.isprintable),
    ("LOWERCASE", str.islower),
    ("UPPERCASE", str.isupper),
    ("TITLECASE", lambda c: c.istitle() and not c.isupper()),
    ("CASED", cased),
    ("CASE_IGNORABLE", case_ignorable),
    ("XID_START", lambda c: c.isidentifier() and c != "_"),
    ("XID_CONTINUE", lambda c: ("a" + c).isidentifier()),
]


def ranges(pred):
    out = []
    for c in CHARS:
        cp = ord(c)
        if pred(c):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def emit_ranges(name, rs):
    print(f"pub(super) const {name}: &[(u32, u32)] = &[")
    for i in range(0, len(rs), 6):
        print("    " + " ".join(f"(0x{a:x}, 0x{b:x})," for a, b in rs[i : i + 6]))
    print("];")


def mapping_runs(fn):
    """Single-character mappings as runs (start, count, stride, delta) and the rest as a list."""
    singles, multis = [], []
    for c in CHARS:
        m = fn(c)
        if m == c:
            continue
        if len(m) == 1:
            singles.append((ord(c), ord(m) - ord(c)))
        else:
            multis.append((ord(c), m))
    runs = []
    for cp, delta in singles:
        if runs:
            start, count, stride, d = runs[-1]
            last = start + (count - 1) * stride
            if d == delta and count == 1 and cp - last in (1, 2):
                runs[-1] = (start, 2, cp - last, d)
                continue
            if d == delta and count > 1 and cp - last == stride:
                runs[-1] = (start, count + 1, stride, d)
                continue
        runs.append((cp, 1, 1, delta))
    return runs, multis


def rust_str(s):
    return '"' + "".join(f"\\u{{{ord(ch):x}}}" for ch in s) + '"'


def emit_mapping(name, fn):
    runs, multis = mapping_runs(fn)
    print(f"pub(super) const {name}_RUNS: &[(u32, u16, u8, i32)] = &[")
    for i in range(0, len(runs), 4):
        print(
            "    "
            + " ".join(f"(0x{s:x}, {n}, {st}, {d})," for s, n, st, d in runs[i : i + 4])
        )
    print("];")
    print(f"pub(super) const {name}_MULTI: &[(u32, &str)] = &[")
    for cp, m in multis:
        print(f"    (0x{cp:x}, {rust_str(m)}),")
    print("];")


def value_runs(fn):
    """(start, count, numerator, denominator): value(start + i) = (numerator + i*den) / den."""
    from fractions import Fraction

    runs = []
    for c in CHARS:
        v = fn(c, None)
        if v is None:
            continue
        f = Fraction(v).limit_denominator(1000)
        assert float(f) == v, (c, v)
        cp = ord(c)
        if runs:
            start, count, num, den = runs[-1]
            if cp == start + count and Fraction(num, den) + count == f:
                runs[-1] = (start, count + 1, num, den)
                continue
        runs.append((cp, 1, f.numerator, f.denominator))
    return runs


def emit_values(name, fn):
    runs = value_runs(fn)
    print(f"pub(super) const {name}: &[(u32, u16, i64, u16)] = &[")
    for i in range(0, len(runs), 4):
        print("    " + " ".join(f"(0x{s:x}, {n}, {a}, {b})," for s, n, a, b in runs[i : i + 4]))
    print("];")


def hex_named_runs():
    """Runs of code points named PREFIX-XXXX after their own hex value (CJK ideographs,
    Tangut, ...): (first, last, prefix)."""
    runs = []
    for c in CHARS:
        name = unicodedata.name(c, "")
        prefix, _, digits = name.rpartition("-")
        if not prefix or digits != f"{ord(c):04X}":
            continue
        if runs and runs[-1][1] == ord(c) - 1 and runs[-1][2] == prefix:
            runs[-1][1] = ord(c)
        else:
            runs.append([ord(c), ord(c), prefix])
    return [r for r in runs if r[1] - r[0] >= 15]


def emit_named_runs():
    print("pub(super) const HEX_NAMED: &[(u32, u32, &str)] = &[")
    for a, b, prefix in hex_named_runs():
        print(f'    (0x{a:x}, 0x{b:x}, "{prefix}-"),')
    print("];")


def main():
    print("// Generated by gen_tables.py from Python 3.11's unicodedata (Unicode 14.0.0).")
    print("// Do not edit: change the script and run it again.")
    print()
    for name, pred in PROPERTIES:
        emit_ranges(name, ranges(pred))
    emit_mapping("LOWER", str.lower)
    emit_mapping("UPPER", str.upper)
    emit_mapping("TITLE", str.title)
    emit_mapping("FOLD", str.casefold)
    emit_values("DIGIT_VALUES", unicodedata.digit)
    emit_values("NUMERIC_VALUES", unicodedata.numeric)
    emit_named_runs()


main()
