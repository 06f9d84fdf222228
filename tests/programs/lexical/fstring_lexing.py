# f-strings as tokens: braces, nested quotes, format specs, conversions, '=' and errors.

x, y, name = 10, 3.14159, "weft"
print(f"{x} {y} {name}")
print(f"{{literal}} {{{x}}} }}{{")
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f"{y:.2f} {x:>5} {x:<5}| {x:^7}| {x:05d} {x:#x} {x:,} {10**7:_}")
width, prec = 10, 3
print(f"[{y:{width}.{prec}f}] [{y:{'>'}{width}}] [{name:{'*'}^{width}}]")
print(f"{x=} {y = :.1f} {name=!s} {x + 1=}")
print(f"{'nested ' + f'{x}' + ' inner'}")
print(f"{[1, 2, 3][1]} { {'a': 1}['a'] if False else 0} {(lambda v: v * 2)(x)}")
print(f"{ {'a': 1}['a'] }")
print(f"{x if x > 5 else -x} {x:{'d'}}")
print(F"upper {x}", fR"raw\{x}", rf"\n{x}\n")
print(f"{3.0:g} {1e20:g} {0.00001:e} {255:b} {255:o} {'s':>3}")
print(f"""multi
{x}
line""")
print(f"{'a' 'b'}", f"{x!r:>6}", f"{name!r:^10}")
print(f"{x}" f"{y:.1f}" "plain" f"{name}")
print(f"{(1, 2)}", f"{1,}", f"{x,y}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{d.get('zz', 'default')}")

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except Exception as e:
        print(repr(src), "->", type(e).__name__, e)
    else:
        print(repr(src), "->", repr(value))

for src in [
    'f"{}"',
    'f"{ }"',
    'f"}"',
    'f"{"',
    'f"{1"',
    'f"{1!}"',
    'f"{1!x}"',
    'f"{1:{2:{3}}}"',
    'f"{\\"a\\"}"',
    'f"{1#}"',
    'f"{lambda x: 1}"',
    'f"{(lambda x: 1)(0)}"',
    'f"{yield}"',
    'f"{1:}"',
    'f"{1=}"',
    'f"{1 = }"',
    'f"{1!r=}"',
    'f"{x:=5}"',
    'f"{(x:=5)}"',
    'f"{1}}"',
    'f"{{}}"',
    'f"{*[1,2]}"',
    'f"{1:{}}"',
    'f"{1:d}" if False else f"{1.5:d}"',
]:
    check(src)
