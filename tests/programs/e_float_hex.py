# float.hex() and float.fromhex(): exact strings, rounding, subnormals, errors
import random
vals = [0.1, -0.0, 0.0, 1.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.0, -2.5, 1e-310, 123456.789]
for v in vals:
    print(v.hex())
for s in ['0x1.8p1', '  -0X1P-1074 ', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff7p1023', '0x.8', '1', 'ABC.DEp10', 'inf', '-Infinity', 'nan', '0x0p99999999999999999', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x1p-1074', '0x0.0000000000001p-1022', '0x1.0000000000001p-1023']:
    print(repr(s), float.fromhex(s))
for s in ['', '0x', 'x1', '0x1p', '0x1.2.3', 'p1', '0x1p+-2', '0x1 2']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), e)
for s in ['0x1p1024', '0x1.fffffffffffffp1023x', '0x1.fffffffffffff8p1023 ']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
r = random.Random(5)
for i in range(300):
    x = r.uniform(-1e10, 1e10) * 2.0 ** r.randint(-1100, 1000)
    assert float.fromhex(x.hex()) == x, x
print('ok')
