# marshal: CPython's byte format for data, round trips, and the errors of malformed input.
import marshal

values = [None, True, False, Ellipsis, StopIteration, 0, 1, -1, 255, -5, 2**31 - 1, -2**31,
          2**31, -2**31 - 1, 2**40, -2**62, 2**100, -(2**200) + 7, 0.0, -0.0, 1.5, 1e300,
          float('inf'), float('-inf'), 1j, -2.5+3j, 'abc', 'abc def', '', 'é', '\u20ac' * 3,
          'x' * 300, b'', b'xy', b'\x00' * 5, (), (1, 2), ('a', 'a'), [1], [], {}, {1: 2},
          {'k': [1, 2]}, frozenset(), set(), [1.5, 'q', b'r']]
for v in values:
    for version in range(5):
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        assert back == v or (v != v), (v, version)
        assert type(back) is type(v), (v, version)
    print(repr(v)[:40], marshal.dumps(v, 4)[:48])

# Nested constants round trip (their bytes depend on how a compiler shares constants).
nested = (1, (2, (3, ())), [(), {'a': (1,)}])
print(marshal.loads(marshal.dumps(nested)) == nested)

# Sets in a stable order only with one element.
print(marshal.dumps({7}), marshal.dumps(frozenset({'z'})))

# Shared references come back shared (version 3+), and not before.
lst = [1, 2]
pair = marshal.loads(marshal.dumps([lst, lst]))
print(pair, pair[0] is pair[1])
pair2 = marshal.loads(marshal.dumps([lst, lst], 2))
print(pair2, pair2[0] is pair2[1])

# A list that holds itself.
rec = []
rec.append(rec)
r = marshal.loads(marshal.dumps(rec))
print(r[0] is r)

# Floats in versions 0 and 1 are text.
for x in [0.1, 1.5, 1e300, -0.0]:
    print(marshal.dumps(x, 1), marshal.dumps(complex(x, 2), 0))

# bytearray and memoryview are written as bytes.
print(marshal.dumps(bytearray(b'ab')), marshal.dumps(memoryview(b'cd')))

# Code objects round trip and run.
src = '''
def f(a, b=2, *args, c, **kw):
    "doc"
    def inner(x):
        return x + a
    return inner(b) + c + len(args) + len(kw)
result = f(1, c=10, z=1)
big = 2**70
s = "\\udc80"
'''
code = compile(src, '<m>', 'exec')
code2 = marshal.loads(marshal.dumps(code))
ns = {}
exec(code2, ns)
print(ns['result'], ns['f'].__doc__, ns['big'], ascii(ns['s']))
fcode = [c for c in code2.co_consts if hasattr(c, 'co_code')][0]
print(code2.co_filename, code2.co_names == code.co_names, fcode.co_varnames, fcode.co_flags)

# dump/load through files, several objects in sequence.
import io
buf = io.BytesIO()
marshal.dump([1, 'two'], buf)
marshal.dump(3.0, buf, 2)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)

# Malformed input.
for bad in [b'', b'0', b'i\x01', b'q', b'r\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x00',
            b'l\x01\x00\x00\x00\x00\x80', b's\xff\xff\xff\xff', b'(\x01\x00\x00\x00', b'{N',
            b'[\x02\x00\x00\x00N0', b'u\x01\x00\x00\x00\xff', b'f\x03abc', b'c',
            b'\xdb\x01\x00\x00\x00r\x05\x00\x00\x00', b'<\x01\x00\x00\x00[\x00\x00\x00\x00',
            b'z\x05ab']:
    try:
        print(bad, repr(marshal.loads(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)

# Unmarshallable values and bad arguments.
for v in [object(), [1, object()], {1: len}, print]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print('ValueError', e)
try:
    marshal.load(io.StringIO('x'))
except TypeError as e:
    print('TypeError', e)
try:
    marshal.loads('text')
except TypeError as e:
    print('TypeError', e)

# Nesting limits.
deep = []
for _ in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print('ValueError', e)
try:
    marshal.loads(b'[\x01\x00\x00\x00' * 3000 + b'N')
except ValueError as e:
    print('ValueError', e)
print(marshal.version)
