# str.format_map with dict subclasses (__missing__), custom mappings, and vs. format(**kw)


class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} is {age}".format_map(Default(name="Ann")), "{a}{b}{c}".format_map(Default(b=2)))
print("{x[0]}".format_map({"x": "seq"}), "{x[1]}".format_map({"x": ["a", "b"]}))


class Upper:
    def __getitem__(self, key):
        return key.upper()


print("{hello} {world}".format_map(Upper()), "{a.__class__}".format_map({"a": 1}), "{a[b]}".format_map({"a": {"b": "deep"}}))
calls = []


class Tracking(dict):
    def __getitem__(self, key):
        calls.append(key)
        return dict.__getitem__(self, key)


print("{x} {y} {x}".format_map(Tracking(x=1, y=2)), calls)
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({"0": "zero"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(Default())
except KeyError as e:
    print(type(e).__name__, e)
print("{x}".format(**Default(x=1)), "{x}".format_map(Default(x=1)))
try:
    "{y}".format(**Default(x=1))
except KeyError as e:
    print("format(**d) does not use __missing__:", type(e).__name__, e)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + key)


try:
    "{q}".format_map(Raising())
except LookupError as e:
    print(type(e).__name__, e)
template = "{greeting}, {name}! You have {count:>3} new {what}."
print(template.format_map(Default(greeting="Hi", name="Bo", count=5)))
print(template.format_map({"greeting": "Yo", "name": "Al", "count": 12, "what": "messages"}))
vars_ns = {"a": 1.23456, "b": [10, 20]}
print("{a:.2f} {b[1]} {b!r:>12}".format_map(vars_ns))


class Chain:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)


print("{a} {b} {c}".format_map(Chain({"a": 1}, {"b": 2, "a": "shadowed"}, {"c": 3})))
try:
    "{z}".format_map(Chain({}))
except KeyError as e:
    print(type(e).__name__, e)
