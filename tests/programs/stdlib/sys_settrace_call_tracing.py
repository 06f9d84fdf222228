import sys
try: sys.call_tracing(print, 1)
except TypeError as e: print(e)
try: sys.call_tracing(print)
except TypeError as e: print(e)
print(sys.call_tracing(max, (1,2)))
ev = []
def t(f, e, a):
    ev.append((e, f.f_code.co_name))
    if f.f_code.co_name == 'inner' and e == 'call':
        sys.call_tracing(helper, (1,))
    return t
def helper(x):
    return x
def inner():
    return 1
sys.settrace(t)
inner()
sys.settrace(None)
print(ev)
