# A binary-heap priority queue written by hand, heapsort, and a task scheduler on top.

class PriorityQueue:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.heap = []
        self.counter = 0            # insertion order breaks ties: the queue is stable
        for item in items:
            self.push(item)

    def _less(self, i, j):
        return self.heap[i][:2] < self.heap[j][:2]

    def push(self, item):
        self.heap.append((self.key(item), self.counter, item))
        self.counter += 1
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.heap:
            raise IndexError("pop from an empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i, n = 0, len(self.heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self._less(child, smallest):
                        smallest = child
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        return top[2]

    def peek(self):
        if not self.heap:
            raise IndexError("peek at an empty priority queue")
        return self.heap[0][2]

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)

def heapsort(values, key=lambda x: x, reverse=False):
    pq = PriorityQueue(values, key=(lambda v: -key(v)) if reverse else key)
    return [pq.pop() for _ in range(len(pq))]

data = [5, 3, 9, 1, 5, 8, 2, 7, 1, 0, -4, 12]
print(heapsort(data), heapsort(data) == sorted(data))
print(heapsort(data, reverse=True))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(heapsort(words, key=len), sorted(words, key=len))

# Pseudo-random numbers from a linear congruential generator keep the test deterministic.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed
gen = lcg(42)
big = [next(gen) % 1000 for _ in range(500)]
print(heapsort(big) == sorted(big), heapsort(big)[:5], heapsort(big)[-5:])

# A scheduler: tasks with priorities, rescheduling, and cancellation.
class Task:
    def __init__(self, name, priority, runs):
        self.name, self.priority, self.runs = name, priority, runs
        self.cancelled = False
    def __repr__(self):
        return f"Task({self.name}, p={self.priority})"

pq = PriorityQueue(key=lambda t: t.priority)
tasks = [Task("backup", 3, 1), Task("email", 1, 2), Task("build", 2, 3), Task("deploy", 2, 1), Task("lint", 5, 1)]
for t in tasks:
    pq.push(t)
tasks[4].cancelled = True
timeline = []
tick = 0
while pq:
    task = pq.pop()
    if task.cancelled:
        timeline.append(f"skip {task.name}")
        continue
    tick += 1
    task.runs -= 1
    timeline.append(f"t{tick}:{task.name}")
    if task.runs:
        task.priority += 2
        pq.push(task)
print(timeline)

for method in ("pop", "peek"):
    try:
        getattr(PriorityQueue(), method)()
    except IndexError as e:
        print("IndexError:", e)
