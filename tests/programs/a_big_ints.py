# big integer arithmetic: factorials, growth, conversions, str/int round trips
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

f50 = fact(50)
print(f50)
print(len(str(f50)), f50 % 1000003, f50 // fact(48))
a = 2 ** 200
b = 3 ** 120
print(a - b, b - a, a * b % 10**9, (a * b) // b == a)
print(-a // 7, -a % 7, divmod(a, -b))
print(int(str(a)) == a, int('-' + str(b)) == -b)
print(abs(-a) == a, -(-a) == a, a > b, -a < -b)
s = 0
for k in range(100):
    s += k ** 10
print(s)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[149], fib[149] % 97)
print(float(2 ** 60), int(1e18), int(-2.5e15))
print(2 ** 64 - 1, hex(2 ** 64 - 1), (2 ** 64) >> 63)
print(round(10 ** 25 / 10 ** 20), 10 ** 25 // 10 ** 20)
print(sum([10 ** 18] * 20), max(a, b, 10 ** 60) == a)
