# Fraction from a Decimal, exactly (the constructor and from_decimal), with CPython's
# errors for NaN, infinities and non-Decimals.
from fractions import Fraction
from decimal import Decimal
print(Fraction(Decimal('1.75')), Fraction.from_decimal(Decimal('-0.125')), Fraction(Decimal('1E+3')), Fraction.from_decimal(7))
for bad in [Decimal('NaN'), Decimal('Infinity')]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print('TypeError', e)
