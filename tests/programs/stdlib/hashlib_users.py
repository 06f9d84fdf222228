# What is built on the hash modules: hmac, pbkdf2_hmac, file_digest, uuid.
import hashlib
import hmac
import io
import os

print(hmac.new(b"key", b"The quick brown fox", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest(), hmac.digest(b"k", b"m", "sha1").hex())
h = hmac.new(b"k" * 200, digestmod="sha512")
h.update(b"part one")
c = h.copy()
c.update(b"more")
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:32])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 10).hex())
    print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=10).hex())
print(hashlib.file_digest(io.BytesIO(b"x" * 300000), "sha256").hexdigest())
p = os.path.join("/tmp", "weft_hashlib_users_%d.bin" % os.getpid())
try:
    with open(p, "wb") as f:
        f.write(bytes(range(256)) * 1000)
    with open(p, "rb") as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())
finally:
    os.remove(p)
import uuid
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
