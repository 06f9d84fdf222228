"""Chaos game: an iterated function system of weighted affine maps, with a Bezier spline
that some steps are pulled towards, plotted as a histogram on a character canvas.

Stresses: small-object allocation (points), method calls, float arithmetic, a deterministic
pseudo-random generator written in Python, list-of-lists updates, string joining.
"""

import sys

STEPS = 700000
WIDTH = 64
HEIGHT = 32


class Lcg:
    """A 31-bit linear congruential generator, so the output is identical everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 2147483648.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def __call__(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Bezier:
    def __init__(self, controls):
        self.controls = controls

    def at(self, t):
        """De Casteljau's algorithm: repeated linear interpolation of the control polygon."""
        points = self.controls
        while len(points) > 1:
            points = [points[i].lerp(points[i + 1], t) for i in range(len(points) - 1)]
        return points[0]


class Canvas:
    def __init__(self, width, height, x0, y0, x1, y1):
        self.width = width
        self.height = height
        self.x0, self.y0 = x0, y0
        self.sx = width / (x1 - x0)
        self.sy = height / (y1 - y0)
        self.rows = [[0] * width for _ in range(height)]

    def plot(self, p):
        col = int((p.x - self.x0) * self.sx)
        row = int((p.y - self.y0) * self.sy)
        if 0 <= col < self.width and 0 <= row < self.height:
            self.rows[row][col] += 1

    def render(self):
        shades = " .:-=+*#%@"
        lines = []
        for row in reversed(self.rows):
            lines.append("".join(shades[min(9, count.bit_length() * 2 // 3)] for count in row))
        return lines


class ChaosGame:
    def __init__(self, maps, spline, rng):
        self.maps = maps
        self.spline = spline
        self.rng = rng
        total = sum(m.weight for m in maps)
        self.cumulative = []
        acc = 0.0
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)

    def pick(self):
        r = self.rng.random()
        for m, limit in zip(self.maps, self.cumulative):
            if r < limit:
                return m
        return self.maps[-1]

    def run(self, steps, canvas):
        p = Point(0.0, 0.0)
        bounds = [0.0, 0.0, 0.0, 0.0]
        for step in range(steps):
            p = self.pick()(p)
            if step % 5 == 0:
                p = p.lerp(self.spline.at(self.rng.random()), 0.25)
            if step > 20:
                canvas.plot(p)
                bounds[0] = min(bounds[0], p.x)
                bounds[1] = min(bounds[1], p.y)
                bounds[2] = max(bounds[2], p.x)
                bounds[3] = max(bounds[3], p.y)
        return bounds


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    steps = max(100, int(STEPS * scale))
    fern = [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 1),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 7),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 7),
    ]
    spline = Bezier([Point(-2.0, 0.5), Point(-1.0, 9.0), Point(1.5, 2.0), Point(2.5, 8.0)])
    game = ChaosGame(fern, spline, Lcg(20231125))
    canvas = Canvas(WIDTH, HEIGHT, -3.0, 0.0, 3.0, 10.0)
    bounds = game.run(steps, canvas)
    lines = canvas.render()
    checksum = 0
    for row in canvas.rows:
        for count in row:
            checksum = (checksum * 131 + count) % 1000000007
    lit = sum(1 for row in canvas.rows for count in row if count)
    print(f"lit cells {lit}, checksum {checksum}")
    print("bounds " + " ".join(f"{b:.6f}" for b in bounds))
    print(lines[HEIGHT // 2])


main()
