# conditional expressions: nesting, laziness, in comprehensions and lambdas
def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
log = []
def side(tag, value):
    log.append(tag)
    return value
r = side('then', 1) if side('cond', True) else side('else', 2)
print(r, log)
log.clear()
r = side('then', 1) if side('cond', 0) else side('else', 2)
print(r, log)
print([x if x % 2 else -x for x in range(6)])
print([x for x in range(10) if (x > 5 if x % 2 else x < 3)])
absval = lambda n: n if n >= 0 else -n
print(absval(-4), absval(4), absval(0))
a, b = 3, 7
print(a if a > b else b, (a if a < b else b) * 2, 'yes' if a < b < 10 else 'no')
print((1 if True else 0) + (1 if False else 0), 'x' + ('y' if a else 'z'))
val = None
print(val if val is not None else 'missing', 0 if val else 1)
def fizz(n):
    return 'FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else str(n)
print(' '.join(fizz(i) for i in range(1, 16)))
nested = (('inner-yes' if b > 5 else 'inner-no') if a > 1 else 'outer-no')
print(nested)
try:
    print(1 / 0 if False else 'safe')
    print('unsafe' if True else 1 / 0)
    print(1 / 0 if True else 'never')
except ZeroDivisionError:
    print('ZeroDivisionError from the chosen branch')
d = {k: ('even' if k % 2 == 0 else 'odd') for k in range(4)}
print(d)
print(sorted([3, -1, 2], key=lambda n: n if n > 0 else 100))
