# BLAKE2b and BLAKE2s with every keyword parameter, and their limits.
import hashlib
from _blake2 import blake2b, blake2s
import _blake2


def show(f, *args, **kw):
    try:
        print(f(*args, **kw).hexdigest())
    except Exception as e:
        print(type(e).__name__, e)


for c in [blake2b, blake2s]:
    print(c.SALT_SIZE, c.PERSON_SIZE, c.MAX_KEY_SIZE, c.MAX_DIGEST_SIZE)
    show(c, b"data")
    show(c, b"data", digest_size=1)
    show(c, b"data", digest_size=c.MAX_DIGEST_SIZE)
    show(c, b"data", key=b"secret")
    show(c, b"data", key=b"k" * c.MAX_KEY_SIZE)
    show(c, b"data", salt=b"salt")
    show(c, b"data", salt=b"s" * c.SALT_SIZE)
    show(c, b"data", person=b"me")
    show(c, b"data", person=b"p" * c.PERSON_SIZE)
    show(c, b"data", fanout=0, depth=255, leaf_size=2**32 - 1, node_depth=255, inner_size=c.MAX_DIGEST_SIZE)
    show(c, b"data", node_offset=5, last_node=True)
    show(c, b"data", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=4,
         node_offset=5, node_depth=6, inner_size=7, last_node=True, usedforsecurity=False)
    show(c, key=bytearray(b"key"), salt=memoryview(b"salt"))
    h = c(digest_size=10, key=b"k")
    h.update(b"abc")
    h2 = h.copy()
    h2.update(b"def")
    print(h.digest_size, h2.digest_size, h.name, h.block_size, h.hexdigest(), h2.hexdigest())
    print(c(b"abcdef", digest_size=10, key=b"k").hexdigest() == h2.hexdigest())
    show(c, digest_size=0)
    show(c, digest_size=c.MAX_DIGEST_SIZE + 1)
    show(c, key=b"k" * (c.MAX_KEY_SIZE + 1))
    show(c, salt=b"s" * (c.SALT_SIZE + 1))
    show(c, person=b"p" * (c.PERSON_SIZE + 1))
    show(c, fanout=-1)
    show(c, fanout=256)
    show(c, depth=0)
    show(c, depth=256)
    show(c, leaf_size=-1)
    show(c, leaf_size=2**32)
    show(c, node_offset=-1)
    show(c, node_offset=2**48)
    show(c, node_offset=2**64)
    show(c, node_depth=256)
    show(c, inner_size=c.MAX_DIGEST_SIZE + 1)
    show(c, inner_size=-1)
    show(c, key="text")
    show(c, salt=1)
    show(c, digest_size="a")
    show(c, fanout=1.5)
    show(c, b"a", b"b")
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_SALT_SIZE)
print(_blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_SALT_SIZE)
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.new("blake2s", b"x", digest_size=16).hexdigest())
