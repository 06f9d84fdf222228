# open() in text mode: write/read/append, iteration, readline(s), seek/tell, with, errors
import os

NAME = "_tmp_open_text.txt"

with open(NAME, "w") as f:
    print(type(f).__name__, f.mode, f.name, f.closed, f.readable(), f.writable())
    print(f.write("first line\n"), f.write("second line\n"), f.write("third\n"))
    f.write("no newline at end")
print(f.closed)

with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "r") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(repr(f.read(5)), repr(f.read()), repr(f.read()), repr(f.readline()))
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line), line.rstrip("\n"))
with open(NAME) as f:
    print(list(f), list(f))

with open(NAME, "a") as f:
    f.write("\nappended")
with open(NAME) as f:
    print(f.read().splitlines())

with open(NAME, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u4e2d\n")
with open(NAME, encoding="utf-8") as f:
    data = f.read()
    print(data, len(data), f.tell())
with open(NAME, "rb") as f:
    print(f.read())

with open(NAME, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(NAME) as f:
    print(f.tell(), f.read(2), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(4)
    print(repr(f.read()))

with open(NAME, "w+") as f:
    f.write("read after write")
    f.seek(0)
    print(f.read())
with open(NAME, "r+") as f:
    f.write("READ")
    f.seek(0)
    print(f.read())

with open(NAME, "w", newline="") as f:
    f.write("x\r\ny\rz\n")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, newline="") as f:
    print(repr(f.read()))
with open(NAME, "rb") as f:
    print(f.read())

with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()))

f = open(NAME)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(NAME) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
try:
    open(NAME, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ["rw", "z", "rt+b", ""]:
    try:
        open(NAME, mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    open("_definitely_missing_file_.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(NAME, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(NAME)
try:
    open(NAME)
except FileNotFoundError as e:
    print("removed:", type(e).__name__, e.errno)
