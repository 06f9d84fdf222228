# Every kind of object weft pickles, under every protocol, loaded in a second weft process and
# driven there; the second process must print what loading in this process prints.
import pickle
import subprocess
import sys
import types

import greenlet
import stackless


def numbers(n):
    for i in range(n):
        yield i * i


async def co():
    return "coroutine result"


async def agen():
    yield "async item"


def closure(k):
    return lambda x: x * k


def failing():
    raise KeyError("inner")


def make_objects():
    ch = stackless.channel()
    t = stackless.tasklet(lambda: print("tasklet got", ch.receive()))()
    stackless.run()
    g = greenlet.greenlet(lambda a: greenlet.getcurrent().parent.switch(a * 2) + 1)
    g.switch(20)
    gen = numbers(5)
    next(gen)
    try:
        failing()
    except KeyError as e:
        tb = e.__traceback__
    it = iter([1, 2, 3, 4])
    next(it)
    d = {"x": 1, "y": 2}
    return {
        "code": numbers.__code__,
        "lambda": closure(3),
        "cell": closure(5).__closure__[0],
        "generator": gen,
        "coroutine": co(),
        "async_generator": agen(),
        "traceback": tb,
        "frame": tb.tb_frame,
        "tasklet_channel": (t, ch),
        "greenlet": g,
        "bound_method": [10, 20].index,
        "module": types,
        "keys": d.keys(),
        "items": d.items(),
        "list_iterator": it,
        "enumerate": enumerate("abc", 1),
        "zip": zip("ab", [1, 2]),
        "map": map(abs, [-1, -2]),
        "filter": filter(None, [0, 1, 2]),
        "reversed": reversed([1, 2, 3]),
        "range_iterator": iter(range(3)),
    }


def describe(name, obj):
    if name == "code":
        return obj.co_name, obj.co_varnames
    if name in ("lambda",):
        return obj(7)
    if name == "cell":
        return obj.cell_contents
    if name == "generator":
        return list(obj)
    if name == "coroutine":
        try:
            obj.send(None)
        except StopIteration as e:
            return e.value
    if name == "async_generator":
        try:
            obj.__anext__().send(None)
        except StopIteration as e:
            return e.value
    if name == "traceback":
        return obj.tb_lineno, obj.tb_frame.f_code.co_name, obj.tb_next.tb_frame.f_code.co_name
    if name == "frame":
        return obj.f_code.co_name, obj.f_lineno
    if name == "tasklet_channel":
        t, ch = obj
        ch.send("hello")
        return t.alive
    if name == "greenlet":
        return obj.switch(1), obj.dead
    if name == "bound_method":
        return obj(20)
    if name == "module":
        return obj.__name__
    return list(obj)


def run(data):
    objects = pickle.loads(data)
    return [f"{name}: {describe(name, objects[name])}" for name in sorted(objects)]


if len(sys.argv) > 1:
    for line in run(sys.stdin.buffer.read()):
        print(line)
    sys.exit(0)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(make_objects(), proto)
    here = run(data)
    child = subprocess.run([sys.executable, __file__, "child"], input=data, capture_output=True)
    there = child.stdout.decode().splitlines()
    there = [line for line in there if not line.startswith("tasklet got")]
    here = [line for line in here if not line.startswith("tasklet got")]
    print(proto, "same" if here == there else "DIFFERENT", len(here), child.stderr.decode())
for line in here:
    print(line)
