# co_linetable round-trips through code.replace(); a table without locations leaves f_lineno None.


def f(a):
    x = a + \
        1
    if x:
        return (a,
                x)
    return [y for y in a]


c = f.__code__
print(type(c.co_linetable).__name__)
r = c.replace(co_linetable=c.co_linetable)
print(list(r.co_positions()) == list(c.co_positions()), list(r.co_lines()) == list(c.co_lines()))
inner = c.co_consts[-1] if hasattr(c.co_consts[-1], 'co_lines') else None
for k in c.co_consts:
    if hasattr(k, 'co_linetable'):
        print(k.co_name, list(k.replace(co_linetable=k.co_linetable).co_lines()) == list(k.co_lines()))


def g():
    1/0


def after(fn):
    try:
        fn()
    except Exception as e:
        t = e.__traceback__.tb_next
        return t.tb_frame.f_lineno


print(after(g) - g.__code__.co_firstlineno)
g.__code__ = g.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(after(g), {line for _, _, line in g.__code__.co_lines()})
print(set(g.__code__.co_positions()))
try:
    g.__code__.replace(co_linetable='x')
except TypeError as e:
    print('TypeError', e)
