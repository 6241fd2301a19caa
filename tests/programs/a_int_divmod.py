# floor division and modulo with all sign combinations, divmod, zero division
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 100), (-1, 100)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
for a, b in [(10**20, 7), (-10**20, 7), (10**20, -7), (-(10**20), -(10**19 + 3))]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, (r == 0) or ((r < 0) == (b < 0)))
for op in ['//', '%', 'divmod']:
    try:
        if op == '//':
            x = 5 // 0
        elif op == '%':
            x = 5 % 0
        else:
            x = divmod(5, 0)
    except ZeroDivisionError:
        print(op, 'ZeroDivisionError')
try:
    x = 1 / 0
except ZeroDivisionError:
    print('/ ZeroDivisionError')
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(-7 // 2.0, 7 % -2.0, -7.5 // 2, -7.5 % 2)
x = 17
x //= 5
print(x)
x %= 2
print(x)
print(True // 1, True % 2, False // 3)
