# Record classes built with descriptors and a metaclass: typed fields, defaults, validation,
# generated __init__/__repr__/__eq__, ordering, and grouping reports.

class Field:
    def __init__(self, kind, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValueError(f"invalid value for {self.name}: {value!r}")
        obj.__dict__[self.name] = value

class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = []
        for base in reversed(cls.__mro__):
            fields += [k for k, v in vars(base).items() if isinstance(v, Field) and k not in fields]
        cls._fields = tuple(fields)
        return cls

class Record(metaclass=RecordMeta):
    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} positional arguments")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        for name in self._fields:
            field = vars(type(self)).get(name) or next(vars(b)[name] for b in type(self).__mro__ if name in vars(b))
            if name in values:
                setattr(self, name, values[name])
            elif field.default is None:
                raise TypeError(f"missing field {name!r}")

    def astuple(self):
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

class Item(Record):
    sku = Field(str, check=lambda s: s.isalnum())
    name = Field(str)
    price_cents = Field(int, check=lambda p: p >= 0)
    quantity = Field(int, default=0)

class Perishable(Item):
    days_left = Field(int, default=7)

stock = [
    Item("A1", "hammer", 1299, 10),
    Item("B2", "nails", 499, quantity=500),
    Perishable("C3", "milk", 129, 20, days_left=3),
    Perishable("C4", "bread", 249, 0),
    Item(sku="D5", name="saw", price_cents=2599),
]
for item in stock:
    print(item)
print(Item._fields, Perishable._fields)

print("sorted:", [i.sku for i in sorted(stock)])
print("by price:", [i.name for i in sorted(stock, key=lambda i: -i.price_cents)])
print("out of stock:", [i.name for i in stock if i.quantity == 0])
value = sum(i.price_cents * i.quantity for i in stock)
print(f"inventory value: ${value // 100}.{value % 100:02d}")
groups = {}
for i in stock:
    groups.setdefault(type(i).__name__, []).append(i.name)
print(groups)
print(Item("A1", "hammer", 1299, 10) == stock[0], stock[0] == stock[1], len({*stock, Item("A1", "hammer", 1299, 10)}))

for args, kwargs in [(("bad sku!", "n", 1), {}), (("X", "ok", -5), {}), (("X", "ok", 1.5), {}),
                     (("X",), {}), (("X", "n", 1), {"colour": "red"}), (("X", "n", 1), {"sku": "Y"}),
                     (("X", "n", 1, 2, 3), {})]:
    try:
        print(Item(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

stock[0].quantity -= 3
print(stock[0].quantity, vars(stock[0]))
try:
    stock[0].price_cents = "free"
except TypeError as e:
    print("TypeError:", e)
print(type(Item.sku).__name__, Item.sku.name)
