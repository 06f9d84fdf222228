# every list method with edge cases and error messages

lst = [3, 1, 2]
lst.append(4)
lst.append([5])
print(lst, len(lst))
lst.extend([6, 7])
lst.extend("ab")
lst.extend(range(2))
lst.extend(())
print(lst)
lst.insert(0, "first")
lst.insert(-1, "before-last")
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(2), lst)
lst.remove("a")
print(lst, lst.index(2), lst.index(7, 3), lst.index(1, -6), lst.count(1), lst.count("zz"))
lst.reverse()
print(lst)
c = lst.copy()
c.append("only in copy")
lst.clear()
print(lst, c, len(c))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums, nums.index(5), nums.count(5))
nums.sort(reverse=True)
print(nums)
words = ["Banana", "apple", "Cherry"]
words.sort(key=str.lower)
print(words, words.sort() is None, words)
errors = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1].pop("0"),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: [1, 2].index(1, 1),
    lambda: [].index(0),
    lambda: [1].insert("0", 1),
    lambda: [1].insert(0),
    lambda: [1].append(1, 2),
    lambda: [1].extend(5),
    lambda: [1].extend(None),
    lambda: [1, "a"].sort(),
    lambda: [1].sort(key=1),
    lambda: [1].sort(reverse="yes"),
    lambda: [1].sort(lambda x: x),
    lambda: [1].count(),
    lambda: [1].copy(1),
    lambda: [1].clear(1),
    lambda: list.append(5, 1),
    lambda: [1, 2].index(2, "x"),
]
for fn in errors:
    try:
        print(fn())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
nan = float("nan")
items = [nan, 1, nan]
print(items.count(nan), items.index(nan), nan in items, [float("nan")].count(nan))


class Eq:
    def __eq__(self, other):
        return True


print([1, 2, 3].index(Eq()), [1, 2].count(Eq()), Eq() in [5], [Eq()].remove(5) is None)
big = list(range(10))
print(big.index(9, -1), big.index(0, -100, 100), big[2:5].index(3))
selfref = [1]
selfref.extend(selfref)
selfref.append(selfref)
print(selfref, len(selfref), selfref[2] is selfref)
x = [1, 2]
x.extend(x)
x += x
print(x)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        stack.pop()
print(stack == [], list.__name__, sorted(n for n in dir(list) if not n.startswith("_")))
