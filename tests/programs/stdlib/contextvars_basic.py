# contextvars: ContextVar, Token, Context and copy_context, with CPython's errors.
import contextvars as cv
import re


def clean(text):
    return re.sub('0x[0-9a-f]+', 'ADDR', text)


def attempt(f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
        if type(e) is LookupError:
            r += ' args=%r' % (e.args,)
    print(clean(r))


v = cv.ContextVar('v')
w = cv.ContextVar('w', default=5)
attempt(lambda: v)
attempt(lambda: w)
attempt(lambda: cv.ContextVar('n', default=None))
attempt(lambda: v.get())
attempt(lambda: v.get(3))
attempt(lambda: w.get())
attempt(lambda: w.get(7))
print(v.name, w.name)

tok = v.set(10)
print(v.get(), tok.var is v, tok.old_value is cv.Token.MISSING, cv.Token.MISSING)
attempt(lambda: tok)
tok2 = v.set(20)
print(v.get(), tok2.old_value)
v.reset(tok2)
print(v.get())
attempt(lambda: tok2)
attempt(lambda: v.reset(tok2))
attempt(lambda: w.reset(tok))
v.reset(tok)
attempt(lambda: v.get())
wt = w.set(6)
print(w.get())
w.reset(wt)
print(w.get())

# Context.run isolates changes; copy_context snapshots the current mapping.
ctx = cv.copy_context()
print(len(ctx), v in ctx, w in ctx)
tok3 = v.set('outer')
snap = cv.copy_context()
print(v in snap, snap[v], snap.get(v), snap.get(w), snap.get(w, 'dflt'), len(snap))


def inner(a, b=0):
    print('inside', v.get(), a, b)
    v.set('inner')
    w.set(99)
    return cv.copy_context()


c2 = snap.run(inner, 1, b=2)
print(v.get(), w.get(), snap[v], snap[w], c2[v], c2 == snap, c2 != snap)
print(sorted(var.name for var in snap), sorted(k.name for k in snap.keys()))
print(sorted(map(repr, snap.values())), len(snap.items()))
attempt(lambda: ctx.run(v.reset, tok3))
v.reset(tok3)
attempt(lambda: v.get())


def reenter():
    snap.run(lambda: None)


attempt(lambda: snap.run(reenter))


class Boom(Exception):
    pass


def fail():
    v.set('during failure')
    raise Boom('boom')


attempt(lambda: snap.run(fail))
print(snap[v], v.get('none outside'))

empty = cv.Context()
print(len(empty), list(empty), empty == cv.Context(), empty == 1, empty != 1)
print(empty.run(lambda *a, **k: (a, k), 1, 2, x=3))
print(empty.copy() is empty, empty.copy() == empty)

attempt(lambda: cv.ContextVar(1))
attempt(lambda: cv.ContextVar())
attempt(lambda: cv.ContextVar('a', 1))
attempt(lambda: cv.ContextVar('a', 1, 2))
attempt(lambda: cv.ContextVar('a', foo=1))
attempt(lambda: cv.ContextVar('a', name='b'))
attempt(lambda: cv.ContextVar(name='b'))
attempt(lambda: cv.ContextVar.__new__(int, 'q'))
attempt(lambda: v.get(1, 2))
attempt(lambda: v.set())
attempt(lambda: v.reset(1))
attempt(lambda: v.reset())
attempt(lambda: cv.Token())
attempt(lambda: type(cv.Token.MISSING)())
attempt(lambda: cv.Context(1))
attempt(lambda: cv.Context(a=1))
attempt(lambda: empty.run())
attempt(lambda: empty.run(1))
attempt(lambda: empty[1])
attempt(lambda: empty[v])
attempt(lambda: empty.get(1))
attempt(lambda: empty.get())
attempt(lambda: empty.copy(1))
attempt(lambda: 1 in empty)
attempt(lambda: hash(empty))
attempt(lambda: hash(v) == hash(v))
attempt(lambda: empty < empty)
attempt(lambda: cv.ContextVar[int])
attempt(lambda: cv.Token[str])
attempt(lambda: cv.Context[int])
attempt(lambda: setattr(v, 'name', 'x'))
attempt(lambda: setattr(tok, 'var', 'x'))
attempt(lambda: cv.Context.run())
attempt(lambda: cv.ContextVar.get(1))
attempt(lambda: cv.copy_context(1))
for base in (cv.ContextVar, cv.Context, cv.Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)
print(cv.ContextVar.__module__, cv.Context.__module__, cv.Token.__name__, cv.Token.MISSING.__class__)
print(cv.ContextVar.get.__doc__)
print(cv.Context.copy.__doc__)
import copy
import pickle
attempt(lambda: pickle.dumps(v))
attempt(lambda: pickle.dumps(cv.copy_context()))
attempt(lambda: copy.copy(tok))
