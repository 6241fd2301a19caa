# GC workload: Conway's game of life on a list-of-lists grid and on a dict of live cells
def step_grid(g):
    h, w = len(g), len(g[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += g[(r + dr) % h][(c + dc) % w]
            row.append(1 if n == 3 or (n == 2 and g[r][c]) else 0)
        new.append(row)
    return new


def show(g):
    return ["".join(["#" if v else "." for v in row]) for row in g]


grid = [[0] * 8 for i in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:  # a glider
    grid[r][c] = 1
for line in show(grid):
    print(line)
for i in range(4):
    grid = step_grid(grid)
print()
for line in show(grid):
    print(line)
print(sum([sum(row) for row in grid]))


def step_dict(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    new = {}
    for k in counts:
        if counts[k] == 3 or (counts[k] == 2 and k in live):
            new[k] = True
    return new


# R-pentomino on an unbounded plane
live = {}
for cell in [(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)]:
    live[cell] = True
pops = []
for gen in range(60):
    live = step_dict(live)
    pops.append(len(live))
print(pops[:10], pops[-5:])
rows = [k[0] for k in live]
cols = [k[1] for k in live]
print("bbox", min(rows), max(rows), min(cols), max(cols))

# blinker period check
b = {(0, -1): True, (0, 0): True, (0, 1): True}
b2 = step_dict(step_dict(b))
print(sorted(step_dict(b)), sorted(b2) == sorted(b))
