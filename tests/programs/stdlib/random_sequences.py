# The random module draws CPython's exact sequences for a given seed.
import random

random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)], random.randrange(10**30))
print(random.choice('abcdefg'), random.choice(range(1000)))
print(random.choices(range(10), k=5))
print(random.choices('abc', weights=[1, 5, 10], k=6))
print(random.choices('xyz', cum_weights=[1, 2, 30], k=4))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 8))
print(random.sample(['a', 'b', 'c', 'd'], 4, counts=[1, 2, 3, 4])[:4])
print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))
print(random.normalvariate(5, 2), random.expovariate(1.5))
print(random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 2))
print(random.betavariate(2, 3), random.gammavariate(2, 1), random.gammavariate(0.5, 2))
print(random.vonmisesvariate(1, 2), random.paretovariate(2))
print(random.weibullvariate(1, 2), random.lognormvariate(0, 1))
print(random.randbytes(12))

for k in range(1, 201):
    random.seed(k)
    v = random.getrandbits(k)
    assert 0 <= v < 2**k
    if k in (1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 199, 200):
        print(k, v)
random.seed(0)
print([random.getrandbits(k) for k in range(0, 70, 3)])
print(random.getrandbits(1000))

for seed in (0, 1, -1, 2, 2**31, 2**32 - 1, 2**32, 2**63, 2**100 + 7, -(2**64), True, False,
             3.5, -0.25, 1e300, 10**50):
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)])

r = random.Random(2024)
print(r.randint(-5, 5), r.random(), r.getrandbits(77))
r2 = random.Random()
r2.seed(2024)
print(r2.randint(-5, 5), r2.random(), r2.getrandbits(77))
r.seed()
print(0 <= r.random() < 1)
