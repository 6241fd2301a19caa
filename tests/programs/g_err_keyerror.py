# uncaught: a KeyError with a tuple key from a nested dict lookup inside a function
def build_index(rows):
    idx = {}
    for r in rows:
        idx[(r[0], r[1])] = r[2]
    return idx


def cost(idx, a, b):
    return idx[(a, b)] * 2


idx = build_index([("x", 1, 10), ("y", 2, 20)])
print(cost(idx, "x", 1), cost(idx, "y", 2))
print(cost(idx, "z", 3))
