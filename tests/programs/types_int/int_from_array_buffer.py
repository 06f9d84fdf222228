# int() parses the bytes of any buffer exporter, not only bytes, bytearray and memoryview.
from array import array

print(int(array("B", b"100")))
print(int(array("B", b" -42_0 ")))
try:
    int(array("B", b"12x"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(array("B", b"100"), 2)
except TypeError as e:
    print("TypeError:", e)
