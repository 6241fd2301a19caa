# pidigits (spigot) + big-int corner cases
import itertools


def gen_pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, t, k, n, l = (10 * q, 10 * (r - n * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * n, l)
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l,
                                t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2)


digits = ''.join(str(d) for d in itertools.islice(gen_pi_digits(), 60))
print(digits)

x = 3 ** 200
print(x)
print(len(str(x)), x.bit_length(), x % 1000007, x // 7 ** 50)
print(divmod(-x, 10 ** 30))
print(divmod(x, -(10 ** 30)))
print(-x // 10 ** 40, -x % 10 ** 40)
print(pow(2, 521, 10 ** 20), pow(3, -1, 1000003))
print(hex(x)[:40], oct(-x)[:30], bin(2 ** 70 + 5))
print(int('1' * 50, 2), int('-zz' * 10, 36))
print(x.to_bytes(40, 'big')[:8], int.from_bytes(b'\xff' * 20, 'little', signed=True))
print((2 ** 100).to_bytes(13, 'little'), (-(2 ** 63)).to_bytes(8, 'big', signed=True))
print(format(x, ',')[:50], format(2 ** 64, '_x'), format(-2 ** 64, '#o'))
print(f"{10**25:>40,}|{-10**20:^+30_}|{255:#010b}")
print(abs(-x) == x, -x < x, x == float(x), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(10 ** 300), 10 ** 300 / 10 ** 299, (10 ** 400) // (10 ** 399))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(round(123456789123456789, -5), round(-25, -1), round(35, -1), round(2 ** 70, -20))
print((x >> 300), (x << 10) >> 10 == x, (-x) >> 500, ~x & 0xffff, x ^ (x >> 1) & 0xff)
import math
print(math.gcd(x, 3 ** 50 * 2), math.isqrt(x) ** 2 <= x < (math.isqrt(x) + 1) ** 2, math.factorial(30))
print(math.comb(60, 30), math.perm(20, 5), math.lcm(2 ** 40, 6 ** 20))
print(sum(range(10 ** 6, 10 ** 6 + 100)), sum([2 ** 64] * 3), max(2 ** 64, 2.0 ** 64, key=lambda v: (v, type(v).__name__)))
print(int.__name__, (7).numerator, (7).denominator, (2 ** 80).real, (-5).conjugate())
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
