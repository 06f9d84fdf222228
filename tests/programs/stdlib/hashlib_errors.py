# Errors of the builtin hash modules, with CPython's types and messages.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r.hexdigest() if hasattr(r, "hexdigest") and not isinstance(r, type) else r))
    except Exception as e:
        print(type(e).__name__, e)


for c in [_md5.md5, _sha256.sha256, _sha3.sha3_224, _blake2.blake2b]:
    show(c, "text")
    show(c, 12)
    show(c, None)
    show(c, b"a", b"b")
    show(c, foo=1)
    show(c, memoryview(b"abcd")[::2])
    h = c()
    show(h.update, "text")
    show(h.update, 3)
    show(h.update)
    show(h.update, b"x", b"y")
    show(h.update, data=b"x")
    show(h.digest, 1)
    show(h.hexdigest, 1)
show(_md5.md5, string=b"abc")
show(_md5.md5, b"abc", string=b"abc")
show(_sha3.sha3_224, data=b"abc")
show(_blake2.blake2b, data=b"abc")
show(type(_md5.md5()))
show(type(_sha1.sha1()))
for t in [type(_md5.md5()), _sha3.sha3_224, _blake2.blake2b]:
    try:
        class X(t):
            pass
    except TypeError as e:
        print("TypeError", e)

sh = _sha3.shake_128(b"abc")
show(sh.digest)
show(sh.digest, -1)
show(sh.digest, 1.5)
show(sh.hexdigest, 2**40)
show(sh.hexdigest, length=5)
print(sh.digest(True), sh.digest(0))

import copy
import pickle
for h in [_md5.md5(), _sha3.shake_256(), _blake2.blake2s()]:
    for f in [copy.copy, pickle.dumps]:
        try:
            f(h)
        except TypeError as e:
            print("TypeError", e)
print(_sha3.sha3_384.__doc__)
print(_sha3.shake_128.__doc__)
print(_blake2.blake2b.__doc__, _blake2.blake2s.__doc__)
print(_md5.md5.__doc__)
for f in [lambda: _sha3.sha3_224.__new__(int), lambda: _sha3.sha3_224.__new__(_sha3.sha3_256),
          lambda: _sha3.sha3_224.__new__(), lambda: _blake2.blake2b.__new__(_blake2.blake2s),
          lambda: _blake2.blake2b.__new__(_blake2.blake2b, b"x", digest_size=4).hexdigest()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
