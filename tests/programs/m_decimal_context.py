from decimal import Decimal as D, getcontext
import decimal
print(D('1e100') * D('1e100'), D('1.5e-10') / 3, D(12345678901234567890123456789012), D('9.99999999999999999999999999999'), D(1) - D('1e-30'))
print(D(255).quantize(D('1e1')), D('0.000') + D('0.00'), D('-0.0') * 5, D(5) * D('-0'), D('1') / D('-0.5'), D('2.50') * 4)
print(D('1.2345').to_eng_string(), D('123E+4').to_eng_string(), D('1E-8').to_eng_string(), getcontext())
ctx = getcontext()
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
ctx.clear_flags(); print(ctx, D(1) / 4, ctx.flags[decimal.Inexact])
D(2) / 3; print(ctx.flags[decimal.Inexact], ctx)
ctx.clear_flags(); D('1.25').quantize(D('0.1')); print(ctx)
ctx.clear_flags(); D('1.20').quantize(D('0.1')); print(ctx)
try:
    D('abc')
except decimal.InvalidOperation as e:
    print(type(e), e)
