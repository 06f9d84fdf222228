import threading, _thread, functools, collections, time
t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.daemon, t.is_alive(), t.ident == threading.get_ident())
print(threading.active_count(), len(threading.enumerate()), threading.get_native_id() == _thread.get_native_id())
lock = threading.Lock()
print(type(lock) is _thread.LockType, lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
r = threading.RLock()
with r:
    with r:
        print(r._is_owned(), r._recursion_count())
print(r._is_owned())
c = threading.Condition()
with c:
    c.notify_all()
    print(c.wait(0.01), c.wait_for(lambda: True), c.wait_for(lambda: False, 0.01))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(); s.release()
try:
    s.release()
except ValueError as ex:
    print(ex)
b = threading.Barrier(1)
print(b.wait(), b.parties, b.n_waiting, b.broken)
loc = threading.local()
loc.x = 1
print(loc.x, loc.__dict__, hasattr(loc, 'y'))
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(7).v, type(MyLocal(1)).__mro__[1])
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info())
print(collections.OrderedDict(a=1), collections.Counter("abca").most_common(1))
old = threading.stack_size()
print(old, threading.stack_size(65536), threading.stack_size(0))
try:
    threading.stack_size(100)
except ValueError as ex:
    print(ex)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(_thread.allocate_lock()._at_fork_reinit(), _thread._set_sentinel().locked())
for bad in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as ex:
        print(ex)
print(sorted(threading.excepthook.__name__ for _ in [0]), threading.ExceptHookArgs)
try:
    _thread._local(1)
except TypeError as ex:
    print(ex)
