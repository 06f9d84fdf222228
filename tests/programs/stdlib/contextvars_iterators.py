# Context.keys(), .values(), .items() and iter(context): one-shot iterators with a length.
import contextvars
v = contextvars.ContextVar('v')
ctx2 = contextvars.Context().run(lambda: (v.set(1), contextvars.copy_context())[1])
k = ctx2.keys()
print(list(k) == [v], list(k), len(k), v in k, iter(k) is k, hasattr(k, '__next__'), len(ctx2.keys()))
k = ctx2.keys(); print(v in k, v in k)
it = iter(ctx2); print(type(it).__name__, hasattr(it, '__next__'), len(it))
print(type(ctx2.values()).__name__, list(ctx2.values()), len(list(ctx2.items())), type(ctx2.items()).__name__)
