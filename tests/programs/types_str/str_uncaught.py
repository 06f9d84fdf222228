# text processing that ends with an uncaught UnicodeDecodeError (exit status 1)

raw_records = [
    b"alice,30,london",
    b"bob,25,paris",
    "carol,41,m\u00fcnchen".encode("utf-8"),
    "dave,37,k\u00f8benhavn".encode("latin-1"),
]


def parse(record, encoding="utf-8"):
    text = record.decode(encoding)
    name, age, city = text.split(",")
    return {"name": name.title(), "age": int(age), "city": city.title()}


parsed = []
for rec in raw_records[:3]:
    parsed.append(parse(rec))
for p in parsed:
    print("{name:<6} {age:>3} {city}".format(**p))
print(parse(raw_records[3], "latin-1"))
print(raw_records[3].decode("utf-8", "replace"))
print(raw_records[3].decode("utf-8", "backslashreplace"))
try:
    parse(raw_records[3])
except UnicodeDecodeError as e:
    print("caught:", e.reason, e.start, e.end, e.object[e.start : e.end])
ages = [p["age"] for p in parsed]
print(sum(ages) / len(ages), sorted(p["name"] for p in parsed))
summary = "; ".join("%s(%d)" % (p["name"], p["age"]) for p in parsed)
print(summary, len(summary))
print("now decoding everything strictly")
for rec in raw_records:
    result = parse(rec)
    print("ok", result["name"])
print("not reached")
#
#
#
#
