# set operators: | & - ^, their in-place forms, subset/superset comparisons, mixing set
# and frozenset (the result has the left operand's type), and their errors
a = {1, 2, 3, 4}
b = {3, 4, 5}
f = frozenset({4, 5, 6})
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(a - f).__name__,
      type(f ^ a).__name__, type(f - f).__name__)
print(sorted(f | a), sorted(f & a), sorted(f - a), sorted(f ^ a))
print(a | set(), set() & a, a - a, a ^ a, f & set(), frozenset() | frozenset())
print(sorted(a | b | f), sorted((a | b) & f), sorted(a - b - f), sorted(a ^ b ^ f))
# which of two equal items is kept
print({1} & {1.0}, {1.0} & {1}, {1, 2} & {1.0}, {1} | {1.0}, {1.0} - {1}, {1} ^ {True})
print({1.0, 5} ^ {1}, {1} ^ {1.0, 5})
# in place: the same object, changed
c = {1, 2}
alias = c
c |= {3}
c |= frozenset({4})
print(sorted(c), alias is c)
c &= {2, 3, 4, 9}
print(sorted(c), alias is c)
c -= {3}
print(sorted(c), alias is c)
c ^= {4, 7}
print(sorted(c), alias is c)
c ^= c
print(c, alias is c)
d = {1, 2}
d -= d
print(d)
e = {1, 2}
e &= e
print(sorted(e))
# a frozenset's in-place operators make a new frozenset
g = frozenset({1})
h = g
g |= {2}
print(sorted(g), type(g).__name__, h, g is h)
g -= {1}
g &= {2, 3}
g ^= {9}
print(sorted(g), type(g).__name__)
# comparisons
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {3} <= {1, 2})
print({1, 2} > {1}, {1} > {1}, {1, 2} >= {2}, {1} >= {2}, set() < {0}, set() <= set())
print({1, 2} == {2, 1}, {1} == {1, 2}, {1} != {2}, {1} != {1}, {1} == frozenset({1}))
print(frozenset({1}) == {1}, frozenset() < {1}, {1, 2} > frozenset({2}))
print({1} == [1], {1} != [1], {1} == {1: 2}, {1} == None, set() == frozenset(), {1} == {1.0})
print({frozenset({1}), frozenset({1})} == {frozenset([1])}, {(1, 2)} == {(1, 2)})
print(sorted([{1, 2}, {1}, set()], key=len), min([{3}, {3}], key=len), max({1, 2}, {5}))
print({1, 2} < {1, 3}, {1, 3} < {1, 2}, {1, 2} > {1, 3})
# in and not in
print(1 in a, 9 in a, 1 not in a, {1} in {frozenset({1})}, frozenset({2}) in {frozenset({2})})
print([1, 2] == list({1, 2}), (3,) in {(3,)}, 'ab' in {'ab', 'c'}, 2.0 in {2})
def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as err:
        print(label, 'TypeError:', err)


attempt('{1} | [1]', lambda: {1} | [1])
attempt('[1] | {1}', lambda: [1] | {1})
attempt('{1} & 1', lambda: {1} & 1)
attempt("{1} - 'a'", lambda: {1} - 'a')
attempt('{1} ^ None', lambda: {1} ^ None)
attempt('{1} + {2}', lambda: {1} + {2})
attempt('{1} * 2', lambda: {1} * 2)
attempt('{1} < [1]', lambda: {1} < [1])
attempt('{1} <= 5', lambda: {1} <= 5)
attempt('(1,) > {1}', lambda: (1,) > {1})
attempt("{1} >= 'x'", lambda: {1} >= 'x')
attempt('-{1}', lambda: -{1})
attempt('~{1}', lambda: ~{1})
attempt('{1} % 2', lambda: {1} % 2)
attempt('frozenset() | [1]', lambda: frozenset() | [1])
attempt('[] & frozenset()', lambda: [] & frozenset())
attempt('{1} < {1: 2}', lambda: {1} < {1: 2})
attempt('{1: 2} | {1}', lambda: {1: 2} | {1})
s = {1}


def ior():
    global s
    s |= [2]


def iand():
    global s
    s &= (1,)


def isub():
    global s
    s -= 1


def ixor():
    global s
    s ^= None


def iadd():
    global s
    s += {2}


def imul():
    global s
    s *= 2


for fn in [ior, iand, isub, ixor, iadd, imul]:
    attempt(fn.__name__, fn)
print(s)
