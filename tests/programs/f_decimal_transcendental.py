# Decimal exp, ln, log10 and non-integral powers, rounded to the context
from decimal import Decimal as D, localcontext, InvalidOperation
import random

print(D(4) ** D('0.5'), D(2) ** D('0.5'), D(1) ** D('0.5'), D('2.25') ** D('0.5'))
print(D(8) ** D('1.5'), D(10) ** D('-0.5'), D(2) ** D('2.0'), D(16) ** D('0.25'))
print(D(2).ln(), D(10).ln(), D(1).ln(), D(1).exp(), D(0).exp(), D('0.5').exp())
print(D(100).log10(), D(2).log10(), D('1e-5').exp(), D(-1).exp(), D(50).exp())
print(D(0) ** D('0.5'), repr(D(0) ** D('-0.5')), D(2) ** D('-1.5'), D('1e-30') ** D('0.5'))
print(D(1).log10(), D('0.001').log10(), D('1E+2').ln(), D('3e50').log10(), D(-300).exp())
print(D('1.0000000001').ln(), D('0.9999').ln(), D('1e-100').ln(), D('1e100').log10())
print(repr(D(0).ln()), D('Infinity').exp(), D('-Infinity').exp(), D('Infinity').ln())
for bad in (lambda: D(-2) ** D('0.5'), lambda: D(-1).ln(), lambda: D(-5).log10()):
    try:
        bad()
    except InvalidOperation as e:
        print("InvalidOperation", type(e).__name__)
for prec in (5, 12, 40):
    with localcontext() as c:
        c.prec = prec
        print(D(3) ** D('0.3333'), D(2).ln(), D(7).exp(), D(5).log10(), D('1.5') ** D('2.5'))
r = random.Random(3)
for i in range(25):
    x = D(r.randint(1, 10 ** 6)) / D(10 ** r.randint(0, 8))
    y = D(r.randint(-5000, 5000)) / D(1000)
    if y == y.to_integral_value():
        y += D('0.5')
    print(x.ln(), x.log10(), y.exp(), x ** y)
