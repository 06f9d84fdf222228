# Triple-quoted strings: newlines kept, embedded quotes, continuation, raw forms.

a = """first line
second "quoted" line
third 'single' line"""
print(a)
print(repr(a), a.count("\n"))

b = '''it's
"fine"'''
print(repr(b))

c = """\
no leading newline\
 and joined
end"""
print(repr(c))

d = """ends with quote\""""
print(repr(d))

e = """""" + '''''' + """ "" """
print(repr(e))

f = """a""" """b""" '''c'''
print(f)

g = r"""raw \n stays
and \t too"""
print(repr(g))

def func():
    """Docstring of func.

    Indented body lines keep their indentation in the raw literal.
    """
    return 1

print(repr(func.__doc__))

h = """tabs\tand\\backslashes\x41\u00e9"""
print(repr(h))

i = f"""{1 + 1}
{'nested'!r}
{"inner" if False else 'x'}"""
print(repr(i))

j = """
"""
print(repr(j), len(j))

k = """\r\n inside escapes are just characters"""
print(repr(k))

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
    else:
        print(repr(src), "->", repr(value))

for src in ['"""abc', "'''abc\ndef", '"""a""""', '"""a"""""', '"abc\ndef"', "'abc"]:
    check(src)
