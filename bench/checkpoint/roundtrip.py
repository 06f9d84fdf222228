"""Checkpoint speed: ~10 MB of plain objects (nested dicts and lists of str, int, float, tuples and
instances) saved and loaded. Under weft with weft.checkpoint (dumps/loads and save/load on a file),
under python3 with pickle (the C pickler, protocol 4). Prints `measure value` lines: medians of
--runs runs in milliseconds, the bytes written, and the live size of the data.

Usage: roundtrip.py [--runs N] [--scale N] [--plain]
"""
import os
import sys
import tempfile
import time

try:
    from weft import checkpoint as ck
    IMPL = "weft"
except ImportError:
    import pickle
    IMPL = "python3"


class Job:
    def __init__(self, ident, name, weight, tags, owner):
        self.ident = ident
        self.name = name
        self.weight = weight
        self.tags = tags
        self.owner = owner


class Owner:
    def __init__(self, name, uid):
        self.name = name
        self.uid = uid


def build(scale):
    """Deterministic data: a dict of groups, each a list of records mixing every common type."""
    owners = [Owner("owner%d" % i, i) for i in range(100)]
    data = {}
    seed = 12345
    for g in range(scale):
        jobs = []
        for i in range(100):
            seed = (seed * 1103515245 + 12345) % 2147483648
            jobs.append({
                "id": g * 100 + i,
                "name": "job-%d-%d" % (g, i),
                "score": seed / 2147483648.0,
                "pos": (seed % 1000, seed % 977, seed % 13),
                "tags": ["t%d" % (seed % 50), "u%d" % (seed % 7)],
                "job": Job(seed, "j%d" % i, seed * 0.5, ("a", "b", seed % 3), owners[seed % 100]),
                "big": seed * 10**12,
            })
        data["group%d" % g] = jobs
    return data


def hold(depth, data, ch):
    """A frame chain `depth` deep, each frame holding part of `data`, blocked at the bottom."""
    part = data.get("group%d" % (depth % len(data)))
    if depth:
        return hold(depth - 1, data, ch) + len(part)
    return ch.receive()


def in_tasklet(data, depth):
    """A tasklet blocked on a channel `depth` frames deep over `data`: what weft checkpoints."""
    import stackless

    sys.setrecursionlimit(depth + 100)
    ch = stackless.channel()
    t = stackless.tasklet(hold)(depth, data, ch)
    stackless.run()
    return (t, ch, data)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def timed(f, runs):
    out = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        out.append((time.perf_counter() - t) * 1000)
    return median(out), result


def main():
    runs, scale = 5, 100
    args = sys.argv[1:]
    if "--runs" in args:
        runs = int(args[args.index("--runs") + 1])
    if "--scale" in args:
        scale = int(args[args.index("--scale") + 1])
    data = build(scale)
    # Under weft, the data lives in a tasklet blocked 1,000 frames deep (--plain: the data alone);
    # python3 pickles the same data, which is all it can pickle of it.
    state = in_tasklet(data, 1000) if IMPL == "weft" and "--plain" not in args else data
    if IMPL == "weft":
        dumps, loads = ck.dumps, ck.loads
    else:
        dumps = lambda o: pickle.dumps(o, 4)
        loads = pickle.loads
    t_dump, blob = timed(lambda: dumps(state), runs)
    t_load, back = timed(lambda: loads(blob), runs)
    if state is not data:
        assert back[0].blocked and back[1].balance == -1
        back = back[2]
    assert len(back) == len(data) and back["group0"][5]["name"] == data["group0"][5]["name"]
    assert back["group1"][3]["job"].owner.name == data["group1"][3]["job"].owner.name
    path = os.path.join(tempfile.mkdtemp(), "state.ckpt")
    if IMPL == "weft":
        save = lambda: ck.save(path, state)
        load = lambda: ck.load(path)
    else:
        def save():
            with open(path, "wb") as f:
                pickle.dump(data, f, 4)
        def load():
            with open(path, "rb") as f:
                return pickle.load(f)
    t_save, _ = timed(save, runs)
    t_loadf, _ = timed(load, runs)
    print("objects", scale * 100 * 9)
    print("bytes", len(blob))
    print("dumps_ms", "%.1f" % t_dump)
    print("loads_ms", "%.1f" % t_load)
    print("save_ms", "%.1f" % t_save)
    print("load_ms", "%.1f" % t_loadf)


main()
