"""JSON encoding, as pyperformance's json_dumps: a few documents of nested dicts, lists,
strings (ASCII and not), ints, floats, booleans and None, encoded again and again with the
standard library's `json` (its C-accelerated encoder on CPython, weft's native `_json`), with
default settings, sorted keys and indentation.

Stresses: the `json` module's encoder, dict and list iteration, string escaping, float repr.
"""

import json
import sys

ROUNDS = 800


def documents():
    """The documents to encode: built by a fixed rule, so every run encodes the same text."""
    people = []
    for i in range(40):
        people.append({
            "id": i,
            "name": f"person {i}",
            "email": f"user{i}@example.org",
            "active": i % 3 != 0,
            "score": (i * 37 % 101) / 7.0,
            "tags": [f"t{j}" for j in range(i % 5)],
            "manager": None if i % 4 else i // 4,
            "note": "caf\u00e9 \u2014 \"quoted\" \\ tab\t" if i % 6 == 0 else "",
        })
    table = {f"row{r}": [r * c for c in range(12)] for r in range(30)}
    nested = {"level": 0}
    cur = nested
    for d in range(1, 25):
        cur["child"] = {"level": d, "items": list(range(d)), "flag": d % 2 == 0}
        cur = cur["child"]
    return [people, table, nested, ["x" * 200, 3.141592653589793, -0.0, 1e300, 10**20]]


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = max(1, int(ROUNDS * scale))
    docs = documents()
    total = 0
    checksum = 0
    for _ in range(rounds):
        for doc in docs:
            for text in (json.dumps(doc), json.dumps(doc, sort_keys=True), json.dumps(doc, indent=2)):
                total += len(text)
                checksum = (checksum * 31 + len(text) + ord(text[len(text) // 2])) % 1000000007
    print(f"encoded {total} characters, checksum {checksum}")
    print(json.dumps(docs[0][0], sort_keys=True))


main()
