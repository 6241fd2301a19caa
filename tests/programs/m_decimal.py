from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal
D = Decimal
print(D('1.1') + D('2.2'), D(1) / D(3), D(2) / D(3), D('10') / D('4'), D(1) / D(8), D(100) / D(4), D('1.00') / D('0.1'))
print(repr(D('3.14')), D(0.1), D(1.5), D(-0.0), D(10**30), D('1e10'), D('1E-7'), D('0.000001'), D('0.0000001'), D('123.4500'), D('-0'), D('1e+2'))
print(D('inf'), D('-Infinity'), D('nan'), D('  12.5 '), D('1_000.5'), D((1, (3, 1, 4), -2)), D(' -.5'), D('5.'))
print(D('1.30') * D('1.20'), D('7') - D('7.00'), D('-1.5') + D('1.5'), D('0.1') * 3, sum([D('0.1')] * 10), D(2) ** 100, D('1.1') ** 3, D(2) ** -2)
print(D(7) // D(2), D(-7) // D(2), D(7) % D(3), D(-7) % D(3), divmod(D('7.5'), D(2)), D('12.345') % 1, -D('5'), +D('1.000'), abs(D('-2.50')))
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1e-4').sqrt(), D(10).sqrt())
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('2.665').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('7.5').quantize(D('1')), D('-7.5').quantize(D(1), rounding=ROUND_FLOOR))
print(round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), int(D('-7.9')), float(D('0.1')), D('7.90').normalize(), D('100').normalize(), D('0.00').normalize(), D('5.5').to_integral_value())
print(D('1.0') == D('1'), D('1') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(1) < 2, D('1.5') > 1.4, sorted([D('2'), D('1.5'), D('-3')]), max(D(1), D('1.01')), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5))
print(D('123.456').as_tuple(), D('-0.5').as_integer_ratio(), D('1.23E+5').adjusted(), D('0').is_zero(), D('-1').is_signed(), D('1E+3'), D(1000).normalize(), D('1e3') + 0)
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('3.14159'):10.3f}|", f"{D('0.125'):.2%}", f"{D('12345.678'):.3e}", f"{D('1.5')}", format(D('2.5'), '.0f'), format(D('-3.14159'), '+.3f'), format(D('1e-10'), 'f'))
getcontext().prec = 50
print(D(1) / D(7), D(2).sqrt())
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, ctx.prec)
print(D(1) / D(3), getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
with localcontext(prec=6):
    print(D(22) / D(7))
for bad in ['abc', '1.2.3', '', '1e']:
    try:
        D(bad)
    except InvalidOperation as e:
        print('InvalidOperation', repr(e))
try:
    D(1) / 0
except DivisionByZero as e:
    print('DivisionByZero', e, isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except InvalidOperation as e:
    print('InvalidOperation', e)
try:
    D(1) + 1.5
except TypeError as e:
    print(e)
try:
    2.5 * D(1)
except TypeError as e:
    print(e)
print(isinstance(D(1), Decimal), type(D(1)), D.__name__, D('1') + True, 3 - D('0.5'), 1 / D(4), 2 ** D(3))
# compound interest, rosetta style
principal = D('1000.00'); rate = D('0.05')
for year in range(1, 4):
    principal = (principal * (1 + rate)).quantize(D('0.01'), rounding=ROUND_HALF_UP)
    print(year, principal)
# pi via Machin's formula with Decimal
def arctan_inv(x, prec):
    with localcontext() as c:
        c.prec = prec + 5
        x = D(x); total = term = D(1) / x; x2 = x * x; n = 1; sign = 1
        while True:
            term /= x2; n += 2; sign = -sign
            t = term / n
            if t == 0 or t.adjusted() < -(prec + 5): break
            total += sign * t
        return total
with localcontext() as c:
    c.prec = 40
    pi = 4 * (4 * arctan_inv(5, 40) - arctan_inv(239, 40))
    print(+pi)
print(str(D('1e-7') * 1), D('0.1') + D('0.2') == D('0.3'), D(3).max(D(5)), D(5).compare(D(3)), decimal.getcontext().prec)
