# Builtin static and class methods of builtin types pickle by their type under every protocol;
# the descriptors in the types' dicts (a staticmethod, a classmethod_descriptor) do not.
import copy
import pickle

for m in (str.maketrans, bytes.maketrans, bytearray.maketrans, dict.fromkeys, "x".maketrans,
          bytearray().maketrans, int.from_bytes):
    print(m.__self__, m.__name__, m.__qualname__, m.__module__, m.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for dumps in (pickle.dumps, pickle._dumps):
            u = pickle.loads(dumps(m, proto))
            assert u == m, (u, m)
print(str.maketrans("ab", "cd"), bytearray.maketrans(b"a", b"b")[97:99], dict.fromkeys("ab"))

for d in (str.__dict__["maketrans"], bytes.__dict__["maketrans"], bytearray.__dict__["maketrans"],
          dict.__dict__["fromkeys"], int.__dict__["from_bytes"], float.__dict__["fromhex"]):
    print(type(d).__name__, "__reduce__" in type(d).__dict__)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for dumps in (pickle.dumps, pickle._dumps):
            try:
                dumps(d, proto)
            except TypeError as e:
                msg = str(e)
            else:
                msg = "pickled"
        print(" ", proto, msg)
    try:
        d.__reduce_ex__(2)
    except TypeError as e:
        print(" ", e)

sm = str.__dict__["maketrans"]
print(sm.__func__ is str.maketrans, sm.__wrapped__ is str.maketrans, sm.__isabstractmethod__)
print(sm.__get__(None, str) is str.maketrans, sm.__get__("x") is str.maketrans, vars(sm))
print(repr(sm).startswith("<staticmethod(<built-in method maketrans of type object at "))
try:
    sm.__name__
except AttributeError as e:
    print(e)
print(copy.copy(str.maketrans) is str.maketrans, copy.deepcopy(bytes.maketrans) is bytes.maketrans)
print(str.maketrans == str.maketrans, str.maketrans == bytes.maketrans)


class S(str):
    pass


print(S.maketrans is str.maketrans, S.maketrans.__reduce__(), S().maketrans("a", "b"))
print(pickle.loads(pickle.dumps(S.maketrans)) is str.maketrans)
