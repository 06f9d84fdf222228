# Every property of every code point, in the 14.0.0 database, folded into one checksum per property
# (the text of each 64K-code-point block read as one big integer, modulo a prime).
import unicodedata
from itertools import repeat

P = (1 << 61) - 1
CHARS = [chr(cp) for cp in range(0x110000)]
BLOCKS = [CHARS[i:i + 0x10000] for i in range(0, 0x110000, 0x10000)]


def checksum(values):
    text = "\n".join(map(str, values))
    return int.from_bytes(text.encode("utf-8", "surrogatepass"), "little") % P


def sweep(db, label):
    for f in (db.category, db.bidirectional, db.combining, db.east_asian_width, db.mirrored,
              db.decomposition):
        print(label, f.__name__, [checksum(map(f, block)) for block in BLOCKS])
    for f in (db.decimal, db.digit, db.numeric, db.name):
        print(label, f.__name__, [checksum(map(f, block, repeat(None))) for block in BLOCKS])


sweep(unicodedata, "14.0.0")

