"""Raytrace: a small recursive ray tracer — spheres on a checkered plane, two point lights
with shadows, Phong highlights and mirror reflections — rendering into an integer image.

Stresses: operator overloading (`__add__`, `__mul__`, ...) on a small vector class, heavy
allocation of short-lived objects, properties, polymorphic `intersect` methods, recursion,
float arithmetic and math.sqrt.
"""

import math
import sys

WIDTH = 300
HEIGHT = 225
MAX_DEPTH = 3
EPSILON = 1e-9


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def scale(self, other):
        """Component-wise product (used for colours)."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.7, specular=0.3, shininess=16, reflect=0.2):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, first, second, size, **options):
        super().__init__(first, **options)
        self.second = second
        self.size = size

    def color_at(self, point):
        cell = int(math.floor(point.x / self.size)) + int(math.floor(point.z / self.size))
        return self.color if cell % 2 == 0 else self.second


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of its origin, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_degrees) / 2.0)
        self.width = width
        self.height = height
        self.aspect = height / width

    def ray(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * self.half
        sy = (1.0 - 2.0 * (py + 0.5) / self.height) * self.half * self.aspect
        return Ray(self.eye, self.forward + self.right * sx + self.up * sy)


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2, 0.3, 0.5) * k + Vec(0.9, 0.9, 0.9) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.scale(self.ambient)
        lift = point + normal * 1e-6
        for light in self.lights:
            if self.shadowed(lift, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.scale(light.color) * (material.diffuse * lambert)
            highlight = to_light.reflect(normal).dot(ray.direction)
            if highlight > 0.0:
                power = 1.0
                for _ in range(material.shininess):
                    power *= highlight
                color = color + light.color * (material.specular * power)
        if depth < MAX_DEPTH and material.reflect > 0.0:
            mirrored = Ray(lift, ray.direction.reflect(normal))
            color = color + self.trace(mirrored, depth + 1) * material.reflect
        return color


def to_byte(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0 + 0.5)


def build_scene():
    objects = [
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
              Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 1.0, reflect=0.3)),
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Vec(0.8, 0.2, 0.2), reflect=0.4)),
        Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Vec(0.2, 0.8, 0.3), shininess=32)),
        Sphere(Vec(1.8, 0.5, 1.5), 0.5, Material(Vec(0.2, 0.3, 0.9), reflect=0.6)),
        Sphere(Vec(0.8, 2.4, -1.5), 0.6, Material(Vec(0.9, 0.8, 0.1), specular=0.6)),
    ]
    lights = [
        Light(Vec(-5.0, 8.0, 6.0), Vec(0.8, 0.8, 0.8)),
        Light(Vec(6.0, 5.0, 3.0), Vec(0.4, 0.35, 0.3)),
    ]
    return Scene(objects, lights, Vec(0.1, 0.1, 0.1))


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    factor = math.sqrt(scale)
    width = max(4, int(WIDTH * factor))
    height = max(3, int(HEIGHT * factor))
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.5, 7.0), Vec(0.0, 1.0, 0.0), Vec(0.0, 1.0, 0.0), 60.0,
                    width, height)
    checksum = 0
    totals = [0, 0, 0]
    for py in range(height):
        for px in range(width):
            color = scene.trace(camera.ray(px, py), 0)
            rgb = (to_byte(color.x), to_byte(color.y), to_byte(color.z))
            for i, channel in enumerate(rgb):
                totals[i] += channel
            checksum = (checksum * 257 + rgb[0] * 65536 + rgb[1] * 256 + rgb[2]) % 2147483647
    print(f"{width}x{height} checksum {checksum}")
    print("mean rgb " + " ".join(f"{t / (width * height):.4f}" for t in totals))


main()
