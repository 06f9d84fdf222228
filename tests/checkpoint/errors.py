# Every error: objects that cannot be checkpointed (named with where they were found), and
# checkpoints that cannot be read (CheckpointError, with what is wrong).
from weft import checkpoint as ck
import struct
import threading
import zlib


def show(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        cause = e.__cause__
        notes = getattr(e, "__notes__", None)
        print(type(e).__name__ + ":", e)
        if cause is not None:
            print("  from", type(cause).__name__ + ":", cause)
        if notes:
            print("  notes", notes)


print(issubclass(ck.CheckpointError, Exception), ck.CheckpointError.__module__)


class Job:
    def __init__(self, n):
        self.n = n


jobs = [Job(i) for i in range(5)]
jobs[3].lock = threading.Lock()
show(ck.dumps, {"jobs": jobs})
# A generator is checkpointed with its frame; one whose frame holds an open file is not.
def lines():
    with open(__file__) as f:
        yield from f


reader = lines()
next(reader)
show(ck.dumps, [1, (2, {"k": {"inner": reader}})])
show(ck.dumps, {frozenset({1}): {(1, 2): threading.Lock()}})
show(ck.dumps, {threading.Lock(): 1})
show(ck.dumps, [{1, 2}, [threading.Lock()]])


def factory():
    class Local:
        pass

    def inner():
        pass

    return Local(), inner


loc, inner = factory()
show(ck.dumps, {"a": [loc]})
# A local function is checkpointed by value (as weft pickles it); a local class is not.
print(ck.loads(ck.dumps({"f": inner}))["f"]())


class Renamed:
    pass


r = Renamed()
Renamed = None
show(ck.dumps, [r])


class Raises:
    def __reduce__(self):
        raise ValueError("refused by design")


show(ck.dumps, {"x": [0, Raises()]})


class BadTuple:
    def __reduce__(self):
        return (BadTuple,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class BadArgs:
    def __reduce__(self):
        return (NotCallable, [])


class BadType:
    def __reduce__(self):
        return 42


for cls in (BadTuple, NotCallable, BadArgs, BadType):
    show(ck.dumps, [cls()])


class Held:
    def __reduce__(self):
        # Reduced again from its own arguments: never ends under pickle either.
        return (Held, (Held(),))


show(ck.dumps, Held())


class SelfArg:
    def __reduce__(self):
        # Rebuilt from itself: pickle recurses until RecursionError.
        return (SelfArg, (self,))


show(ck.dumps, {"s": SelfArg()})

# Reading: damaged, foreign and future checkpoints.
good = ck.dumps({"a": [1, 2, 3]})
print(good[:8], len(good))
show(ck.loads, b"")
show(ck.loads, good[:5])
show(ck.loads, good[:23])
show(ck.loads, good[:-1])
show(ck.loads, good + b"!")
show(ck.loads, good + b"!!")
flipped = bytearray(good)
flipped[-2] ^= 0x40
show(ck.loads, bytes(flipped))
show(ck.loads, b"\x80\x04\x95" + b"\x00" * 40)
show(ck.loads, b"GIF89a..." + b"\x00" * 30)
future = bytearray(good)
future[8:12] = struct.pack("<I", 7)
show(ck.loads, bytes(future))
zero = bytearray(good)
zero[8:12] = struct.pack("<I", 0)
show(ck.loads, bytes(zero))
show(ck.loads, "not bytes")
show(ck.loads, memoryview(good))


def forge(payload):
    """A checkpoint with a valid header around an arbitrary payload."""
    return b"WEFTCKPT" + struct.pack("<IQI", 1, len(payload), zlib.crc32(payload)) + payload


print(ck.loads(forge(b"\x00\x02")))  # no records, root True
show(ck.loads, forge(b""))
show(ck.loads, forge(b"\x05"))  # five records announced, none there
show(ck.loads, forge(b"\x01\x05\x01\x05\x07\x05\x00"))  # a tuple of object 7: undefined
show(ck.loads, forge(b"\x00\x05\x00"))  # root is object 0: undefined
show(ck.loads, forge(b"\x01\x63"))  # record kind 99
show(ck.loads, forge(b"\x01\x02\x80\x80\x80\x80\x80\x80\x80\x80\x10"))  # a str of 2**60 bytes
show(ck.loads, forge(b"\x01\x05\x80\x80\x80\x80\x80\x80\x80\x80\x10"))  # a tuple of 2**60 items
show(ck.loads, forge(b"\x01\x07\xff\xff\xff\xff\x0f\x05\x00"))  # a list of capacity 2**32-1
show(ck.loads, forge(b"\x00\x02\x00"))  # a byte after the root
show(ck.loads, forge(b"\x01\x10\x00\x00\x02"))  # Extend of object 0, never defined
show(ck.loads, forge(b"\x02\x02\x01x\x10\x00\x01\x02\x05\x00"))  # 'x'.extend([True])
show(ck.loads, forge(b"\x01\x0c\x03\x05\x05\x00"))  # an instance of class 5 (an int)
show(ck.loads, forge(b"\x03\x02\x01m\x02\x01n\x0a\x05\x00\x05\x01\x05\x02"))  # m.n: no such module
show(ck.loads, forge(b"\x03\x02\x04math\x02\x03tau\x0a\x05\x00\x05\x01\x05\x02"))  # math.tau
show(ck.loads, forge(b"\x03\x02\x04math\x02\x03nop\x0a\x05\x00\x05\x01\x05\x02"))  # math.nop
# 200,000 lists each announcing 2**32-1 items, in 1.2 MB: the capacities asked for are bounded by
# the payload's size in all, so this loads at once instead of reserving terabytes.
n = 200_000
count = bytes([0x80 | (n & 0x7F), 0x80 | ((n >> 7) & 0x7F), n >> 14])
print(ck.loads(forge(count + b"\x07\xff\xff\xff\xff\x0f" * n + b"\x00")))
