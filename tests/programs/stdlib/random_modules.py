# Modules built on random: statistics (sampling with seeds), tempfile (random names).
import fractions
import os
import random
import statistics
import tempfile
from decimal import Decimal as D

F = fractions.Fraction
data = [2.5, 3.25, 5.5, 1.0, 7.75, 3.25]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.stdev(data), statistics.pvariance(data), statistics.fmean(data))
print(statistics.mean([F(1, 3), F(2, 3)]), statistics.mean([D('1.1'), D('2.2')]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.quantiles(range(1, 11), n=4), statistics.harmonic_mean([1, 2, 4]))
nd = statistics.NormalDist(10, 2)
print(nd.cdf(12), nd.inv_cdf(0.9), nd.samples(3, seed=42))

random.seed(99)
sample = [random.gauss(10, 3) for _ in range(50)]
print(statistics.mean(sample), statistics.median(sample), statistics.stdev(sample))
print(statistics.NormalDist.from_samples(sample).mean)

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('tmp'))
    with tempfile.NamedTemporaryFile(dir=d, suffix='.txt') as f:
        f.write(b'hi')
        f.flush()
        print(os.path.getsize(f.name), f.name.endswith('.txt'))
    fd, path = tempfile.mkstemp(dir=d, prefix='x')
    os.close(fd)
    print(os.path.basename(path).startswith('x'), len(os.path.basename(path)))
print(os.path.isdir(d))
names = tempfile._RandomNameSequence()
print(len(next(names)), set(next(names)) <= set('abcdefghijklmnopqrstuvwxyz0123456789_'))
print(0 <= random.SystemRandom().random() < 1, random.SystemRandom().getrandbits(10) < 1024)
