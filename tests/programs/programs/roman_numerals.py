# Roman numerals both ways, with strict validation and round-trip checks.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

class RomanError(ValueError):
    pass

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range (1..3999)")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)

def from_roman(s):
    if not s:
        raise RomanError("empty numeral")
    s = s.upper()
    total, prev = 0, 0
    for ch in reversed(s):
        if ch not in SYMBOLS:
            raise RomanError(f"invalid character {ch!r}")
        v = SYMBOLS[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    if to_roman(total) != s:
        raise RomanError(f"{s!r} is not in canonical form (did you mean {to_roman(total)}?)")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666, 3888]:
    r = to_roman(n)
    print(n, r, from_roman(r), from_roman(r.lower()))

print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest:", longest, to_roman(longest), len(to_roman(longest)))
by_length = {}
for n in range(1, 4000):
    by_length[len(to_roman(n))] = by_length.get(len(to_roman(n)), 0) + 1
print(sorted(by_length.items()))

for bad in ["IIII", "VX", "IC", "MMMM", "ABC", "", "XM", "IIV", "MCMXCIVI"]:
    try:
        print(bad, from_roman(bad))
    except RomanError as e:
        print(repr(bad), "->", type(e).__name__ + ":", e)
for bad in [0, -5, 4000, 2.5, True, "10"]:
    try:
        print(bad, to_roman(bad))
    except (RomanError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__ + ":", e)

# Arithmetic on numerals via a small class.
class Roman:
    def __init__(self, value):
        self.value = from_roman(value) if isinstance(value, str) else value
        to_roman(self.value)
    def __add__(self, other):
        return Roman(self.value + Roman(other).value if isinstance(other, str) else self.value + other.value)
    def __mul__(self, other):
        return Roman(self.value * other.value)
    def __lt__(self, other):
        return self.value < other.value
    def __repr__(self):
        return f"Roman({to_roman(self.value)})"
print(Roman("XII") + Roman("XXX"), Roman("VII") * Roman("VI"), sorted([Roman("X"), Roman("IX"), Roman("XI")]))
try:
    Roman("MMM") * Roman("II")
except RomanError as e:
    print("RomanError:", e)
