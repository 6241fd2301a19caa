# Decimal compared with Fraction (any Rational): exactly, as CPython's decimal does.
from decimal import Decimal
from fractions import Fraction
print(Decimal("0.1") == Fraction(1, 10), Decimal("0.31") < Fraction(1, 3), Decimal("0.34") > Fraction(1, 3))
print(Fraction(1, 10) == Decimal("0.1"), Fraction(1, 3) > Decimal("0.3"), Decimal(-1) < Fraction(-1, 2))
print(sorted([Decimal("0.5"), Fraction(1, 3), 1, 0.25]))
print(Decimal('Infinity') > Fraction(10**9), Decimal('-0') == Fraction(0))
