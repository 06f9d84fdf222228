# A finditer iterator or scanner over a bytearray holds its buffer until it is freed: the
# bytearray cannot be resized meanwhile (bug 14212). A match object holds nothing.
import gc
import re

b = bytearray(b"x")
it = re.finditer(b"a", b)
try:
    b.extend(b"x" * 400)
except BufferError as e:
    print("BufferError", e)
print(list(it))
try:
    b.append(1)
except BufferError as e:
    print("still held after exhaustion:", e)
del it
gc.collect()
b.extend(b"x" * 4)
print(len(b))
s = re.compile(b"x").scanner(b)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
print(s.search())
del s
b.append(1)
print(len(b))
m = re.search(b"x", b)
b.append(2)
print(m, len(b))
it = re.finditer(b"x", memoryview(b))
print(next(it))
del it
