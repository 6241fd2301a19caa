# comparisons of big ints with floats and each other, min/max/sorted of mixed numbers, equality
big = 2 ** 64
print(big > 2 ** 63, big == 18446744073709551616, big - 1 < big, -big < -big + 1)
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(sorted([10 ** 20, 1e19, -5, 3.5, 2 ** 70, -(10 ** 30)]))
print(max(2 ** 100, 1e30), min(-(2 ** 100), -1e30), 2 ** 100 == 2.0 ** 100, 3 ** 50 != 3.0 ** 50)
print(0 == -0, 0 == 0.0, -0.0 == 0, 7 == 7.0000000000000001, 7 < 7.000000000000001)
x = 123456789 ** 3
print(x, x // 123456789 == 123456789 ** 2, x % 1000, str(x)[::-1], len(str(x)))
print(int(str(x)) == x, int('-' + str(x)) == -x, abs(-x) == x, -x // 10, -x % 10)
n = 1
for i in range(1, 30):
    n *= i
print(n, n == 8841761993739701954543616000000, n // 10 ** 20, n > 10 ** 30)
print(float('nan') == 1, float('nan') < 10 ** 400, 10 ** 400 == float('inf'))
