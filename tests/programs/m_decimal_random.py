import random
from decimal import Decimal as D, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, InvalidOperation, DivisionByZero
random.seed(5)
def rnd():
    k = random.randint(0, 6)
    if k == 0: return D(random.randint(-1000, 1000))
    if k == 1: return D('%d.%0*d' % (random.randint(-99, 99), random.randint(1, 4), random.randint(0, 999)))
    if k == 2: return D('%de%d' % (random.randint(-99999, 99999), random.randint(-12, 12)))
    if k == 3: return D(random.random() * 100)
    if k == 4: return D(random.randint(-10**30, 10**30))
    if k == 5: return D('0.%0*d' % (random.randint(1, 9), random.randint(0, 99)))
    return D('-0.000')
out = []
for i in range(120):
    a, b = rnd(), rnd()
    prec = random.choice([5, 9, 28, 40])
    rounding = random.choice([None, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN])
    with localcontext() as c:
        c.prec = prec
        if rounding: c.rounding = rounding
        res = []
        for op in ('+', '-', '*', '/', '//', '%', 'sqrt', 'q', 'cmp', 'pow', 'neg', 'fmt', 'norm', 'int', 'round'):
            try:
                if op == '+': r = a + b
                elif op == '-': r = a - b
                elif op == '*': r = a * b
                elif op == '/': r = a / b
                elif op == '//': r = a // b
                elif op == '%': r = a % b
                elif op == 'sqrt': r = abs(a).sqrt()
                elif op == 'q': r = a.quantize(D('0.01'))
                elif op == 'cmp': r = (a < b, a == b, a >= b, hash(a) == hash(b))
                elif op == 'pow': r = a ** random.randint(-3, 5)
                elif op == 'neg': r = (-a, +a, abs(b))
                elif op == 'fmt': r = (f'{a:.3f}', f'{b:e}', f'{a:.4e}', f'{b:g}', f'{a:.5g}', f'{a:,}', f'{b:12.2f}', f'{a:%}')
                elif op == 'norm': r = (a.normalize(), b.to_integral_value(), a.adjusted())
                elif op == 'int': r = (int(a), float(b))
                elif op == 'round': r = (round(a), round(b, 2))
                res.append(str(r))
            except (InvalidOperation, DivisionByZero, OverflowError, ValueError, ZeroDivisionError) as e:
                res.append(type(e).__name__)
    print(i, a, b, ' '.join(res))
