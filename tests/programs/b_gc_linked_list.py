# GC workload: singly linked lists built, traversed, reversed and dropped repeatedly
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(head):
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    return s


def reverse(head):
    prev = None
    while head is not None:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev


def length(head):
    n = 0
    while head:
        n += 1
        head = head.next
    return n


checksum = 0
for round in range(30):
    lst = build(200 + round)
    checksum += total(lst)
    lst = reverse(lst)
    checksum += lst.value * 3
    # drop every other node
    cur = lst
    while cur is not None and cur.next is not None:
        cur.next = cur.next.next
        cur = cur.next
    checksum += length(lst)
    lst = None
print("checksum", checksum)
keep = [build(10) for _ in range(50)]
print("kept", sum(total(h) for h in keep), length(keep[7]))
keep = None
print("done")
