# save/load on files: atomic replacement (the old checkpoint survives a save that fails midway,
# since the object that cannot be saved is found before the file is touched), no temporary files
# left behind, path-like paths, and the errors of the file system.
from weft import checkpoint as ck
import os
import tempfile
import threading

d = tempfile.mkdtemp()
path = os.path.join(d, "state.ckpt")

state = {"step": 1, "items": list(range(5))}
ck.save(path, state)
print(ck.load(path))
print(sorted(os.listdir(d)))
with open(path, "rb") as f:
    raw = f.read()
print(raw[:8], raw == ck.dumps(state))

# A second save replaces the first.
state["step"] = 2
ck.save(path, state)
print(ck.load(path)["step"])

# A save that fails midway: the lock is found deep inside, after other items were encoded.
state["step"] = 3
state["items"].append({"lock": threading.Lock()})
try:
    ck.save(path, state)
except TypeError as e:
    print("TypeError:", e)
print(ck.load(path)["step"], sorted(os.listdir(d)))

# Path-like objects and bytes paths.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


ck.save(P(path), [1, 2])
print(ck.load(P(path)))
ck.save(os.fsencode(path), "bytes path")
print(ck.load(os.fsencode(path)))
try:
    ck.save(3.5, [])
except TypeError as e:
    print("TypeError:", e)

# File-system errors are OSErrors naming the path; a missing directory leaves nothing behind.
missing = os.path.join(d, "no-such-dir", "x.ckpt")
for f, args in [(ck.load, (missing,)), (ck.save, (missing, 1)), (ck.load, (d,))]:
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno == {FileNotFoundError: 2, IsADirectoryError: 21}[type(e)],
              e.filename == missing or e.filename == d)

# A damaged file on disk.
with open(path, "r+b") as f:
    f.seek(30)
    b = f.read(1)
    f.seek(30)
    f.write(bytes([b[0] ^ 1]))
try:
    ck.load(path)
except ck.CheckpointError as e:
    print("CheckpointError:", str(e).split(" (")[0])
print(sorted(os.listdir(d)))

# A temporary file left by a crashed process that had this pid does not stop a save.
stale = os.path.join(d, ".state.ckpt.%d.%d.tmp" % (os.getpid(), 99))
with open(stale, "wb") as f:
    f.write(b"half a checkpoint")
for i in range(101):
    ck.save(path, i)
print(ck.load(path), sorted(os.listdir(d)))

# Argument errors.
for f, args in [(ck.save, (path,)), (ck.load, ()), (ck.dumps, ()), (ck.loads, (b"", 1))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
