# open() in binary mode: bytes in/out, seek whence, readinto, truncate
import os

NAME = "_tmp_open_binary.bin"

with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01\x02hello\xff"), f.write(bytearray(b"BA")), f.write(memoryview(b"mv")))
    print(f.tell())

with open(NAME, "rb") as f:
    print(type(f).__name__, f.read())
with open(NAME, "rb") as f:
    print(f.read(3), f.read(0), f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(1), f.read(2))
    print(f.seek(2, 1), f.read(3))
    print(f.seek(100), f.read(), f.tell())
    buf = bytearray(4)
    f.seek(3)
    print(f.readinto(buf), buf)

with open(NAME, "r+b") as f:
    f.seek(3)
    f.write(b"HELLO")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())

with open(NAME, "ab") as f:
    print(f.tell())
    f.write(b"++")
with open(NAME, "rb") as f:
    print(f.read())

with open(NAME, "wb") as f:
    f.write(b"line1\nline2\r\nline3")
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.readline(), f.readlines())

with open(NAME, "wb") as f:
    f.write(bytes(range(256)))
with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data[:4], data[-4:], data == bytes(range(256)))

with open(NAME, "wb") as f:
    for bad in ["text", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print(type(e).__name__, e)
with open(NAME, "rb") as f:
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
with open(NAME, "w") as f:
    try:
        f.write(b"bytes into text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(NAME, "wb") as f:
    f.write("caf\u00e9".encode("utf-8"))
with open(NAME, "rb") as f:
    print(f.read().decode("utf-8"))
with open(NAME, encoding="ascii") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason, e.start, e.end)
with open(NAME, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
os.remove(NAME)
try:
    os.remove(NAME)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
