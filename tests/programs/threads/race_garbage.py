# threads build and drop garbage, reference cycles among it, while readers race a
# writer that keeps replacing the object in one shared slot
import threading


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def churn(tid, out):
    total = 0
    for round in range(30):
        head = None
        for i in range(300):
            head = Node(i, head)
        a = Node(1)
        b = Node(2, a)
        a.next = b                  # a cycle, dropped at the end of the round
        while head is not None:
            total += head.value
            head = head.next
        total += len([str(i) for i in range(50)])
    out[tid] = total


out = [0] * 4
ts = [threading.Thread(target=churn, args=(t, out)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

slot = [Node(0, Node(0))]


def slot_writer():
    for i in range(20000):
        slot[0] = Node(i, Node(-i))


def slot_reader(res):
    bad = 0
    for i in range(20000):
        n = slot[0]
        if n.next.value != -n.value:
            bad += 1
    res.append(bad)


res = []
ts = [threading.Thread(target=slot_writer)] + \
     [threading.Thread(target=slot_reader, args=(res,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, slot[0].value)
