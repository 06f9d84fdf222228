# multiprocessing on weft: fork-started processes, SemLock-based locks, semaphores and queues
# (the native _multiprocessing), and a pool whose worker threads hand tasks to child processes.
import multiprocessing as mp
def work(q, lock, n):
    with lock:
        q.put(n * n)
if __name__ == '__main__':
    ctx = mp.get_context('fork')
    q = ctx.Queue()
    lock = ctx.Lock()
    ps = [ctx.Process(target=work, args=(q, lock, i)) for i in range(4)]
    for p in ps: p.start()
    out = sorted(q.get(timeout=10) for _ in ps)
    for p in ps: p.join()
    print(out, [p.exitcode for p in ps])
    s = ctx.Semaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(False), s.get_value())
    s.release(); s.release()
    try:
        ctx.BoundedSemaphore(1).release()
    except ValueError as e:
        print(e)
    r = ctx.RLock(); r.acquire(); r.acquire(); r.release(); r.release()
    print(r)
    with ctx.Pool(2) as pool:
        print(pool.map(abs, [-1, -2, 3]))
