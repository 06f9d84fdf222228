# gzip on top of zlib, end to end through files in a scratch directory.
import gzip
import io
import os
import shutil
import zlib

root = os.path.join("/tmp", "weft_zlib_gzip_%d" % os.getpid())
os.makedirs(root)
try:
    payload = b"".join(b"line %d of the payload\n" % i for i in range(5000))

    # gzip files: write, append a second member, read back, seek, iterate lines
    path = os.path.join(root, "data.txt.gz")
    with gzip.open(path, "wb", compresslevel=5) as f:
        f.write(payload[:40000])
    with gzip.open(path, "ab") as f:
        f.write(payload[40000:])
    with gzip.open(path, "rb") as f:
        print(f.read() == payload)
    with gzip.open(path, "rb") as f:
        f.seek(50000)
        print(f.read(30))
        print(f.tell())
    with gzip.open(path, "rt", encoding="ascii") as f:
        lines = list(f)
    print(len(lines), lines[0], lines[-1])
    with open(path, "rb") as raw:
        head = raw.read(4)
    print(head[:3])

    # gzip in memory, and the module functions
    c = gzip.compress(payload, mtime=0)
    print(c[:4], gzip.decompress(c) == payload, gzip.decompress(c + gzip.compress(b"more", mtime=0))[-4:])
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as g:
        for i in range(0, len(payload), 999):
            g.write(payload[i:i + 999])
        g.flush()
    buf.seek(0)
    with gzip.GzipFile(fileobj=buf) as g:
        print(g.read(12), g.read1(10), len(g.read()))
    try:
        gzip.decompress(c[:-8])
    except EOFError as e:
        print("EOFError", e)
    try:
        gzip.decompress(b"\x1f\x8b\x08\x00" + c[4:20] + b"garbage" * 5)
    except Exception as e:
        print(type(e).__name__)
    try:
        gzip.decompress(b"not gzip at all")
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)

finally:
    shutil.rmtree(root)
print(os.path.exists(root))
