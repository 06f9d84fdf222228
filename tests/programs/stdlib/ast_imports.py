# The modules that import ast (directly or through inspect): inspect, dataclasses, pprint, unittest.
import ast
import dataclasses
import inspect
import pprint
import unittest


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


p = Point(1, 2)
print(p, p < Point(2), dataclasses.asdict(p), dataclasses.fields(p)[0].name)
print(dataclasses.replace(p, y=5))


def f(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Docstring."""
    return ""


sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation)
print(sig.bind(1, c=3).arguments)
print(inspect.signature(Point), inspect.getdoc(f), inspect.isfunction(f))
print(ast.get_docstring(ast.parse('"""Module doc."""\nx = 1')))
pprint.pprint({"points": [dataclasses.asdict(Point(i, i)) for i in range(3)], "n": list(range(25))})


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(Point(1).y, 0)

    def test_raises(self):
        with self.assertRaises(TypeError):
            Point()


result = unittest.TextTestRunner(stream=open("/dev/null", "w"), verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T)
)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
