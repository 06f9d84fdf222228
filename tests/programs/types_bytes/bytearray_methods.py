# bytearray shares bytes' methods (returning bytearray) and adds in-place ones

ba = bytearray(b"  Mixed Case Data  ")
results = [ba.strip(), ba.upper(), ba.lower(), ba.title(), ba.swapcase(), ba.replace(b" ", b"_"), ba.center(25, b"-")]
for r in results:
    print(type(r).__name__, r)
print(ba.split(), [type(x).__name__ for x in ba.split()], ba.partition(b"Case"), ba.find(b"Data"), ba.count(b" "))
print(ba.startswith(b"  M"), ba.endswith(b"a  "), ba.isalpha(), ba.strip().isalpha(), ba.index(b"C"), ba.rindex(32))
print(ba.decode(), ba.hex(" ", 4), bytearray.fromhex("00 ff"), ba.strip().zfill(20), ba.expandtabs(), ba.strip().ljust(15, b"."))
print(ba.islower(), ba.isupper(), ba.istitle(), ba.isspace(), ba.isascii(), bytearray(b"123").isdigit(), bytearray(b"a1").isalnum())
orig = bytearray(b"abc")
up = orig.upper()
print(orig, up, up is orig)
orig.extend(b"def")
print(orig.removeprefix(b"ab"), orig.removesuffix(b"ef"), orig.translate(None, b"ace"), orig.join([b"1", b"2"]))
print(orig + b"!", b"!" + orig, orig * 2, orig[1:4], orig[::-1], orig[-1], orig[::2])
nums = bytearray(range(10))
del nums[1::2]
print(nums, list(nums))
nums[1:3] = nums[1:3][::-1]
print(nums)
nums.extend(nums)
print(nums, nums.count(4), nums.index(8), nums.index(8, 5))
print(nums.rstrip(b"\x08"), nums.lstrip(b"\x00\x04"), nums.split(b"\x04"))
buf = bytearray()
for word in [b"alpha", b"beta", b"gamma"]:
    buf += word + b","
buf[-1:] = b"."
print(buf, len(buf), buf.split(b","), bytes(buf).decode().upper())
packed = bytearray(4)
value = 0xDEADBEEF
for i in range(4):
    packed[3 - i] = (value >> (8 * i)) & 0xFF
print(packed, packed.hex(), int.from_bytes(packed, "big") == value)
print(bytearray(b"x").__class__.__name__, bytearray.__mro__, issubclass(bytearray, bytes))
print(sorted(n for n in dir(bytearray) if not n.startswith("_") and not hasattr(bytes, n)))


class Buffer(bytearray):
    def write(self, data):
        self.extend(data)
        return len(data)


buf = Buffer()
print(buf.write(b"abc"), buf.write(bytearray(b"de")), buf, type(buf).__name__, len(buf))
print(type(buf.upper()).__name__, type(buf[1:]).__name__, type(buf + b"x").__name__, type(buf.copy()).__name__)
stack = bytearray()
for ch in b"push":
    stack.append(ch)
popped = bytes([stack.pop() for _ in range(len(stack))])
print(popped, stack, len(stack))
queue = bytearray(b"queue")
print(bytes([queue.pop(0) for _ in range(2)]), queue)
rev = bytearray(b"palindrome")
rev.reverse()
print(rev, rev == bytearray(b"emordnilap"), rev.decode()[::-1])
