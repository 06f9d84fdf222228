# time module: types of results, monotonic clocks never go backwards, sleep(0), struct_time shape (no values printed)
import time

print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
for bad in [-1, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
samples = [time.monotonic() for _ in range(1000)]
print(all(a <= b for a, b in zip(samples, samples[1:])))
ns = [time.monotonic_ns() for _ in range(1000)]
print(all(a <= b for a, b in zip(ns, ns[1:])))
pc = [time.perf_counter_ns() for _ in range(100)]
print(all(a <= b for a, b in zip(pc, pc[1:])))
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.005)
now = time.time()
print(now > 1.6e9, abs(time.time_ns() / 1e9 - now) < 60)
st = time.gmtime(0)
print(type(st).__name__, st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, len(st))
print(tuple(time.gmtime(86400 * 365))[:6], time.gmtime(1e9)[:6], time.gmtime(-86400)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)), time.asctime(time.gmtime(0)))
print(time.mktime(time.localtime(1000000)) == 1000000.0, type(time.localtime()).__name__, type(time.ctime()).__name__)
print(time.strftime("%j %a %b %%", time.gmtime(0)), time.gmtime(951782400)[:3])
print(hasattr(time, "timezone"), type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname))
info = time.get_clock_info("monotonic")
print(info.monotonic, type(info.resolution).__name__, info.adjustable)
try:
    time.get_clock_info("bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.gmtime("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
st2 = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st2.tm_year, st2.tm_mon, st2[2], st2.tm_isdst, time.strftime("%d/%m/%Y", st2), repr(st2)[:30])
