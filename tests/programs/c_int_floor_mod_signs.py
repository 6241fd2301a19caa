# int floor division/modulo/divmod with big ints and negative operands, pow with negatives
vals = [7, -7, 3, -3, 1, -1, 10 ** 20 + 7, -(10 ** 20 + 7)]
divs = [2, -2, 3, -3, 10 ** 10, -(10 ** 10)]
for a in vals:
    row = []
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert a // b == q and a % b == r
        row.append((q, r))
    print(a, row)
print((-2) ** 3, (-2) ** 4, -2 ** 4, 2 ** -1, (-2) ** -2, 0 ** 0, 10 ** 0)
print(2 ** 100, (-3) ** 41, 7 ** 2 ** 2, (2 ** 3) ** 2)
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(3, 200, 13), pow(7, 0, 1))
print(-7 // 2 * 2 + -7 % 2, 0 // 5, 0 % -5, -0 // 3)
for a, b in [(5, 0), (0, 0), (10 ** 30, 0)]:
    for op in ['//', '%', 'divmod']:
        try:
            if op == '//':
                a // b
            elif op == '%':
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, a, b, 'ZeroDivisionError:', e)
