# GC workload: binary-heap priority queue on a list, with tuples and a task scheduler
class Heap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.a)


h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
h2 = Heap()
x = 12345
for i in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    h2.push((x % 1000, i))
out = [h2.pop() for _ in range(500)]
print(out[:3], out[-1], all(out[i] <= out[i + 1] for i in range(499)))
sched = Heap()
for name, prio in [("write", 3), ("read", 1), ("exec", 2), ("idle", 9), ("boot", 0)]:
    sched.push((prio, name))
clock = 0
while sched:
    prio, name = sched.pop()
    clock += prio
    print("run", name, prio, clock)
    if name == "exec" and clock < 10:
        sched.push((prio + 5, "exec-again"))
try:
    sched.pop()
except IndexError:
    print("IndexError empty heap")
