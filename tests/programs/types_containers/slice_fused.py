# Slicing and slice assignment of lists and tuples with int/None bounds (the fused BuildSlice paths)
# against subclasses, other iterables, finalisers and errors.
a = list(range(10)); t = tuple(a)
print(a[2:5], a[::-1], a[-3:], a[:-3], a[1:9:3], a[9:1:-2], a[100:], a[-100:2], a[:], t[:], t[:] is t, t[1:3])
print(a[None:4], a[True:3])
class L(list): pass
l = L(a); print(type(l[1:3]), l[1:3])
try: a[::0]
except ValueError as e: print(e)
print("abc"[1:], b"abc"[::-1], a[2**70:], a[1.0:2] if False else 0)
try: a[1.5:2]
except TypeError as e: print(e)
a = list(range(10))
a[2:5] = [7, 8]; print(a)
a[:] = a; print(a)
a[::2] = a[1::2] + [0]; print(a)
a[::-1] = tuple(a); print(a)
a[5:1] = [0]; print(a)
a[-2:] = (); print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
a[1:3] = "xy"; print(a)
a[0:2] = range(3); print(a)
class L(list): pass
b = L([1, 2, 3]); b[0:1] = [9, 9]; print(b)
c = [1, 2, 3]; c[1:2] = L([5, 6]); print(c)
try:
    c[::0] = []
except ValueError as e:
    print(e)
class D:
    def __del__(self): print("del", len(lst))
lst = [D(), 1]
lst[0:1] = [2]
print(lst)
