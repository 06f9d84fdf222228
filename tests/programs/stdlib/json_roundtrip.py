# json: dumps/loads through the _json accelerators — round trips, options, hooks, and the
# encoder's errors.
import json
import collections
import enum
from json import encoder, scanner

print(encoder.c_make_encoder is not None, scanner.c_make_scanner is not None)
print(encoder.encode_basestring_ascii is encoder.c_encode_basestring_ascii)
print(encoder.encode_basestring("a\"b\\c\n\x01\u00e9\U0001f600"))
print(encoder.encode_basestring_ascii("a\"b\\c\n\x01\u00e9\U0001f600\ud800\x7f"))
try:
    encoder.c_encode_basestring_ascii(b"x")
except TypeError as e:
    print(e)

docs = [
    None, True, False, 0, -1, 2**70, -2**64, 1.5, -0.0, 1e300, 1e-300, 0.1, "", "abc",
    "\u00e9\U0001f600\ud800", [], {}, [1, [2, [3, []]]], {"a": {"b": {"c": {}}}},
    {"k": [1, 2.5, "x", None, True, {"z": []}]}, ("t", 1), {"\u00e9": "\x00\x1f"},
]
for d in docs:
    for kw in ({}, {"ensure_ascii": False}, {"sort_keys": True}, {"separators": (",", ":")},
               {"indent": 2}):
        s = json.dumps(d, **kw)
        print(ascii(s), ascii(json.loads(s)))

print(json.dumps({3: 1, 1.5: 2, True: 3, None: 4, "s": 5, False: 6}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True))
for bad in [{(1, 2): 1}, {b"x": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
for x in [float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(x), json.dumps([x]), json.dumps({x: 1}))
    try:
        json.dumps([x], allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError", e)

a = []
a.append(a)
d = {}
d["d"] = d
for c in (a, d):
    try:
        json.dumps(c)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps([a[:0], [a[:0]]], check_circular=False))
shared = [1]
print(json.dumps([shared, shared]))


class Decimal:
    """A stand-in for decimal.Decimal: a number kept as its text."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return "Decimal(%r)" % self.text

    def __str__(self):
        return self.text


class Color(enum.IntEnum):
    RED = 1


class F(float):
    def __repr__(self):
        return "F!"


class Odd:
    pass


print(json.dumps([Color.RED, F(2.5), {Color.RED: F(1.0)}]))
try:
    json.dumps([1, Odd()])
except TypeError as e:
    print("TypeError", e)
print(json.dumps([Decimal("1.10"), {1, 2} and sorted({1, 2})], default=str))
print(json.dumps({"x": Odd()}, default=lambda o: {"odd": [1, 2]}))


def deep_default(o):
    return [o]


try:
    json.dumps(Odd(), default=deep_default)
except (ValueError, RecursionError) as e:
    print(type(e).__name__, str(e)[:60])


class Items(dict):
    def items(self):
        return [("z", 1), ("a", 2)]


print(json.dumps(Items(q=1)), json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps(Items(q=1), sort_keys=True))


class BadItems(dict):
    def items(self):
        return [("z", 1, 2)]


try:
    json.dumps(BadItems(q=1))
except ValueError as e:
    print("ValueError", e)


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(MyEncoder().encode({"s": {3, 1, 2}}), MyEncoder(sort_keys=True).encode({"b": {2}, "a": 1}))
e = json.JSONEncoder()
print(e.encode("plain"), list(e.iterencode([1, {"a": 2}])))
print(json.dumps([1, "x"], separators=("; ", "= ")), json.dumps({"a": [1]}, separators=("; ", "= ")))


def odd_encoder(s):
    return "<" + s + ">"


enc = encoder.c_make_encoder(None, str, odd_encoder, None, ":", ",", False, False, True)
print(enc({"a": ["b", 1]}, 0))
enc = encoder.c_make_encoder({}, str, lambda s: 5, None, ":", ",", False, False, True)
try:
    enc(["x"], 0)
except TypeError as e:
    print("TypeError", e)
try:
    encoder.c_make_encoder([], str, str, None, ":", ",", False, False, True)
except TypeError as e:
    print("TypeError", e)

# Decoding hooks.
text = '{"a": 1, "b": [1.5, 2, "x"], "c": {"d": NaN, "e": -Infinity}, "a": 3}'
print(json.loads(text))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads(text, parse_float=Decimal, parse_int=lambda s: "int:" + s))
print(json.loads(text, parse_constant=lambda c: "const:" + c))
print(json.loads('[1, 2.0, 3e2, -0.5E-1, 10000000000000000000000, -0]'))
print(json.loads('{"a": 1}', object_pairs_hook=collections.OrderedDict))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(d, list(d[0])[0] is list(d[1])[0])
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b'[1]')))
print(json.loads('"\\ud83d\\ude00"') == "\U0001f600", ascii(json.loads('"\\ud83d"')))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
deep = "[" * 100000 + "]" * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError", e)

# A larger document round-trips exactly.
big = [{"id": i, "name": "user%d" % i, "score": i / 7, "tags": ["a", "\u00e9", "x\ny"],
        "on": i % 2 == 0, "none": None, "nested": {"k": [i, -i, i * 1.5]}} for i in range(3000)]
s = json.dumps(big)
print(len(s), json.loads(s) == big, json.dumps(json.loads(s)) == s)
s2 = json.dumps(big, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
print(len(s2), json.loads(s2) == big)

# The accelerators' read-only members.
sc = json.JSONDecoder(strict=False).scan_once
print(type(sc).__name__, sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float is float,
      sc.parse_int is int)
enc = encoder.c_make_encoder({}, str, encoder.c_encode_basestring, None, ": ", ", ", True, False,
                             True)
print(type(enc).__name__, enc.markers, enc.default is str, enc.key_separator, enc.item_separator,
      enc.sort_keys, enc.skipkeys, enc.indent)
try:
    sc.strict = True
except AttributeError as e:
    print("AttributeError")
