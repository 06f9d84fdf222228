# Builtin types that carry native state and have no __new__ of their own cannot be called.
d = {1: 2}
kinds = [type(d.keys()), type(d.values()), type(d.items()), type(iter([])), type(iter(())),
         type(reversed(d)), type(iter(d)), type(iter(d.items())), type(iter(range(3))),
         type(iter('ab')), type(iter({1})), type(reversed([])), type(len), type([].append)]
for t in kinds:
    try:
        t()
    except TypeError as e:
        print(e)
print(type(object()).__name__, type(type('X', (), {})()).__name__)
