# The four normal forms of every assigned character (and of each after a combining acute and a
# cedilla), in both databases, folded into checksums.
import unicodedata

P = (1 << 61) - 1


def checksum(lines):
    return int.from_bytes("\n".join(lines).encode("utf-8", "surrogatepass"), "little") % P


chars = [chr(cp) for cp in range(0x110000)
         if unicodedata.category(chr(cp)) not in ("Cn", "Co", "Cs")]
print(len(chars))
for db, label in ((unicodedata, "14.0.0"), (unicodedata.ucd_3_2_0, "3.2.0")):
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        print(label, form, checksum([db.normalize(form, c) for c in chars]))
        print(label, form, "+marks", checksum([db.normalize(form, c + "\u0301\u0327") for c in chars]))
        print(label, form, "marks+", checksum([db.normalize(form, "\u0327" + c + "\u0301") for c in chars]))
        print(label, form, "is_normalized", sum(db.is_normalized(form, c) for c in chars))
