# A small job runner that fails on the last job with a custom exception carrying context;
# the uncaught error ends the program with status 1.

class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} failed: {reason}")
        self.job = job

def run_job(name, payload):
    if not isinstance(payload, int):
        raise TypeError(f"payload must be int, got {type(payload).__name__}")
    return payload * 2

jobs = [("double-1", 1), ("double-21", 21), ("bad", "x"), ("double-0", 0), ("fatal", None)]
results = {}
for name, payload in jobs:
    try:
        results[name] = run_job(name, payload)
        print("ok", name, results[name])
    except TypeError as e:
        if name == "fatal":
            raise JobError(name, e) from e
        print("skipped", name, "->", e)
print("never printed")
