"""Generates tables.rs: the Unicode 14.0.0 data behind `unicodedata` that weft's vm does not
already hold (names, and decimal/digit/numeric values, come from `weft_vm::text`).

Run with CPython 3.11 (whose unicodedata is Unicode 14.0.0) from this directory:

    python3 gen_tables.py NameAliases.txt NamedSequences.txt > tables.rs

The two files may come from any Unicode version from 14.0 on (entries are only ever added):
only the aliases and sequences that the running interpreter's `unicodedata.lookup` resolves
to the same text are kept, so the result is exactly CPython 3.11's set.

Everything else is read back from the running interpreter's `unicodedata` and its
`ucd_3_2_0` object, so the tables agree with CPython by construction. Per-code-point
properties are two-level tables over indices into a list of distinct records (as CPython's
makeunicodedata.py does); the 3.2.0 database is a delta over 14.0.0.
"""

import sys
import unicodedata as U

assert sys.version_info[:2] == (3, 11), "the tables must come from Python 3.11"
assert U.unidata_version == "14.0.0"
OLD = U.ucd_3_2_0
assert OLD.unidata_version == "3.2.0"

MAX = sys.maxunicode + 1
CHARS = [chr(c) for c in range(MAX)]


def splitbins(t):
    """Two tables t1, t2 and a shift with t[i] == t2[(t1[i >> shift] << shift) + (i & mask)],
    the shift chosen to make them smallest."""
    def width(xs):
        m = max(xs)
        return 1 if m < 256 else 2 if m < 65536 else 4

    best = None
    for shift in range(3, 12):
        size = 1 << shift
        t1, t2, seen = [], [], {}
        for i in range(0, len(t), size):
            block = tuple(t[i:i + size])
            if block not in seen:
                seen[block] = len(t2) >> shift
                t2.extend(block)
            t1.append(seen[block])
        cost = len(t1) * width(t1) + len(t2) * width(t2)
        if best is None or cost < best[0]:
            best = (cost, t1, t2, shift)
    _, t1, t2, shift = best
    for i, v in enumerate(t):
        assert t2[(t1[i >> shift] << shift) + (i & ((1 << shift) - 1))] == v
    return t1, t2, shift


def rust_type(xs):
    m = max(xs)
    return "u8" if m < 256 else "u16" if m < 65536 else "u32"


def emit_array(name, xs, doc, ty=None):
    ty = ty or rust_type(xs)
    print(f"/// {doc}")
    print(f"pub(super) static {name}: [{ty}; {len(xs)}] = [")
    line = "   "
    for x in xs:
        s = f" {x},"
        if len(line) + len(s) > 100:
            print(line)
            line = "   "
        line += s
    print(line)
    print("];")
    print()


def emit_strs(name, xs, doc):
    print(f"/// {doc}")
    print(f"pub(super) static {name}: [&str; {len(xs)}] = [")
    for x in xs:
        print(f'    "{x}",')
    print("];")
    print()


def emit_two_level(prefix, values, doc):
    t1, t2, shift = splitbins(values)
    print(f"/// {doc}: `{prefix}_INDEX2[({prefix}_INDEX1[cp >> {prefix}_SHIFT] << "
          f"{prefix}_SHIFT) + (cp & mask)]`.")
    print(f"pub(super) const {prefix}_SHIFT: u32 = {shift};")
    print()
    emit_array(f"{prefix}_INDEX1", t1, "The block of each run of code points.")
    emit_array(f"{prefix}_INDEX2", t2, "The distinct blocks.")


# --- Per-code-point records ---------------------------------------------------------------

CATEGORIES = sorted({U.category(c) for c in CHARS} | {OLD.category(c) for c in CHARS})
BIDI = sorted({U.bidirectional(c) for c in CHARS} | {OLD.bidirectional(c) for c in CHARS})
WIDTHS = sorted({U.east_asian_width(c) for c in CHARS} | {OLD.east_asian_width(c) for c in CHARS})


# Characters that can combine with the one before them: the second of a primary composite, and
# the Hangul vowel and trailing consonant jamo.
COMBINES_BACK = {int(U.decomposition(c).split()[1], 16) for c in CHARS
                 if U.decomposition(c) and not U.decomposition(c).startswith("<")
                 and len(U.decomposition(c).split()) == 2 and U.normalize("NFC", c) == c}
COMBINES_BACK |= set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))


def quick_check(c):
    """The normalization quick-check values (UAX #15), 2 bits each as CPython packs them:
    NFD, NFKD, NFC, NFKC from the low bits; 0 yes, 1 maybe, 2 no. A character is "no" when
    the form changes it, "maybe" (composed forms) when it can combine with the one before."""
    back = ord(c) in COMBINES_BACK
    bits = 0
    for shift, form in ((0, "NFD"), (2, "NFKD"), (4, "NFC"), (6, "NFKC")):
        if U.normalize(form, c) != c:
            value = 2
        elif form in ("NFC", "NFKC") and back:
            value = 1
        else:
            value = 0
        bits |= value << shift
    return bits


def record(c):
    return (
        CATEGORIES.index(U.category(c)),
        U.combining(c),
        BIDI.index(U.bidirectional(c)),
        WIDTHS.index(U.east_asian_width(c)),
        U.mirrored(c),
        quick_check(c),
    )


records, record_index, per_cp = [], {}, []
cat_idx = {n: i for i, n in enumerate(CATEGORIES)}
for c in CHARS:
    r = record(c)
    if r not in record_index:
        record_index[r] = len(records)
        records.append(r)
    per_cp.append(record_index[r])

# --- Decompositions -----------------------------------------------------------------------

prefixes = [""]
decomp_data = [0]  # entry 0: no decomposition
decomp_of = []
for c in CHARS:
    d = U.decomposition(c)
    if not d:
        decomp_of.append(0)
        continue
    parts = d.split()
    prefix = ""
    if parts[0].startswith("<"):
        prefix = parts.pop(0)
    if prefix not in prefixes:
        prefixes.append(prefix)
    decomp_of.append(len(decomp_data))
    decomp_data.append((len(parts) << 8) | prefixes.index(prefix))
    decomp_data.extend(int(p, 16) for p in parts)

# --- Canonical composition: the primary composites, by their two-character decomposition ----

pairs = []
for cp, c in enumerate(CHARS):
    d = U.decomposition(c)
    if d and not d.startswith("<") and len(d.split()) == 2 and U.normalize("NFC", c) == c:
        a, b = (int(p, 16) for p in d.split())
        pairs.append((a, b, cp))
pairs.sort()

# --- Aliases and named sequences ----------------------------------------------------------


def read_pairs(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [p.strip() for p in line.split(";")]


aliases = []
for fields in read_pairs(sys.argv[1]):
    cp, name = int(fields[0], 16), fields[1]
    try:
        found = U.lookup(name)
    except KeyError:
        continue
    if found == chr(cp) and U.name(chr(cp), "") != name:
        aliases.append((name, cp))
sequences = []
for name, codes in read_pairs(sys.argv[2]):
    text = "".join(chr(int(p, 16)) for p in codes.split())
    try:
        found = U.lookup(name)
    except KeyError:
        continue
    assert found == text, name
    sequences.append((name, text))
# Sorted by name, for binary search (all names are upper case ASCII).
aliases.sort()
sequences.sort()
assert all(n == n.upper() and n.isascii() for n, _ in aliases + sequences)

# --- The 3.2.0 database as a delta ------------------------------------------------------------

unassigned_old = []  # ranges of code points assigned since 3.2.0
changes = []  # (cp, category, bidirectional, east_asian_width, mirrored, decimal), 255 = same
for cp, c in enumerate(CHARS):
    if OLD.category(c) == "Cn" and U.category(c) != "Cn":
        assert (OLD.bidirectional(c), OLD.combining(c), OLD.east_asian_width(c),
                OLD.mirrored(c), OLD.decomposition(c), OLD.name(c, None),
                OLD.decimal(c, None), OLD.numeric(c, None), OLD.digit(c, None)) == \
            ("", 0, "F", 0, "", None, None, None, U.digit(c, None)), hex(cp)
        if unassigned_old and unassigned_old[-1][1] == cp - 1:
            unassigned_old[-1][1] = cp
        else:
            unassigned_old.append([cp, cp])
        continue
    assert OLD.combining(c) == U.combining(c) and OLD.decomposition(c) == U.decomposition(c)
    assert OLD.digit(c, None) == U.digit(c, None) and OLD.name(c, None) == U.name(c, None)
    row = [255] * 5
    if OLD.category(c) != U.category(c):
        row[0] = CATEGORIES.index(OLD.category(c))
    if OLD.bidirectional(c) != U.bidirectional(c):
        row[1] = BIDI.index(OLD.bidirectional(c))
    if OLD.east_asian_width(c) != U.east_asian_width(c):
        row[2] = WIDTHS.index(OLD.east_asian_width(c))
    if OLD.mirrored(c) != U.mirrored(c):
        row[3] = OLD.mirrored(c)
    if OLD.decimal(c, None) != U.decimal(c, None):
        row[4] = OLD.decimal(c)
        assert OLD.numeric(c) == OLD.decimal(c)
    else:
        assert OLD.numeric(c, None) == U.numeric(c, None), hex(cp)
    if row != [255] * 5:
        changes.append((cp, *row))


def old_unassigned(cp):
    return any(a <= cp <= b for a, b in unassigned_old)


# The characters whose 3.2.0 decomposition was corrected later (NormalizationCorrections.txt):
# CPython's 3.2.0 normalization decomposes them to the one character listed here.
corrections = []
for cp, c in enumerate(CHARS):
    if U.decomposition(c) and not old_unassigned(cp):
        old = OLD.normalize("NFD", c)
        if old != U.normalize("NFD", c) and len(old) == 1 and old != c:
            corrections.append((cp, ord(old)))

# --- Output -------------------------------------------------------------------------------

print("// Generated by gen_tables.py from Python 3.11's unicodedata (Unicode 14.0.0).")
print("// Do not edit: change the script and run it again.")
print()
emit_strs("CATEGORY_NAMES", CATEGORIES, "General category names, by record index.")
emit_strs("BIDI_NAMES", BIDI, "Bidirectional class names, by record index.")
emit_strs("WIDTH_NAMES", WIDTHS, "East Asian width names, by record index.")
print("/// The distinct property records: (category, combining class, bidirectional class, "
      "east asian width, mirrored, normalization quick checks).")
print(f"pub(super) static RECORDS: [(u8, u8, u8, u8, u8, u8); {len(records)}] = [")
for r in records:
    print(f"    ({r[0]}, {r[1]}, {r[2]}, {r[3]}, {r[4]}, {r[5]}),")
print("];")
print()
emit_two_level("RECORD", per_cp, "The record of each code point")
emit_strs("DECOMP_PREFIXES", prefixes, "Decomposition tags (`<compat>`, ...); 0 is canonical.")
emit_array("DECOMP_DATA", decomp_data,
           "Decompositions: a header `count << 8 | prefix`, then `count` code points.", "u32")
emit_two_level("DECOMP", decomp_of, "The offset in DECOMP_DATA of each code point's entry (0: none)")
print("/// Canonical compositions `(first, second, composite)`, sorted: the primary composites.")
print(f"pub(super) static COMPOSITIONS: [(u32, u32, u32); {len(pairs)}] = [")
for a, b, c in pairs:
    print(f"    (0x{a:x}, 0x{b:x}, 0x{c:x}),")
print("];")
print()
print("/// Name aliases (NameAliases.txt) that `lookup` accepts, sorted by name.")
print(f"pub(super) static ALIASES: [(&str, u32); {len(aliases)}] = [")
for n, cp in aliases:
    print(f'    ("{n}", 0x{cp:x}),')
print("];")
print()
print("/// Named sequences (NamedSequences.txt) that `lookup` accepts, sorted by name.")
print(f"pub(super) static NAMED_SEQUENCES: [(&str, &str); {len(sequences)}] = [")
for n, t in sequences:
    esc = "".join(f"\\u{{{ord(ch):x}}}" for ch in t)
    print(f'    ("{n}", "{esc}"),')
print("];")
print()
print("/// Ranges of the code points unassigned in Unicode 3.2.0 but assigned in 14.0.0.")
print(f"pub(super) static OLD_UNASSIGNED: [(u32, u32); {len(unassigned_old)}] = [")
for a, b in unassigned_old:
    print(f"    (0x{a:x}, 0x{b:x}),")
print("];")
print()
print("/// Properties that differ in 3.2.0: (code point, category, bidirectional, east asian "
      "width, mirrored, decimal); 255 where 3.2.0 agrees with 14.0.0.")
print(f"pub(super) static OLD_CHANGES: [(u32, u8, u8, u8, u8, u8); {len(changes)}] = [")
for row in changes:
    print(f"    (0x{row[0]:x}, {row[1]}, {row[2]}, {row[3]}, {row[4]}, {row[5]}),")
print("];")
print()
print("/// 3.2.0's decomposition of the characters corrected since (NormalizationCorrections.txt).")
print(f"pub(super) static OLD_CORRECTIONS: [(u32, u32); {len(corrections)}] = [")
for a, b in corrections:
    print(f"    (0x{a:x}, 0x{b:x}),")
print("];")
