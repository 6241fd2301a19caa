# GC workload: a deque built from two Python lists (front stack + back stack), used as queue and stack
class Deque:
    def __init__(self, items=()):
        self.front = []
        self.back = list(items)

    def __len__(self):
        return len(self.front) + len(self.back)

    def append(self, x):
        self.back.append(x)

    def appendleft(self, x):
        self.front.append(x)

    def _balance(self, to_front):
        allitems = self.front[::-1] + self.back
        half = len(allitems) // 2
        if to_front:
            half = max(half, 1)
            self.front = allitems[:half][::-1]
            self.back = allitems[half:]
        else:
            half = min(half, len(allitems) - 1)
            self.front = allitems[:half][::-1]
            self.back = allitems[half:]

    def pop(self):
        if not self.back:
            if not self.front:
                raise IndexError("pop from an empty deque")
            self._balance(False)
        return self.back.pop()

    def popleft(self):
        if not self.front:
            if not self.back:
                raise IndexError("pop from an empty deque")
            self._balance(True)
        return self.front.pop()

    def peek(self):
        return self.back[-1] if self.back else self.front[0]

    def peekleft(self):
        return self.front[-1] if self.front else self.back[0]

    def to_list(self):
        return self.front[::-1] + self.back

    def __repr__(self):
        return "Deque(%r)" % (self.to_list(),)


d = Deque([1, 2, 3])
d.appendleft(0)
d.append(4)
print(d, len(d))
print(d.popleft(), d.pop(), d.popleft(), d)
d.appendleft("a")
d.appendleft("b")
print(d.pop(), d.pop(), d.pop(), d, len(d))
print(d.pop(), len(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)

# breadth-first search on a grid using the deque as a queue
grid = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
rows, cols = len(grid), len(grid[0])
dist = {(0, 0): 0}
q = Deque([(0, 0)])
while len(q):
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print("reached", len(dist), "E at", dist.get((4, 9)))

# sliding-window maximum with the deque holding indices
x = 7
data = []
for i in range(60):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append(x % 100)
win = Deque()
maxes = []
k = 5
for i in range(len(data)):
    while len(win) and data[win.peek()] <= data[i]:
        win.pop()
    win.append(i)
    if win.peekleft() <= i - k:
        win.popleft()
    if i >= k - 1:
        maxes.append(data[win.peekleft()])
print(maxes[:12], sum(maxes))
print(maxes == [max(data[i - k + 1:i + 1]) for i in range(k - 1, len(data))])
churn = 0
for round in range(40):
    dq = Deque()
    for i in range(100):
        if i % 3 == 0:
            dq.appendleft(i)
        else:
            dq.append(i)
    while len(dq) > 10:
        churn += dq.popleft() if len(dq) % 2 else dq.pop()
print("churn", churn)
