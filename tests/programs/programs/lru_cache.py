# An LRU cache built from a dict and a doubly linked list, plus a memoising decorator.

class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        return f"LRUCache({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"

cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", "D")
print(cache, "b" in cache, len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.get("c"))

def lru_memo(capacity):
    def decorate(fn):
        store = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            result = store.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                store.put(args, result)
            return result
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate

@lru_memo(capacity=200)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(150), fib.__name__, fib.cache.hits, fib.cache.misses, len(fib.cache))

@lru_memo(capacity=2)
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    print(n, "->", slow_square(n))
print(slow_square.cache)

try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
