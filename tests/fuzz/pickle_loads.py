"""Feeds the cases listed in the file named by argv[1] to _pickle. Each line is `R <hex>`
(arbitrary bytes, given to _pickle.loads), `M <seed> <pos> <byte> <cut>` (a valid pickle of
protocol `seed % 6` with the byte at `pos` replaced and the tail from `cut` dropped, loaded by an
unpickler that only finds a few harmless globals) or `T <literal>` (an object that must round-trip
under every protocol). Every load must return or raise an Exception other than SystemError."""
import _pickle
import collections
import io
import sys

SAFE = {('builtins', n) for n in ('set', 'frozenset', 'bytearray', 'complex', 'list', 'dict')}
SAFE |= {('__builtin__', n) for n in ('set', 'frozenset', 'bytearray', 'complex')}
SAFE |= {('collections', 'OrderedDict'), ('_codecs', 'encode'), ('copyreg', '_reconstructor')}


class Restricted(_pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in SAFE:
            return super().find_class(module, name)
        raise _pickle.UnpicklingError(f"global {module}.{name} is forbidden")


OBJ = {"a": [1, -2, 3.5, 2**80, None, True], "b": ("x", b"y", bytearray(b"z")),
       "c": {1, 2}, "d": frozenset([3]), "e": collections.OrderedDict(k=1),
       "f": complex(1, 2), "g": "\u20ac\udc80", "h": [[]] * 3}
SEEDS = [_pickle.dumps(OBJ, p) for p in range(6)]

raised = 0
cases = 0
with open(sys.argv[1]) as f:
    for line in f:
        parts = line.split(maxsplit=1)
        if parts[0] == 'T':
            # A round trip: the object must come back equal under every protocol.
            obj = eval(parts[1])
            for proto in range(6):
                back = _pickle.loads(_pickle.dumps(obj, proto))
                if back != obj or type(back) is not type(obj):
                    print("round trip of", parts[1], "protocol", proto, "gave", repr(back))
                    sys.exit(1)
            cases += 1
            continue
        parts = line.split()
        if parts[0] == 'R':
            data = bytes.fromhex(parts[1]) if len(parts) > 1 else b''
            load = _pickle.loads
        else:
            seed, pos, byte, cut = map(int, parts[1:])
            b = bytearray(SEEDS[seed % len(SEEDS)])
            b[pos % len(b)] = byte
            data = bytes(b[:cut % (len(b) + 1)])
            load = lambda d: Restricted(io.BytesIO(d)).load()
        cases += 1
        try:
            load(data)
        except SystemError as e:
            print("SystemError on", data, e)
            sys.exit(1)
        except Exception:
            raised += 1
print("cases", cases, "raised", raised > 0)
