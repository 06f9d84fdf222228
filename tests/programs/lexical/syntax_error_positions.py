# SyntaxError attributes for lexical errors: msg, lineno, offset, end positions, text.

def check(src):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset, e.end_lineno,
              e.end_offset, "|", repr(e.text), "|", e.filename)
    else:
        print(repr(src), "compiled")

check("x = 'abc\n")
check("x = 1\ny = \"abc\n")
check("x = '''abc\ndef\n")
check("x = (1,\n2,\n")
check("x = [1, 2)\n")
check("x = 1)\n")
check("x = }\n")
check("foo(a, b\n")
check("x = 0b102\n")
check("x = 0o79\n")
check("x = 09\n")
check("x = 1_\n")
check("x = 1__2\n")
check("x = 5a\n")
check("x = $\n")
check("x = 1 \\ 2\n")
check("\tif x:\n")
check("if x:\n  a\n b\n")
check("x = 'a' b'c'\n")
check("x = f'{'\n")
check("x = f'{}'\n")
check("x = '\\N{nope}'\n")
check("x = 1 +\n")
check("def f(:\n")
check("x = a€\n")
check("x = (\n    1,\n    2\n")
check("x = 'tab\there\n")

e = SyntaxError("custom message", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
print(str(SyntaxError("only msg")), SyntaxError("only msg").lineno)
print(str(SyntaxError("m", ("f.py", 1, 2, "t", 1, 3))))
print(str(SyntaxError("m", (None, 7, None, None, None, None))))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
