# The interpreter's own traceback printer (sys.excepthook) draws 3.11's carets: `~` under the
# operands and `^` under the operator of a failing binary operation or the `[...]` of a subscript.
import os
import sys

SRC = '''y = {'b': 1}
lst = [1, 2]
class O: pass
o = O()
def f0():
    x = 1 + y['a'] * 2
def f1():
    return lst[0] + 'text'
def f2():
    return (lst[0]) + 'text'
def f3():
    return lst[0]  //  'text'
def f4():
    return lst [ 'a' ]
def f5():
    return y['b']['c']
def f6():
    return o.attr.other
def f7():
    return len(5) + 1
def f8():
    return 1/0
def f9():
    return (1 +
            y['missing'])
def f10():
    x = lst[0] + 'é' + lst[1]
def f11():
    return lst[0] + 'text'   
def f12():
    return {}['k']
def f13():
    return f8()
'''
NAME = "ast_native_carets_tmp.py"
with open(NAME, "w") as f:
    f.write(SRC)
try:
    ns = {}
    exec(compile(SRC, NAME, "exec"), ns)
    sys.stderr = sys.stdout
    for i in range(14):
        try:
            ns[f"f{i}"]()
        except Exception:
            kind, value, tb = sys.exc_info()
            sys.excepthook(kind, value.with_traceback(tb.tb_next), tb.tb_next)
finally:
    sys.stderr = sys.__stderr__
    os.remove(NAME)
