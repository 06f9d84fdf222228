# os.utime: times as seconds or nanoseconds, "now", and CPython's argument errors.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
open(p, 'w').close()
os.utime(p, (1, 2)); st = os.stat(p); print(st.st_atime, st.st_mtime)
os.utime(p, (1.5, 2.25)); st = os.stat(p); print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p, ns=(3_000_000_001, -1)); st = os.stat(p); print(st.st_atime_ns, st.st_mtime_ns)
os.utime(p); print(os.stat(p).st_mtime > 1e9)
for a, k in [((p, (1, 2)), {'ns': (1, 2)}), ((p, 5), {}), ((p,), {'ns': 5}), ((p + 'x', (1, 2)), {})]:
    try: os.utime(*a, **k)
    except Exception as e: print(type(e).__name__, str(e).replace(d, 'D'))
