# subclassing dict and list: which overridden methods the builtins actually call


class LoudDict(dict):
    def __setitem__(self, key, value):
        print("  __setitem__", key, value)
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)

    def __getitem__(self, key):
        print("  __getitem__", key)
        return super().__getitem__(key)


d = LoudDict(a="x")
print(dict(d))
d["b"] = "y"
d.update(c="z")
d.setdefault("e", "w")
print(d, d.get("a"), d["a"])
print(dict(d), {**d}, list(d.items()))


class CountingList(list):
    def append(self, item):
        print("  append", item)
        super().append(item)

    def __len__(self):
        return super().__len__() * 100


cl = CountingList([1])
cl.append(2)
cl.extend([3])
cl += [4]
print(cl, len(cl), bool(cl), list(cl), cl[0], cl[1:], type(cl[1:]).__name__, type(cl + [5]).__name__)


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def keys(self):
        return sorted(super().keys())


o = Ordered(b=1, a=2, c=0)
print(list(o), o.keys(), list(o.items()), dict(o), [k for k in o])


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, hasattr(ad, "zz"), getattr(ad, "zz", "default"))
try:
    ad.missing
except AttributeError as e:
    print(type(e).__name__, e)


class DefaultList(list):
    def __getitem__(self, index):
        try:
            return super().__getitem__(index)
        except IndexError:
            return "default"


dl = DefaultList("ab")
print(dl[0], dl[5], dl[-9], list(dl), [x for x in dl], dl[0:5])


class Sub(dict):
    pass


s = Sub({"k": 1})
print(type(s.copy()).__name__, type(s | {}).__name__, type({} | s).__name__, type(Sub.fromkeys("ab")).__name__, s == {"k": 1})
print(isinstance(s, dict), issubclass(Sub, dict), Sub.__mro__, repr(s), str(CountingList()))
