import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(15))

class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

def make(d):
    if d == 0:
        return Node(None, None)
    return Node(make(d - 1), make(d - 1))

def check(n):
    if n.left is None:
        return 1
    return 1 + check(n.left) + check(n.right)

print(check(make(6)))

def first_even(xs):
    for x in xs:
        for y in [x, x + 1]:
            if y % 2 == 0:
                return y          # returns with two iterators on the value stack
    return None

print([first_even(range(i, i + 3)) for i in range(5)])

def guarded(x):
    try:
        with open(__file__) as f:
            if x:
                return x * 2
            raise ValueError(x)
    finally:
        pass

for i in range(4):
    try:
        print(guarded(i))
    except ValueError as e:
        print('ValueError', e)

def handled(x):
    try:
        1 / x
    except ZeroDivisionError:
        return 'zero'
    return sys.exc_info()[0]

print([handled(i) for i in range(3)])

def kw(a, b=2, *, c=3):
    return a + b + c

print([kw(i, c=i) for i in range(3)], kw(1, b=5))

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return caller_name()

print(outer(), outer())

src = "def g(x):\n    return x + y\n"
d1 = {'y': 1}
d2 = {'y': 100}
exec(src, d1)
exec(src, d2)
code_g = d1['g'].__code__
print(d1['g'](1), d2['g'](1), d1['g'](2), d2['g'](2))
