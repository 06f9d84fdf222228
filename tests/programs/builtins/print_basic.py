# print: sep, end, file, flush and their error messages
import sys

print()
print("a")
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep="--")
print("a", "b", sep=None)
print("x", end="")
print("y", end=None)
print("z", end="!\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": 4}, sep="|")
print("no newline", end=" ")
print("then newline")
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("to None", file=None)
print(*range(5))
print(*range(5), sep=", ", end=".\n")
print(*[])
print("", "", sep="x")


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


sink = Sink()
print("hello", "world", file=sink)
print(1, 2, 3, sep="+", end="=6\n", file=sink)
print(file=sink)
print(sink.parts)


class Custom:
    def __str__(self):
        return "custom-str"

    def __repr__(self):
        return "custom-repr"


print(Custom())
print([Custom()])
print(str(Custom()), repr(Custom()))

for kwargs in [{"sep": 5}, {"end": 3}, {"file": 42}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return 7


try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Boom:
    def __str__(self):
        raise ValueError("boom in __str__")


try:
    print("before", Boom())
except ValueError as e:
    print()
    print(type(e).__name__, e)

print("unicode: \u00e9\u4e2d\U0001f600")
print("tab\tand\\backslash")
print(sys.stdout.write("written\n"))
