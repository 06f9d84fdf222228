# A log-processing pipeline built from generators: parsing, filtering, windowing, aggregation.

LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:02 DEBUG config loaded keys=12
2024-01-01 10:00:05 WARN  slow request path=/api/items ms=850
2024-01-01 10:00:06 INFO  request path=/api/items ms=120
2024-01-01 10:00:07 ERROR database timeout path=/api/orders ms=5000
this line is garbage
2024-01-01 10:00:09 INFO  request path=/api/orders ms=95
2024-01-01 10:00:10 INFO  request path=/health ms=2
2024-01-01 10:00:12 WARN  slow request path=/api/orders ms=990
2024-01-01 10:00:15 ERROR crash path=/api/items ms=0
2024-01-01 10:00:16 INFO  request path=/api/items ms=110
"""

def lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def parse(records, errors):
    for lineno, line in records:
        parts = line.split(None, 3)
        if len(parts) < 4 or parts[2] not in {"DEBUG", "INFO", "WARN", "ERROR"}:
            errors.append(lineno)
            continue
        date, time, level, rest = parts
        fields = dict(p.split("=", 1) for p in rest.split() if "=" in p)
        message = " ".join(p for p in rest.split() if "=" not in p)
        yield {"line": lineno, "time": time, "level": level, "msg": message, **fields}

def where(records, predicate):
    return (r for r in records if predicate(r))

def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

errors = []
parsed = list(parse(lines(LOG), errors))
print("parsed:", len(parsed), "bad lines:", errors)
print("levels:", sorted({r["level"] for r in parsed}))

requests = list(where(parsed, lambda r: "ms" in r and "path" in r))
by_path = {}
for r in requests:
    by_path.setdefault(r["path"], []).append(int(r["ms"]))
for path in sorted(by_path):
    ms = by_path[path]
    print(f"{path:12} n={len(ms)} avg={sum(ms) / len(ms):8.2f} max={max(ms)}")

problems = where(parsed, lambda r: r["level"] in ("WARN", "ERROR"))
print("first two problems:", [(r["line"], r["level"], r["msg"]) for r in take(2, problems)])
print("remaining problems:", [(r["line"], r["level"]) for r in problems])

latencies = (int(r["ms"]) for r in requests)
moving = [round(sum(w) / len(w), 1) for w in window(latencies, 3)]
print("moving average:", moving)

# Laziness: nothing runs until consumed.
trace = []
def traced(name, it):
    for x in it:
        trace.append(f"{name}:{x}")
        yield x
pipeline = traced("square", (x * x for x in traced("source", range(5))))
print("before consuming:", trace)
print(next(pipeline), trace)
print(list(take(2, pipeline)), trace)

# Generators with send() as coroutine-style sinks.
def averager():
    total = count = 0
    result = None
    while True:
        value = yield result
        if value is None:
            return (count, total)
        total += value
        count += 1
        result = total / count
avg = averager()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as stop:
    print("final:", stop.value)

# Chaining and flattening without itertools.
def chain(*iterables):
    for it in iterables:
        yield from it
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(chain("ab", range(2), (x for x in "cd"))), list(flatten([1, [2, (3, [4, [5]])], 6])))
