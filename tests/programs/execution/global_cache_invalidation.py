# Global and builtin name loads in loops see every change (inline caches must not go stale)
import builtins

code = compile("x", "<expr>", "eval")
for i in range(3):
    print(eval(code, {"x": i}))


def f():
    return y


for i in range(3):
    globals()["y"] = i
    print(f())
g = {}
exec("def h(): return z", g)
for i in range(3):
    g["z"] = i * 10
    print(g["h"]())


def k():
    return len


print(k() is len)
saved = builtins.len
builtins.len = 5
print(k())
builtins.len = saved
print(k() is saved)
len = "shadow"
print(k())
del len
print(k().__name__)
for step in range(3):
    if step == 1:
        globals()["counter_name"] = "set"
    print(step, globals().get("counter_name"), [n for n in ("abs",) if n in dir(builtins)])
total = 0
for i in range(5):
    total += i
print(total)
