# list comparison re-reads both lists after each element's __eq__ (which may change them), and
# the current sizes decide once either runs out (CPython's list_richcompare).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)


class Grow:
    def __eq__(self, other):
        a.append(5)
        return True


a = [Grow(), 1]
b = [0, 1]
print(a == b, a < b, a > b, len(a))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [] == [])
print(tuple.__itemsize__, int.__itemsize__, bool.__itemsize__,
      bytes.__itemsize__, type.__itemsize__, list.__itemsize__, object.__itemsize__)


class T(tuple):
    pass


t = T((1,))
s = (1, 2)
e = ()
print(s * 1 is s, e * 3 is e, t * 1 is t, type(t * 1).__name__, T.__itemsize__)
lst = [0]
try:
    lst * ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
