# PEP 626 line numbers as 3.11 lays code out: a `return x` reached by several paths stays one block,
# a comparison's position stays in force after its jump, an attribute on a later line is located at
# its name, `'%s' % (x,)` takes its items' lines, and literal concatenations are one constant.
import sys


def lines(f):
    out = []
    for _, _, line in getattr(f, '__code__', f).co_lines():
        if not out or out[-1] != line:
            out.append(line)
    return out


def if_else(a):
    if a:
        x = 1
    else:
        x = 2
    return x


def try_finally(a):
    try:
        pass
    finally:
        a = 1
    return a


def try_except(a):
    try:
        a = 1
    except E:
        pass
    return a


def with_block(a):
    with a:
        pass
    return a


def loop_break(a):
    for x in a:
        if x:
            break
    return 1


def while_break(a):
    while a:
        if a:
            break
    return 1


def nested_handlers():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            yield 'b'


def comprehension(y):
    return [x for x in y
            if x is not None]


def method_call(self):
    return ('a{}'
            'b'.format(
                self.x,
                self.y))


def percent(a, b):
    return ('%r.%s == %r' % (
        a,
        b,
        a))


def concat():
    a = 'x' + \
        'y'
    return a


def chained(o):
    o.c(1
        ).d(2)


def nested_ifs(o):
    if hasattr(o, 'x'):
        y = getattr(o, 'x')
        if y is o:
            return y


for f in (if_else, try_finally, try_except, with_block, loop_break, while_break,
          nested_handlers, method_call, percent, concat, chained, nested_ifs):
    print(f.__name__, lines(f))
print('comprehension', lines(comprehension.__code__.co_consts[1]))
print(concat.__code__.co_consts)


class Obj:
    @property
    def boom(self):
        raise ValueError('boom')


def failing(o):
    return (o
            .boom)


try:
    failing(Obj())
except ValueError as e:
    tb = e.__traceback__.tb_next
    print('attribute error line', tb.tb_lineno - failing.__code__.co_firstlineno)
