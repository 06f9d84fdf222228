# Mapping patterns: key subsets, **rest, value patterns as keys, and what counts as a mapping.

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if not rest:
            return f"key {k} (no extras)"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": t}:
            return f"other event type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False}, {"type": "scroll", "dy": 3},
          {}, {"no type": 1}, [("type", "click")], "type", None]:
    print(handle(e))

# Extra keys are ignored unless **rest captures them; rest is a new dict.
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": 1, **rest}:
        print(rest, rest is original, type(rest).__name__)

# Keys can be literals or value patterns.
class Keys:
    NAME = "name"
match {"name": "ann", 1: "one", None: "none", (1, 2): "tuple"}:
    case {Keys.NAME: n, 1: o, None: nn, -5: _}:
        print("never")
    case {Keys.NAME: n, 1: o, None: nn}:
        print(n, o, nn)

# Mapping patterns use get-style lookup on the subject: __missing__ is not triggered.
class Default(dict):
    def __missing__(self, key):
        print("  __missing__ called for", key)
        return "default"
match Default(a=1):
    case {"b": value}:
        print("never")
    case {"a": value}:
        print("matched a =", value)

# A mapping subclass and a custom Mapping-like object.
class MyDict(dict):
    pass
match MyDict(x=1):
    case {"x": v}:
        print("dict subclass matched", v)
class NotMapping:
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return 1
match NotMapping():
    case {"x": v}:
        print("never")
    case _:
        print("object with keys/__getitem__ is not a Mapping")

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first_port, *other_ports]}, "debug": True}:
        print(host, first_port, other_ports)

# Duplicate keys are a syntax error; **_ is not allowed.
for src in ["match x:\n    case {'a': 1, 'a': 2}:\n        pass",
            "match x:\n    case {**_}:\n        pass",
            "match x:\n    case {**rest, 'a': 1}:\n        pass",
            "match x:\n    case {a: 1}:\n        pass",
            "match x:\n    case {f(): 1}:\n        pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# Duplicate keys that come from value patterns make the pattern fail to match.
class K:
    A = "same"
    B = "same"
try:
    match {"same": 1}:
        case {K.A: 1, K.B: 1}:
            print("matched")
        case _:
            print("no match")
except ValueError as e:
    print("ValueError", e)
