"""Float: build many small point objects from trigonometric values, normalise them and
reduce them to a component-wise maximum.

Stresses: object allocation and deallocation, `__slots__`-free instances with three float
attributes, method calls, math.sin/math.cos/math.sqrt, float arithmetic.
"""

import math
import sys

POINTS = 100000
ROUNDS = 20


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for point in points[1:]:
        best.maximize(point)
    return best


def run(count, offset):
    """Returns the maximum point and the sum of all normalised x coordinates."""
    points = [Point(i + offset) for i in range(count)]
    total = 0.0
    for point in points:
        point.normalize()
        total += point.x
    return maximize(points), total


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    count = max(2, int(POINTS * scale))
    grand_total = 0.0
    for offset in range(ROUNDS):
        best, total = run(count, offset * 7)
        grand_total += total
    print(best)
    print(f"{grand_total:.6f}")


main()
