# eval/exec of a code object with free variables: there are no cells to read them through.
def f():
    x = 1

    def g():
        return x

    return g


g = f()
for fn in (eval, exec):
    try:
        fn(g.__code__)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
