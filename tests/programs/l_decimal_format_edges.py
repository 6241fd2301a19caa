# decimal: fma with int operands; '%', 'n' and the others for zeros and exponents;
# an infinity's as_tuple(), as CPython's.
from decimal import Decimal as D
print(D('12.3').fma(2, 1), D(2).fma(D('0.5'), -1))
for v in ['0', '-0', '0.00', '1E+2', '12.5', '-0.000', '1E-7']:
    print(v, format(D(v), '%'), format(D(v), '.1%'), format(D(v), 'n'), format(D(v), 'g'), format(D(v), 'e'), format(D(v), ''))
print(D('Infinity').as_tuple(), D('-Infinity').as_tuple())
