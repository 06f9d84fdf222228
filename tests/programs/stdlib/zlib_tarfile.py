# tarfile's gzip compression and the zlib codec, both on the zlib module.
import codecs
import io
import tarfile

buf = io.BytesIO()
files = {"a.txt": b"hello tar\n" * 1000, "dir/b.bin": bytes(range(256)) * 64, "empty": b""}
with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=6) as t:
    for name, data in files.items():
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = 0
        t.addfile(info, io.BytesIO(data))
print(buf.getvalue()[:3])
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:*") as t:
    print(t.getnames())
    for m in t.getmembers():
        print(m.name, m.size, t.extractfile(m).read() == files[m.name])
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r|gz") as t:
    print([m.name for m in t])

enc = codecs.encode(b"hello codec" * 20, "zlib_codec")
print(enc[:2], codecs.decode(enc, "zlib") == b"hello codec" * 20)
inc = codecs.getincrementalencoder("zlib")()
chunks = inc.encode(b"part one, ") + inc.encode(b"part two", final=True)
dec = codecs.getincrementaldecoder("zlib")()
print(dec.decode(chunks[:5]) + dec.decode(chunks[5:], final=True))
