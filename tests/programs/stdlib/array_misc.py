# array: MutableSequence registration, reversed, weak references, invalid u items, iterator pickling.
import array, collections.abc, weakref, pickle
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: isinstance(array.array("B"), collections.abc.MutableSequence))
t(lambda: isinstance(array.array("B"), collections.abc.Reversible))
t(lambda: list(reversed(array.array('i', [1, 2, 3]))))
s = array.array('i', [1])
t(lambda: weakref.proxy(s).tobytes())
t(lambda: weakref.ref(s)() is s)
def setfoo():
    array.array.foo = 1


t(setfoo)
a = array.array('u', b'\xff\xff\xff\xff')
t(lambda: a.tounicode())
t(lambda: str(a))
t(lambda: a[0])
t(lambda: list(a))
t(lambda: a.tolist())
t(lambda: array.array('u', b'\x00\xd8\x00\x00').tounicode())
t(lambda: type(iter(s))())
it = iter(array.array('i', [1,2,3]))
t(lambda: it.__reduce__())
next(it); next(it); next(it)
t(lambda: it.__reduce__())
t(lambda: list(pickle.loads(pickle.dumps(it))))
t(lambda: array.array.__iter__(s).__setstate__(-1))
