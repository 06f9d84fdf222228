# Arbitrary-precision integer work: factorials, Fibonacci, digit sums, Collatz, primes, pi.

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

f100 = factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], str(f100).count("0"))
print(factorial(25), factorial(0), factorial(1))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), len(str(fib(1000))), fib(1000) % 10 ** 10)

# First Fibonacci number with 100 digits.
a, b, idx = 0, 1, 0
while len(str(a)) < 100:
    a, b, idx = b, a + b, idx + 1
print("first 100-digit Fibonacci index:", idx)

def collatz_length(n, cache={1: 1}):
    chain = []
    while n not in cache:
        chain.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(chain):
        length += 1
        cache[m] = length
    return cache[chain[0]] if chain else length
best = max(range(1, 30000), key=collatz_length)
print("longest Collatz chain below 30000:", best, collatz_length(best))
print("Collatz of a huge number:", collatz_length(2 ** 100 + 1))

def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
    return [i for i, v in enumerate(sieve) if v]
ps = primes_below(10000)
print(len(ps), ps[:10], ps[-3:], sum(ps))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
mersenne = [p for p in range(2, 130) if is_probable_prime(2 ** p - 1)]
print("Mersenne exponents below 130:", mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 18 + 9))

# Digits of pi with a spigot on big integers (Machin's formula).
def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total, term, n, sign = 0, scale // x, 1, 1
    while term:
        total += sign * (term // n)
        term //= x * x
        n += 2
        sign = -sign
    return total
def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return str(pi // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:61])
print(p[-20:])

# Powers, roots and conversions of huge numbers.
n = 3 ** 1000
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
r = isqrt(n)
print(len(str(n)), r * r <= n < (r + 1) ** 2, n.bit_length(), hex(n)[:12], int(str(n)) == n)
print(divmod(10 ** 50 + 12345, 10 ** 25 - 1), (-(10 ** 40)) // 7, (-(10 ** 40)) % 7)
