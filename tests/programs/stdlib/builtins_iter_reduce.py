import copy, pickle
it=iter(range(2,20,3)); next(it); next(it); print(it.__reduce__())
it2 = copy.deepcopy(it); print(list(it2))
it=iter(range(2,5)); list(it); print(it.__reduce__())
it=iter(range(2**70, 2**70+5)); next(it); print(it.__reduce__())
it=iter([1,2,3]); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it=iter((1,2,3)); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it=iter('abcé'); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it=iter(b'abc'); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it=reversed([1,2,3]); next(it); print(it.__reduce__()); list(it); print(it.__reduce__())
it=iter({1:2,3:4}); next(it); print(it.__reduce__())
it=iter({1:2,3:4}.items()); next(it); print(it.__reduce__())
it=iter({1,2}); next(it); print(it.__reduce__())
it=enumerate('ab', 5); next(it); print(pickle.loads(pickle.dumps(it)).__next__())
print(list(copy.copy(zip('ab', 'cd'))), zip('a','b',strict=True).__reduce__()[2])
print(list(copy.deepcopy(map(abs, [-1, -2]))), list(copy.copy(filter(None, [0, 1, 2]))))
class S:
    def __getitem__(s,i):
        if i>2: raise IndexError
        return i
    def __len__(s): return 3
it=iter(S()); next(it); print(it.__reduce__()[2]); list(it); print(it.__reduce__())
r=reversed(S()); next(r); print(r.__reduce__()[2]); r.__setstate__(10); print(list(r)); print(r.__reduce__())
it=iter(range(1,10)); it.__setstate__(3); print(list(it))
it=iter('abc'); it.__setstate__(-3); print(list(it))
it=iter('abcdé'); it.__setstate__(2); print(list(it))
it=iter((1,2,3)); it.__setstate__(2); print(list(it))
it=reversed([1,2,3]); it.__setstate__(0); print(list(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(range(-3, 30, 4)); next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
