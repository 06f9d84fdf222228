# The builtin hash modules: known digests, incremental updates, copies, names and sizes.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import hashlib

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 40]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in inputs:
        print(" ", c(data).hexdigest())
    # incremental updates give the same digest as one update
    inc = c()
    for i in range(0, len(inputs[3]), 1000):
        inc.update(inputs[3][i:i + 1000])
    print("  incremental", inc.hexdigest() == c(inputs[3]).hexdigest(), inc.digest() == c(inputs[3]).digest())
    # a copy continues independently
    a = c(b"prefix")
    b = a.copy()
    b.update(b"suffix")
    print("  copy", a.hexdigest() == c(b"prefix").hexdigest(), b.hexdigest() == c(b"prefixsuffix").hexdigest())
    # digest() leaves the state alone
    d = c(b"x")
    print("  repeat", d.digest() == d.digest(), len(d.digest()) == d.digest_size)

for c in [_sha3.shake_128, _sha3.shake_256]:
    h = c(b"abc")
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    for n in [0, 1, 16, 64, 300]:
        print(" ", n, h.hexdigest(n)[:80], h.digest(n) == bytes.fromhex(h.hexdigest(n)))
    h2 = h.copy()
    h2.update(b"def")
    print("  ", h2.hexdigest(8) == c(b"abcdef").hexdigest(8), h.hexdigest(8) == c(b"abc").hexdigest(8))
s3 = _sha3.sha3_256()
print(s3._capacity_bits, s3._rate_bits, s3._suffix)

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"hashlib")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(10) if name.startswith("shake") else h.hexdigest())
    if name.startswith("shake"):
        print(" ", getattr(hashlib, name)(b"hashlib").digest(10) == h.digest(10))
    else:
        print(" ", getattr(hashlib, name)(b"hashlib").digest() == h.digest())

# buffers of every kind
for data in [bytearray(b"abc"), memoryview(b"xabcx")[1:4], memoryview(bytearray(b"abc"))]:
    print(_md5.md5(data).hexdigest(), hashlib.sha1(data).hexdigest())
print(_md5.md5(string=b"abc", usedforsecurity=False).hexdigest(), hashlib.sha256(b"abc", usedforsecurity=False).hexdigest())
print(_sha3.sha3_224(b"abc", usedforsecurity=False).hexdigest())
