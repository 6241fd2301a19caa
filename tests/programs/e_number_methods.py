# int.bit_length, float.is_integer, .real/.imag/.conjugate of int and float
for n in [0, 1, 2, 3, 255, 256, -1, -256, -257, 2 ** 62, 2 ** 63, 2 ** 100, -(2 ** 100) - 1]:
    print(n, n.bit_length())
print(True.bit_length(), False.bit_length())
for f in [3.0, 3.5, -2.0, 0.0, -0.0, 1e300, 1e-300, float('inf'), float('nan')]:
    print(f, f.is_integer())
print((5).real, (5).imag, (5).conjugate(), (-7).real, (2 ** 70).real)
print(True.real, type(True.real).__name__, True.conjugate(), type(True.conjugate()).__name__)
print((2.5).real, (2.5).imag, (2.5).conjugate(), (-0.5).conjugate())
print((10).numerator, (10).denominator)
x = 12
print(x.bit_length(), int.bit_length(1023), float.is_integer(4.0))
try:
    (3).bit_length(1)
except TypeError as e:
    print('TypeError', e)
for f in [0.5, 1.5, -0.75, 0.1, 3.0, 1e300, 5e-324, 0.0, -2.0]:
    print(f, f.as_integer_ratio())
print((7).as_integer_ratio(), True.as_integer_ratio(), (-(2 ** 70)).as_integer_ratio())
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
