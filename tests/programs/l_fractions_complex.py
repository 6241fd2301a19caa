# fractions.Fraction with complex operands: the Fraction becomes a complex (float for **)
from fractions import Fraction
h = Fraction(1, 2)
for f in [lambda: h + 1j, lambda: 1j + h, lambda: h - 2j, lambda: 2j - h, lambda: h * 1j, lambda: 1j * h,
          lambda: h / 2j, lambda: 2j / h, lambda: h ** 1j, lambda: 1j ** h, lambda: h == 0.5 + 0j,
          lambda: 0.5 + 0j == h, lambda: h == 0.5 + 1j, lambda: h != 1j, lambda: complex(Fraction(1, 4)),
          lambda: h < 1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
