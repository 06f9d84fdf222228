# json decoding errors: the message and position of each (the C scanner's, which CPython uses).
import json
from json import decoder, scanner

docs = [
    "", " ", "x", "[", "]", "[1", "[1,", "[1,]", "[1 2]", "{", "{}x", '{"a"', '{"a":', '{"a":1',
    '{"a":1,', '{"a":1,}', '{"a" 1}', "{1:2}", "{'a':1}", '"abc', '"a\\', '"a\\x"', '"\\u12"',
    '"\\u12g4"', '"\\ud800"', '"\\ud800\\u"', '"\\ud800\\udc0"', '"\\ud800\\udc00"',
    '"\\ud800\\u0041"', '"\\udc00\\ud800"', '"a\nb"', '"a\tb"', '"\x7f"', "nul", "nulll", "tru",
    "true false", "NaN", "-Infinity", "Infinity", "-", "-x", "01", "1.", "1.e5", "1e", "1e+",
    "1E-2", "-0", "1.5e400", "[1e999]", "\u00e9", '["\u00e9", x]', '{"\u00e9\u00e9": 1, x}',
    '["\U0001f600", 1, ]', "[" * 5 + "]" * 4, "[1]\n\n  x", "\ufeff[1]", "  [1]  ", "[\"\\/\"]",
    '"\\b\\f\\n\\r\\t\\"\\\\"', "1" * 5000,
]
for d in docs:
    try:
        print(ascii(d[:40]), ascii(json.loads(d)))
    except json.JSONDecodeError as e:
        print(ascii(d[:40]), "JSONDecodeError:", e, (e.pos, e.lineno, e.colno))
    except ValueError as e:
        print(ascii(d[:40]), type(e).__name__, e)

print(json.loads('"a\nb"', strict=False), json.loads('{"a": "\x01"}', strict=False))
for args in [("abc", 0), ('"abc"', 1), ('"abc"', 2), ('"abc', 1), ('"abc"', 6), ('"abc"', -1),
             (b'"abc"', 1), ('"a\\u00e9"', 1)]:
    try:
        print(args, decoder.scanstring(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(decoder.scanstring('"a\x01"', 1, False))
try:
    decoder.scanstring('"a\x01"', 1, True)
except ValueError as e:
    print(type(e).__name__, e)
print(decoder.scanstring is decoder.c_scanstring, scanner.make_scanner is scanner.c_make_scanner)

dec = json.JSONDecoder()
s = dec.scan_once
for doc, idx in [('[1, 2] x', 0), ("  5", 0), ("  5", 2), ("abc", 0), ("", 0), ("[1]", 5)]:
    try:
        print(repr(doc), idx, s(doc, idx))
    except StopIteration as e:
        print(repr(doc), idx, "StopIteration", e.value)
    except Exception as e:
        print(repr(doc), idx, type(e).__name__, e)
try:
    s(b"[1]", 0)
except TypeError as e:
    print(e)
try:
    s("[1]", idx=-1)
except Exception as e:
    print(type(e).__name__, e)
print(dec.raw_decode('[1, {"a": null}] tail'))
try:
    dec.raw_decode("x")
except json.JSONDecodeError as e:
    print(e)
