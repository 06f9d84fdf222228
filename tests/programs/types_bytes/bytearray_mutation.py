# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, +=, *=, del

ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 65])
ba.extend(iter(b"!"))
ba.extend(bytearray(b"?"))
print(ba)
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-1, 95)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba[len(ba):] = [49, 50]
print(ba)
del ba[::3]
print(ba)
ba += b"+="
ba *= 2
print(ba, len(ba))
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
ba = bytearray(b"abc")
ba[1:2] = [120, 121, 122]
ba[0:1] = memoryview(b"Q")
ba[-1:] = bytearray(b"Z")
print(ba)
errors = [
    lambda: ba.__setitem__(0, 256),
    lambda: ba.__setitem__(0, -1),
    lambda: ba.__setitem__(0, b"a"),
    lambda: ba.__setitem__(10, 1),
    lambda: ba.__setitem__(slice(0, 2), 5),
    lambda: ba.__setitem__(slice(0, 2), "ab"),
    lambda: ba.__setitem__(slice(None, None, 2), b"x"),
    lambda: ba.append(256),
    lambda: ba.append(b"a"),
    lambda: ba.extend(5),
    lambda: ba.extend("str"),
    lambda: ba.extend([1, 300]),
    lambda: ba.insert(0, "a"),
    lambda: ba.remove(200),
    lambda: bytearray().pop(),
    lambda: ba.pop(50),
    lambda: ba.__delitem__(50),
    lambda: ba.__iadd__("s"),
    lambda: ba.__imul__(1.5),
]
for fn in errors:
    try:
        fn()
        print("ok", ba)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"share")
y = x
y += b"d"
print(x, x is y)
z = x + b"!"
print(z is x, x, z)
m = bytearray(b"ab") * 3
m[0] = 0
print(m, bytearray(b"q") * 0, bytearray(b"q") * -1)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
grow = bytearray()
for i in range(10):
    grow += bytes([i]) * i
print(len(grow), grow.count(9), grow[-1], grow[:6])
