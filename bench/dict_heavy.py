"""Dict heavy: dictionaries keyed by strings and by ints — insertion, lookup with `[]`,
`get` and `in`, `setdefault`, deletion with `del` and `pop`, iteration over keys, values and
items, dict comprehensions, `update`, merging with `|`, and word counting.

Stresses: string hashing and comparison, the dict's probe loop, resizing in both
directions, insertion-order iteration, dict comprehensions.
"""

import sys

ROUNDS = 40
KEYS = 20000

WORDS = (
    "the quick brown fox jumps over the lazy dog while seven wizards "
    "quietly hex bold jumping zebras and the dog sleeps under the old oak tree"
).split()


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def int_keys(n, rng):
    table = {}
    for i in range(n):
        table[i * 7919 % 100003] = i
    hits = 0
    for _ in range(n):
        key = rng.below(100003)
        if key in table:
            hits += table[key]
        hits += table.get(key + 1, 0)
    for key in list(table):
        if key % 3 == 0:
            del table[key]
    removed = sum(table.pop(k, 0) for k in range(0, 100003, 11))
    return hits + removed + len(table)


def str_keys(n):
    table = {}
    for i in range(n):
        table["key" + str(i)] = i
        table[f"item:{i % 997}"] = table.get(f"item:{i % 997}", 0) + i
    total = 0
    for i in range(0, n, 3):
        total += table["key" + str(i)]
        del table["key" + str(i)]
    for key, value in table.items():
        if key.startswith("item:"):
            total += value % 1000
    total += sum(len(key) for key in table.keys())
    total += sum(table.values()) % 1000003
    return total


def word_counts(rng, n):
    counts = {}
    positions = {}
    for i in range(n):
        word = WORDS[rng.below(len(WORDS))]
        counts[word] = counts.get(word, 0) + 1
        positions.setdefault(word, []).append(i)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    spread = {word: places[-1] - places[0] for word, places in positions.items()}
    return ordered[:3], sum(spread.values())


def comprehensions(n):
    squares = {i: i * i for i in range(n)}
    inverted = {v: k for k, v in squares.items() if k % 2}
    labels = {f"n{k}": v % 97 for k, v in squares.items() if v % 5 == 1}
    merged = {**labels, "extra": 1} | {"n1": 0}
    merged.update((f"u{i}", i) for i in range(100))
    return len(squares) + len(inverted) + sum(merged.values())


class Record:
    """Attributes set from a dict, read back through __dict__."""

    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)


def records(n):
    total = 0
    for i in range(n):
        record = Record(id=i, name="r" + str(i), score=i % 17)
        fields = vars(record)
        total += fields["id"] + fields["score"] + len(fields["name"])
    return total


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rng = Lcg(987654321)
    results = [0, 0, 0, 0]
    for _ in range(max(1, int(ROUNDS * scale))):
        results[0] += int_keys(KEYS, rng)
        results[1] += str_keys(KEYS)
        results[2] += comprehensions(KEYS)
        results[3] += records(KEYS // 4)
        top, spread = word_counts(rng, KEYS)
    print(" ".join(str(r) for r in results))
    print(" ".join(f"{word}={count}" for word, count in top) + f" spread {spread}")


main()
