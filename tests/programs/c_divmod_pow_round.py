# divmod, pow with three args and negative exponents, round with ndigits, hash equality
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3), divmod(10 ** 25, 7))
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(True, 2))
print(pow(2, 8), pow(2, -3), pow(2.5, 2), pow(-1, 101), pow(0, 0), pow(10, 20))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, 3, -7), pow(123456789, 0, 1))
for args in [(2, 3, 0), (2, -1, 5), (2.0, 3, 5), (1, 2, 3.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ':', e)
print(round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(10 ** 20 + 5, -1), round(1e300, -300) == 1e300, round(0.5 + 1e-9), round(9.995, 2))
print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)))
print(hash(True) == hash(1), hash(2.5) == hash(2.5), hash(None) == hash(None))
try:
    round('x')
except TypeError as e:
    print('TypeError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
