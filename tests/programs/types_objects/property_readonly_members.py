# A property's fget/fset/fdel are read-only members; __doc__ stays writable.
p = property(len, None, None, "doc")
for attr in "fget", "fset", "fdel":
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print(attr, e)
    try:
        delattr(p, attr)
    except AttributeError as e:
        print(attr, e)
print(type(property.__dict__["fget"]).__name__, property.fget.__name__)
print(p.fget, p.fset, p.fdel)
p.__doc__ = "new"
print(p.__doc__)
try:
    property.fget.__get__(1)
except TypeError as e:
    print(e)
