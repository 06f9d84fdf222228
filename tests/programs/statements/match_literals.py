# match with literal, capture, wildcard and value patterns.

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small int"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case 1 + 2j:
            return "complex literal"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case "con" "cat":
            return "concatenated"
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case _:
            return f"other: {v!r}"

for v in [0, 1, 3, -1, 1.5, 2j, 1 + 2j, "hello", b"bytes", "concat", True, False, None, 0.0, 4, "x", [], 1.0, 2.0]:
    print(repr(v), "->", describe(v))

# True/False/None match by identity, numbers by equality.
print(describe(1.0), describe(0.0), describe(True), describe(1))

# Capture patterns bind names; the wildcard does not.
match 42:
    case x:
        print("captured", x)
match "anything":
    case _:
        print("wildcard matched; '_' bound?", "_" in dir())

# Value patterns use dotted names and compare with ==.
class Color:
    RED = "red"
    GREEN = "green"
class Config:
    class Limits:
        MAX = 100
def color_name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Config.Limits.MAX:
            return "is max"
        case _:
            return "unknown"
print(color_name("red"), color_name("green"), color_name(100), color_name(100.0), color_name("blue"))

# Match subject is evaluated once.
def subject():
    print("  subject evaluated")
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("  three")

# No case matching leaves names unbound and does nothing.
match 99:
    case 1:
        unbound_name = 1
print("unbound_name" in dir())

# Negative numbers and complex literals.
for v in [-5, -2.5, -1 - 1j, 3 - 4j]:
    match v:
        case -5:
            print(v, "negative int literal")
        case -2.5:
            print(v, "negative float literal")
        case -1 - 1j:
            print(v, "negative complex")
        case 3 - 4j:
            print(v, "complex with subtraction")

# Literal patterns compare with ==, so subclasses and custom __eq__ participate.
class Weird:
    def __eq__(self, other):
        return other == "hello"
match Weird():
    case "hello":
        print("custom __eq__ matched a literal")
