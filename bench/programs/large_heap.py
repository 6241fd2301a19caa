# bench-args: 300000
# Keeps many objects alive at once (a large live heap), then churns through short-lived
# garbage while it stays alive: every full trace has to walk the whole heap.
import sys


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload
        self.next = None


n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
head = None
for i in range(n):
    r = Record(i, [i, str(i)])
    r.next = head
    head = r
churn = 0
for round_ in range(5):
    for i in range(n // 5):
        tmp = [i, i + 1, (i, round_)]
        churn += len(tmp)
count = 0
node = head
while node is not None:
    count += 1
    node = node.next
print("live records:", count, "churn:", churn)
