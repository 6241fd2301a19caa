# floor division and modulo as CPython computes them: -2**63 // -1 becomes a big int
# (no hardware trap), float // from fmod's exact remainder (1.0 // 0.1 is 9.0), inf and
# nan operands give nan
x = -2**63
print(x // -1, divmod(x, -1), x % -1, x.__floordiv__(-1))
print(1.0 // 0.1, divmod(1.0, 0.1), 716771458894151.0 // 0.3, -1.0 // 0.1, 1.0 // -0.1, -0.0 // 1.0, 0.0 // -1.0, 5.5 // 2.0, -5.5 // 2.0)
print(float('inf') // 1.0, 1.0 // float('inf'), -1.0 // float('inf'), float('nan') // 2.0)
import random
r = random.Random(5)
acc = 0.0
for i in range(2000):
    a = r.uniform(-1e6, 1e6); b = r.uniform(-10, 10)
    acc += (a // b) * 1.5 + divmod(a, b)[1]
print(repr(acc))
print(float("inf") % 1.0, 1.0 % float("inf"), divmod(float("inf"), 2.0))
print(-1.0 % float("inf"), float("nan") % 3.0, 3.0 % float("nan"), float("-inf") // 3.0)
