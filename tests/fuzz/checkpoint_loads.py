"""Feeds the cases listed in the file named by argv[1] to weft.checkpoint. Each line is
`R <hex>` (arbitrary bytes, given to loads), `S <hex>` (arbitrary bytes as the payload of a
checkpoint with a valid header, so that they reach the decoder), `M <seed> <pos> <byte> <cut>
<reseal>` (a valid checkpoint with the byte at `pos` replaced and the tail from `cut` dropped; with
`reseal` odd its header is made valid again for the damaged payload) or `G <graph>` (an object graph
that must come back with the same shape, sharing and cycles, from weft.checkpoint and from pickle
under protocols 2 to 5; see `build`). Every load must return
or raise an Exception other than SystemError."""
import collections
import pickle
import struct
import sys
import zlib
from weft import checkpoint as ck


class Obj:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Slots5:
    """A graph node with five slots (filled in order, the rest left unset)."""

    __slots__ = ("a0", "a1", "a2", "a3", "a4")


class Stateful:
    """A graph node rebuilt from a reduction whose state holds its children."""

    def __reduce__(self):
        return (Stateful, (), dict(vars(self)))


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args, {"extra": len(self.args)})


def seed_objects():
    shared = [1, 2]
    o = Obj()
    o.name, o.items, o.me = "o", shared, o
    s = Slotted()
    s.a = shared
    return [
        {"a": [1, -2, 3.5, 2**80, None, True], "b": ("x", b"y", bytearray(b"z"))},
        [{1, 2}, frozenset([3]), collections.OrderedDict(k=1), complex(1, 2), "\u20ac\udc80"],
        [o, s, Reduced(1, "two", shared), shared, (shared, o), collections.deque([1, 2])],
    ]


SEEDS = [ck.dumps(x) for x in seed_objects()]


def seal(payload):
    return b"WEFTCKPT" + struct.pack("<IQI", 1, len(payload), zlib.crc32(payload)) + payload


def build(desc):
    """`desc` lists nodes `K:c,c,...` separated by `;`; node 0 is the root. K is L (list), D (dict,
    keys k0, k1...), O (OrderedDict, likewise), I (instance, attributes a0, a1...), R (instance with
    a __reduce__, likewise), Z (instance with __slots__ a0...a4), T (tuple) or S (set of the atom
    children).
    A child is a node number, or an atom: `i<int>`, `s<text>`, `n` (None)."""
    nodes = []
    for part in desc.split(";"):
        kind, _, kids = part.partition(":")
        nodes.append((kind, [k for k in kids.split(",") if k]))
    objs = [None] * len(nodes)
    for i, (kind, _) in enumerate(nodes):
        make = {"L": list, "D": dict, "O": collections.OrderedDict, "I": Obj, "R": Stateful,
                "Z": Slots5, "S": set}
        objs[i] = make.get(kind, lambda: None)()

    def atom(tok):
        if tok[0] == "i":
            return int(tok[1:])
        if tok[0] == "s":
            return tok[1:]
        return None

    def child(tok):
        return objs[int(tok)] if tok.isdigit() else atom(tok)

    for i, (kind, kids) in enumerate(nodes):
        if kind == "T":
            objs[i] = tuple(child(k) for k in kids)
    for i, (kind, kids) in enumerate(nodes):
        o = objs[i]
        for j, k in enumerate(kids):
            if kind == "L":
                o.append(child(k))
            elif kind in "DO":
                o["k%d" % j] = child(k)
            elif kind in "IRZ":
                setattr(o, "a%d" % j, child(k))
            elif kind == "S" and not k.isdigit():
                o.add(atom(k))
    return objs[0]


def same_shape(a, b):
    """The graphs are isomorphic, the map from originals to copies one to one."""
    seen = {}
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if x is None or type(x) in (int, str, bool, float):
            assert type(x) is type(y) and x == y, (x, y)
            continue
        if id(x) in seen:
            assert seen[id(x)] is y, "sharing lost"
            continue
        seen[id(x)] = y
        assert type(x) is type(y), (type(x), type(y))
        if type(x) in (list, tuple):
            assert len(x) == len(y)
            stack.extend(zip(x, y))
        elif type(x) in (dict, collections.OrderedDict):
            assert list(x) == list(y)
            stack.extend((x[k], y[k]) for k in x)
        elif type(x) in (Obj, Stateful):
            assert list(vars(x)) == list(vars(y))
            stack.extend((vars(x)[k], vars(y)[k]) for k in vars(x))
        elif type(x) is Slots5:
            for name in Slots5.__slots__:
                assert hasattr(x, name) == hasattr(y, name)
                if hasattr(x, name):
                    stack.append((getattr(x, name), getattr(y, name)))
        elif type(x) is set:
            assert x == y
    assert len({id(v) for v in seen.values()}) == len(seen), "copies merged"


raised = 0
cases = 0
with open(sys.argv[1]) as f:
    for line in f:
        kind, _, rest = line.rstrip("\n").partition(" ")
        cases += 1
        if kind == "G":
            g = build(rest)
            same_shape(g, ck.loads(ck.dumps(g)))
            # The standard pickle keeps them too, under every protocol that can pickle slotted
            # instances (2 and up, as in CPython).
            for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
                same_shape(g, pickle.loads(pickle.dumps(g, proto)))
            continue
        if kind == "R":
            data = bytes.fromhex(rest)
        elif kind == "S":
            data = seal(bytes.fromhex(rest))
        else:
            seed, pos, byte, cut, reseal = map(int, rest.split())
            b = bytearray(SEEDS[seed % len(SEEDS)])
            b[pos % len(b)] = byte
            data = bytes(b[: cut % (len(b) + 1)])
            if reseal % 2 and len(data) >= 24:
                data = seal(data[24:])
        try:
            ck.loads(data)
        except SystemError as e:
            print("SystemError on", data.hex(), e)
            sys.exit(1)
        except Exception:
            raised += 1
print("cases", cases, "raised", raised > 0)
