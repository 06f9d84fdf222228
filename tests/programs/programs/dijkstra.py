# Shortest paths: Dijkstra with a hand-written heap, BFS on a grid maze, and topological sort.

class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i and self.items[i] < self.items[(i - 1) // 2]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        top = items.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(items) and items[l] < items[m]:
                m = l
            if r < len(items) and items[r] < items[m]:
                m = r
            if m == i:
                return top
            items[i], items[m] = items[m], items[i]
            i = m
    def __bool__(self):
        return bool(self.items)

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in sorted(graph.get(node, {}).items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {"H": 1},
}
dist, prev = dijkstra(graph, "A")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
print("unreachable:", sorted(set(graph) - set(dist)))

MAZE = """
S.#.......
.##.####.#
....#....#
#.#.#.##.#
..#...#..E
"""

def bfs(maze):
    grid = [list(row) for row in maze.strip().splitlines()]
    start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
    end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
    queue = [start]
    came = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                queue.append((nr, nc))
    if end not in came:
        return None, grid
    node, steps = came[end], 0
    while node != start:
        grid[node[0]][node[1]] = "*"
        node = came[node]
        steps += 1
    return steps + 1, grid

steps, solved = bfs(MAZE)
print("maze steps:", steps)
print("\n".join("".join(row) for row in solved))
blocked, _ = bfs("S#\n#E")
print("blocked maze:", blocked)

def toposort(deps):
    indegree = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indegree.setdefault(d, 0)
    for n, ds in deps.items():
        indegree[n] += len(ds)
    ready = sorted(n for n, k in indegree.items() if k == 0)
    order = []
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users.get(n, [])):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(indegree):
        raise ValueError("cycle detected among: " + ", ".join(sorted(n for n, k in indegree.items() if k)))
    return order

print(toposort({"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "tests": ["app"], "core": []}))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print("ValueError:", e)
