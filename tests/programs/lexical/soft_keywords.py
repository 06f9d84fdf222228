# match, case and _ are soft keywords: ordinary names except where a match statement starts.

match = [1, 2, 3]
case = "case value"
_ = "underscore"
print(match, case, _)

def match_fn(match, case=None):
    return (match, case)

print(match_fn(match=1, case=2))

class Obj:
    match = "attr"
    case = "attr2"
    def type(self):
        return "type method"

o = Obj()
print(o.match, o.case, o.type())

match (match):
    case [1, *rest]:
        print("matched list, rest", rest)
    case _:
        print("no")

match case:
    case "case value":
        print("the name 'case' matched")

match = {"match": "case"}
match match:
    case {"match": case}:
        print("captured", case)

def match(x):
    return x * 2
print(match(21))
match(3)
print(match (4))

match -1:
    case -1:
        print("negative literal")

print([match for match in range(3)])
type = "type is not a keyword in 3.11"
print(type)
del type

def check(src):
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except NameError as e:
        print(repr(src), "->", type(e).__name__, e)
    else:
        print(repr(src), "->", {k: v for k, v in ns.items() if k != "__builtins__"})

for src in [
    "match = 1",
    "case = 2",
    "match.x = 3" ,
    "match[0] = 1",
    "match x:\n    case 1: pass\n",
    "x = 1\nmatch x:\n    case 1: r = 'one'\n",
    "x = 1\nmatch x, x:\n    case 1, y: r = y\n",
    "True = 1",
    "None = 1",
    "def f(True): pass",
    "class = 1",
    "import = 1",
    "x.True = 1",
    "async = 1",
    "await = 1",
    "print = 1\nr = print",
    "__debug__ = 1",
    "lambda = 1",
]:
    check(src)
