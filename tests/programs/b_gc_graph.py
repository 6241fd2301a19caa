# GC workload: graph BFS/DFS with dicts of lists, shortest paths, components
def make_graph(edges):
    g = {}
    for a, b in edges:
        g.setdefault(a, []).append(b)
        g.setdefault(b, []).append(a)
    for k in g:
        g[k].sort()
    return g


def bfs(g, start):
    dist = {start: 0}
    order = [start]
    i = 0
    while i < len(order):
        v = order[i]
        i += 1
        for w in g[v]:
            if w not in dist:
                dist[w] = dist[v] + 1
                order.append(w)
    return order, dist


def dfs(g, start):
    seen = {}
    out = []
    stack = [start]
    while stack:
        v = stack.pop()
        if v in seen:
            continue
        seen[v] = True
        out.append(v)
        for w in reversed(g[v]):
            if w not in seen:
                stack.append(w)
    return out


def dfs_rec(g, v, seen, out):
    seen[v] = 1
    out.append(v)
    for w in g[v]:
        if w not in seen:
            dfs_rec(g, w, seen, out)
    return out


edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7), (7, 8), (8, 6), (9, 9)]
g = make_graph(edges)
order, dist = bfs(g, 1)
print("bfs", order, sorted(dist.items()))
print("dfs", dfs(g, 1), dfs_rec(g, 1, {}, []))
comps = []
seen = {}
for v in sorted(g):
    if v not in seen:
        comp = dfs_rec(g, v, seen, [])
        comps.append(sorted(comp))
print("components", comps)
grid = {}
n = 15
for r in range(n):
    for c in range(n):
        if (r * 3 + c * 5) % 7 != 0:
            grid[(r, c)] = [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                            if 0 <= r + dr < n and 0 <= c + dc < n and ((r + dr) * 3 + (c + dc) * 5) % 7 != 0]
o, d = bfs(grid, (0, 1))
print("grid reach", len(o), max(d.values()), d.get((n - 1, n - 1), -1))
