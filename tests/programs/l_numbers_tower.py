# the numbers module: the numeric tower, the builtin numbers and Fraction registered
import numbers
from fractions import Fraction
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral),
      isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(True, numbers.Number),
      isinstance("1", numbers.Number), isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral))
print(issubclass(int, numbers.Number), issubclass(float, numbers.Rational))
class MyReal(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
try: MyReal(1)
except TypeError as e: print(e)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
def total(xs):
    return sum(x for x in xs if isinstance(x, numbers.Number))
print(total([1, 2.5, "a", None, 3j]))
from fractions import Fraction
import numbers
print(isinstance(Fraction(1,3), numbers.Rational), isinstance(Fraction(1,3), numbers.Number))
