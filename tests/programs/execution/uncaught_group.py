# An uncaught ExceptionGroup: the traceback is drawn as a tree; exit status 1.

def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n

results, errors = [], []
for n in range(5):
    try:
        results.append(task(n))
    except ValueError as e:
        errors.append(e)
print("results:", results)
print("errors:", [str(e) for e in errors])
raise ExceptionGroup("some tasks failed", errors)
