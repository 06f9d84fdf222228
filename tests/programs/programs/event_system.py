# An event system: subscribe by decorator, priorities, once-handlers, unsubscribe, errors.

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, priority=0, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, [])), fn, once))
            self.handlers[event].sort(key=lambda h: h[:2])
            return fn
        return register

    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kwargs):
        results, errors = [], []
        for handler in list(self.handlers.get(event, [])):
            _, _, fn, once = handler
            if once:
                self.handlers[event].remove(handler)
            try:
                result = fn(*args, **kwargs)
            except StopPropagation as stop:
                results.append(f"stopped by {fn.__name__}: {stop}")
                break
            except Exception as e:
                errors.append(f"{fn.__name__} raised {type(e).__name__}: {e}")
                continue
            results.append(result)
        for wildcard in self.handlers.get("*", []):
            wildcard[2](event, *args)
        self.log.append((event, len(results), len(errors)))
        return results, errors

class StopPropagation(Exception):
    pass

bus = EventBus()

@bus.on("order")
def record(order_id, amount):
    return f"recorded #{order_id}"

@bus.on("order", priority=10)
def validate(order_id, amount):
    if amount <= 0:
        raise StopPropagation(f"invalid amount {amount}")
    return f"validated #{order_id}"

@bus.on("order", priority=5, once=True)
def welcome(order_id, amount):
    return f"first order bonus for #{order_id}"

@bus.on("order", priority=-1)
def flaky(order_id, amount):
    if order_id % 2:
        raise RuntimeError(f"flaky failure on #{order_id}")
    return "flaky ok"

audit = []
@bus.on("*")
def everything(event, *args):
    audit.append((event, args))

print(bus.emit("order", 1, 100))
print(bus.emit("order", 2, 50))
print(bus.emit("order", 3, -5))
print(bus.emit("unknown"))
print("removed:", bus.off("order", flaky), bus.off("order", flaky))
print(bus.emit("order", 5, 10))

# Handlers can be bound methods and closures that capture state.
class Counter:
    def __init__(self):
        self.count = 0
    def increment(self, *args):
        self.count += 1
        return self.count
counter = Counter()
bus.on("tick")(counter.increment)
def make_accumulator():
    total = []
    def accumulate(value):
        total.append(value)
        return sum(total)
    return accumulate
bus.on("tick", priority=1)(make_accumulator())
for v in range(1, 5):
    print(bus.emit("tick", v)[0])
print(counter.count, bus.off("tick", counter.increment))

print(audit[:3], len(audit))
print(bus.log)
