# range() beyond machine words: lengths, indexing, membership and overflow errors
import sys

big = range(2**100)
print(big[-1] == 2**100 - 1, big[2**99], big[-(2**99)] == 2**99, 2**99 in big, 2**100 in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big.index(2**90) == 2**90, big.count(2**95), big[::2**98], big[2**99:][:3])
print(bool(big), big == range(0, 2**100), big.stop == 2**100)

r = range(-(10**30), 10**30, 10**29)
print(len(r), r[0], r[-1], r[5], 0 in r, 10**29 + 1 in r, r.index(-(10**29)))
print(list(r[::5]), r[::-1][0])

r = range(sys.maxsize - 2, sys.maxsize + 3)
print(len(r), list(r), sys.maxsize + 1 in r, r[-1] - sys.maxsize)
r = range(-sys.maxsize - 5, -sys.maxsize)
print(len(r), r[0] + sys.maxsize, list(r)[-1] + sys.maxsize)
r = range(0, sys.maxsize, 2**62)
print(len(r), list(r))
print(len(range(sys.maxsize)) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(range(-sys.maxsize - 1, sys.maxsize))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(-sys.maxsize - 1, sys.maxsize)[sys.maxsize] == -1)

r = range(10**20, 10**20 + 50, 7)
print(list(r), len(r), r.index(10**20 + 14), 10**20 + 15 in r)
try:
    r.index(10**20 + 1)
except ValueError as e:
    print(type(e).__name__, e)
it = iter(range(2**64 - 1, 2**64 + 2))
print(list(it))
it = iter(range(2**64, 0, -(2**63)))
print(list(it))
print(list(reversed(range(10**18, 10**18 + 3))), list(reversed(range(2**65, 2**65 + 2))))
print(range(2**64)[2**63:2**63 + 3], range(0, 2**70, 2**68)[1:])
try:
    range(2**64)[2**64]
except IndexError as e:
    print(type(e).__name__, e)
print(hash(range(2**80)) == hash(range(0, 2**80, 1)), range(5, 2**70, 2**71) == range(5, 6))
print(sum(range(10**6)), list(range(2**64 + 10, 2**64, -3)))
print(range(-(2**64), 0, 2**63), len(range(-(2**64), 0, 2**63)))
for i, v in enumerate(range(2**80, 2**80 + 3)):
    print(i, v - 2**80)
print(max(range(2**70, 2**70 + 5)) - 2**70, min(range(-(2**70), 0, 2**68)) + 2**70)
print(range(0, 10**50, 3).count(10**49 + 2), range(0, 10**50, 3).count(10**49))
print(10**50 - 1 in range(10**50), 10**50 in range(10**50), -1 in range(10**50))
