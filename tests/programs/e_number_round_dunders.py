# __round__, __floor__, __ceil__, __trunc__ of int and float called directly; __pow__ with a modulus
print((1.5).__round__(), (2.5).__floor__(), (2.5).__trunc__(), (3).__round__())
print((2.5).__round__(), (-2.5).__ceil__(), (-2.5).__trunc__(), (-2.5).__floor__(), (1234.5678).__round__(2), (1234.5678).__round__(-2))
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (7).__round__(3), True.__round__(), True.__floor__(), (5).__ceil__(), (-5).__trunc__())
print(type((2.0).__floor__()).__name__, float.__ceil__(1e20), int.__round__(15, -1))
print((3).__pow__(2, 5), (3).__pow__(2), int.__pow__(2, -1, 7), (2).__rpow__(3, 5), (3).__pow__(2, None), (3).__pow__(2.0, 5), (3).__pow__(2, 5.0))
for f in [lambda: (2.0).__pow__(2, 5), lambda: (float('inf')).__floor__(), lambda: float('nan').__trunc__(), lambda: (2).__pow__(2, 0), lambda: (1.5).__round__(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class F(float):
    pass
class I(int):
    pass
print(round(F(2.5)), round(F(2.675), 2), round(I(25), -1), F(3.7).__floor__(), I(4).__round__())
import math
print(math.floor(F(3.5)), math.ceil(F(3.5)), math.trunc(F(-3.5)), math.floor(I(3)))
print(pow(3, 2, 5), pow(2, -1, 7), round(2.675, 2), round(-0.5), round(25, -1))
