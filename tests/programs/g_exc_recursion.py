# exceptions: RecursionError caught, the program continues, recursion works again, finally during unwinding
import sys


def down(n):
    return down(n + 1)


def depth_reached():
    box = [0]

    def probe(n):
        box[0] = n
        probe(n + 1)
    try:
        probe(0)
    except RecursionError:
        pass
    return box[0]


try:
    down(0)
except RecursionError as e:
    print("caught RecursionError:", e)
print(isinstance(RecursionError(), RuntimeError), issubclass(RecursionError, Exception))

d1 = depth_reached()
d2 = depth_reached()
print("probe depth stable:", d1 == d2, d1 > 100)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("recursion still works:", fact(20), len(str(fact(150))))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()


ring = Node(None)
ring.nxt = Node(Node(ring))  # a cycle: length() never bottoms out
try:
    ring.length()
except RecursionError:
    print("cycle detected by RecursionError")
ring.nxt.nxt.nxt = None
print("after breaking the cycle:", ring.length())

finally_count = [0]


def counted(n):
    try:
        return counted(n + 1)
    finally:
        finally_count[0] += 1


try:
    counted(0)
except RecursionError:
    pass
print("finally ran on every frame:", finally_count[0] > 100)


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


for attempt in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        print("mutual recursion caught, attempt", attempt)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)


def limited(n):
    return n if n == 0 else limited(n - 1)


try:
    limited(500)
except RecursionError:
    print("limit 200 enforced")
print(limited(100))
sys.setrecursionlimit(old)
print(limited(500), sys.getrecursionlimit() == old)
