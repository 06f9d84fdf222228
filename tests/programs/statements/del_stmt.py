# del: names, attributes, items, slices, and target lists; with their errors.

a = 1
del a
print("a" in globals())

b, c, d = 1, 2, 3
del b, c
print("b" in globals(), "c" in globals(), d)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
del lst[:]
print(lst)

dct = {"x": 1, "y": 2, "z": 3}
del dct["x"]
print(dct)
del dct["y"], dct["z"]
print(dct)

class Obj:
    cls_attr = "class"
o = Obj()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))

# Nested targets.
p, q = [1, 2], {"k": "v"}
del (p[0], q["k"])
print(p, q)
r = [[1, 2], [3, 4]]
del [r[0][0], r[1]]
print(r)

# del in functions makes the name local and unbound.
def f():
    v = 1
    del v
    return "v" in locals()
print(f())

# Errors.
def check(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (NameError, KeyError, IndexError, AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def d1():
    del undefined_global_name
def d2():
    x = {}
    del x["missing"]
def d3():
    x = []
    del x[0]
def d4():
    del Obj().nothing
def d5():
    x = (1, 2)
    del x[0]
def d6():
    x = "str"
    del x[0]
def d7():
    x = [1, 2, 3]
    del x[5:10]
    return x
def d8():
    x = {1, 2}
    del x[1]
def d9():
    del len
check("undefined global", d1)
check("missing key", d2)
check("empty list index", d3)
check("missing attribute", d4)
check("tuple item", d5)
check("string item", d6)
check("slice out of range", d7)
check("set item", d8)
check("builtin name", d9)

# del of a name that is deleted twice.
z = 1
del z
try:
    del z
except NameError as e:
    print("NameError", e)

# del of loop variables and exception variables.
for i in range(3):
    pass
del i
try:
    raise ValueError
except ValueError as err:
    del err
print("deleted inside handler is fine")

# Syntax errors.
for src in ["del 1", "del f()", "del a + b", "del (a, b) + c", "del *a", "del [a, *b]", "del"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
