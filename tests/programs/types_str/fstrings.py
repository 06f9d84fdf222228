# f-strings: expressions, nesting, = debugging, conversions, format specs, quoting rules

name, n, pi = "World", 42, 3.14159
items = [1, 2, 3]
d = {"key": "value", "n": 5}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{pi:.2f}", f"{'nested'}", f"{items[1]}", f"{d['key']}")
print(f"{n=}", f"{name=}", f"{pi=:.3f}", f"{items=}", f"{n = }", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{name=!s}")
print(f"{n:>{10}}|", f"{n:{'<'}{8}}|", f"{pi:{n // 10}.{n % 10}}", f"{name:{'*'}^{len(name) + 6}}")
print(f"{{literal}}", f"{{{n}}}", f"{{}}", f"}}{{", f"{'{'}{'}'}", f"{n}{{}}")
print(f"{'a' if n > 0 else 'b'}", f"{(lambda x: x * 2)(21)}", f"{[i * i for i in range(4)]}", f"{ {k: v for k, v in [(1, 2)]} }")
print(f"{len(items):03d}", f"{sum(items) / len(items):.1%}", f"{max(items, key=lambda v: -v)}", f"{d['n'] ** 2:,}")
print(f"{n:#x} {n:#o} {n:b} {n:e} {n:_}", f"{-n:+05d}", f"{1234567:,}", f"{0.000123:.2e}")
print(f"""triple {name}""", f'''single {n}''', f"mix 'quotes' {name}", f'mix "quotes" {n}')
print(f"{name}" f"{n}" "plain" f"{pi:.0f}", f"" == "", f"{''}" == "", rf"raw\n{n}", fr"\t{name}")
print(f"{3.0!r:>8}", f"{'x'!r:^7}", f"{None!s:>6}", f"{b'bytes'}", f"{1j}", f"{(1, 2)}", f"{(n,)}")
x = 10
print(f"{name.upper()}", f"{name[::-1]}", f"{name[1:3]}")
print(f"{x if x > 5 else 0}", f"{x:{'>' if x > 5 else '<'}5}", f"{(x := 20)}", x)


class Obj:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"

    def __format__(self, spec):
        return "format-form[" + spec + "]"


o = Obj()
print(f"{o}", f"{o!s}", f"{o!r}", f"{o:spec}", f"{o!s:>10}", f"{o=}", f"{o=!s}", f"{o=:xyz}")
width, precision, value = 12, 4, 12.34567
print(f"result: {value:{width}.{precision}}", f"{value:{width}.{precision}f}|", f"{value!r:>{width}}")
for errsrc in ['f"{}"', 'f"{!r}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{lambda x: 1}"', "f'{a b}'"]:
    try:
        compile(errsrc, "<fstring>", "eval")
        print(errsrc, "compiled")
    except SyntaxError as e:
        print(errsrc, type(e).__name__, e.msg)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)
try:
    print(f"{n:q}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1/0}")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
data = [("apple", 0.5, 3), ("kiwi", 0.25, 10)]
for fruit, price, count in data:
    print(f"{fruit:<8}{price:>6.2f}{count:>4}{price * count:>8.2f}")
print(f"{'end'}", f"{n!r:}", f"{n:}", f"{'%s' % name}", f"{'{}'.format(n)}", f"{n:{''}}")
