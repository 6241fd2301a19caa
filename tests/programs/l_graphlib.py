# graphlib: TopologicalSorter static_order and get_ready/done orders on fixed and
# pseudo-random graphs, repeated predecessors, CycleError messages/args (which cycle is
# reported), the ValueErrors of misuse, is_active/bool and TopologicalSorter[int]
import graphlib
from graphlib import TopologicalSorter, CycleError

graphs = [
    {},
    {1: []},
    {'D': {'B', 'C'} and ['B', 'C'], 'C': ['A'], 'B': ['A']},
    {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
    {'a': ['b', 'b', 'c'], 'c': ['b']},
    {1: [2], 2: [3], 3: [1]},
    {1: [1]},
    {0: [1], 1: [2], 2: [3], 3: [4], 4: [2], 5: [0]},
    {'x': ['y'], 'y': ['z'], 'z': ['w'], 'w': ['y', 'x']},
    {(1, 2): [(0,)], (0,): [None], None: []},
]
for g in graphs:
    ts = TopologicalSorter(g)
    try:
        print(list(ts.static_order()))
    except CycleError as e:
        print('CycleError', e, e.args, str(e), repr(e))

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


for trial in range(12):
    n = 4 + rand(12)
    ts = TopologicalSorter()
    g = {}
    for i in range(n):
        preds = [rand(n) for _ in range(rand(4))]
        if trial < 8:
            preds = [p for p in preds if p < i]     # acyclic
        name = 'n%d' % ((i * 7) % n)
        ts.add(name, *['n%d' % ((p * 7) % n) for p in preds])
        g[name] = ['n%d' % ((p * 7) % n) for p in preds]
    try:
        ts.prepare()
    except CycleError as e:
        print(trial, 'cycle', e.args[1])
        continue
    steps = []
    while ts.is_active():
        ready = ts.get_ready()
        steps.append(ready)
        # finish only part of them to change later orders
        for node in reversed(ready[:max(1, len(ready) // 2)]):
            ts.done(node)
        for node in ready[max(1, len(ready) // 2):]:
            ts.done(node)
    print(trial, steps, bool(ts))
    print(list(TopologicalSorter(g).static_order()))

ts = TopologicalSorter({1: [2]})
for f in [ts.get_ready, ts.is_active, lambda: ts.done(1), lambda: bool(ts)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
ts.prepare()
for f in [ts.prepare, lambda: ts.add(3)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
print(ts.is_active(), ts.get_ready(), ts.get_ready(), bool(ts))
for n in [1, 2, 5, 2, 'x', (1,)]:
    try:
        ts.done(n)
        print('done', n, ts.get_ready())
    except ValueError as e:
        print(e)
print(ts.get_ready(), ts.is_active())
ts.done(1)
print(ts.is_active(), ts.get_ready())
ts = TopologicalSorter()
ts.add('a')
ts.add('a', 'b')
ts.add('a', 'c')
ts.add('c', 'b')
print(list(ts.static_order()))
print(TopologicalSorter[int], issubclass(CycleError, ValueError), graphlib.__all__)
try:
    list(TopologicalSorter({'a': 'bc', 'c': 'a'}).static_order())
except CycleError as e:
    print(e.args)
try:
    TopologicalSorter({1: [[2]]})
except TypeError as e:
    print('TypeError', e)
