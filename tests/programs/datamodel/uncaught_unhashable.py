# A program that dies with an uncaught TypeError from the data model.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

points = [Point(1, 2), Point(1, 2), Point(3, 4)]
print("equal:", points[0] == points[1])
print("unique count attempt:")
unique = set(points)
print("never printed", len(unique))
