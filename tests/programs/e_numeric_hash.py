# hash() of ints, big ints and floats follows CPython (equal numbers hash equal)
import math
vals = [0, 1, -1, -2, 2**61-1, 2**61, -(2**61), 2**62, -(2**63), 2**63-1, 2**63, 10**20, -10**20, 2**200, -(2**200)+1]
print([hash(v) for v in vals])
fl = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 1e20, -1e20, 1e300, 1e-300, 3.14159, -2.718, float('inf'), float('-inf'), 2.0**61, 2.0**62, 1e18, 123456789.123]
print([hash(f) for f in fl])
print(hash(10**20) == hash(1e20), {10**20: 1}.get(1e20), hash(-1.0), hash(True), hash(2**64) == hash(float(2**64)))
x = float('nan')
print(hash(x) == hash(x))
print(hash((1, 2.0)) == hash((1.0, 2)))
