# Exact rational arithmetic and a matrix class with operator overloading (no imports).

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is NotImplemented else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is NotImplemented else Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is NotImplemented else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is NotImplemented else Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)

    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __gt__(self, o):
        o = Frac.of(o)
        return self.n * o.d > o.n * self.d

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [[Frac.of(v) for v in r] for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, o):
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        return Matrix([[sum((self.rows[i][k] * o.rows[k][j] for k in range(m)), Frac(0)) for j in range(p)]
                       for i in range(n)])

    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def det(self):
        n = self.shape[0]
        a = [r[:] for r in self.rows]
        det = Frac(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def inverse(self):
        n = self.shape[0]
        a = [r[:] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[pivot] = a[pivot], a[c]
            p = a[c][c]
            a[c] = [x / p for x in a[c]]
            for r in range(n):
                if r != c and a[r][c] != 0:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - 1, 2 * Frac(5, 6), Frac(7, -21), 1 / Frac(3, 5), -Frac(2, 4))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), 0, Frac(-1, 7)]), Frac(4, 2) == 2, {Frac(2, 1): "two"}[2])
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A.shape, B.shape, A @ B)
print(A.det(), A.inverse())
print(A @ A.inverse() == Matrix.identity(3), A.transpose().det() == A.det())
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], (F ** 90)[0, 1])
print(A + A == 2 * A, (A * Frac(1, 2))[0, 0])
for action in [lambda: A @ A.transpose() @ B @ B, lambda: A + B, lambda: Matrix([[1, 2], [2, 4]]).inverse(),
               lambda: Matrix([[1], [2, 3]]), lambda: Frac(1, 0)]:
    try:
        print(action())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(Matrix([[1, 2], [3, 4]]).det(), Matrix([[0, 1], [1, 0]]).det(), Matrix([[1, 2], [2, 4]]).det())
