# 'g' formatting of a float whose rounding is a tie that rounds down into exponent form
# (105.0 with '.2g'): no trailing zeros without '#', as CPython; format()'s type ''
# with a precision keeps one zero after the point ('0.0').
for v, spec in [(105.0, '.2g'), (1000005.0, '.6g'), (942005.0, '.5'), (942004.0, '.5g'), (0.000125, '.2g'), (25.0, '.1g'), (35.0, '.1g'), (2.5, '.1g'), (1.5e-7, '.1g'), (9.5, '.1g'), (995.0, '.2g'), (123456785.0, '.8g'), (0.5, '.0g'), (1e16+2, '.16g'), (125.0, '.2e'), (12.5, '.1f')]:
    print(spec, format(v, spec), ('%' + spec + ('' if spec[-1] in 'eEfFgG' else 'g')) % v, '{:{}}'.format(v, spec), f'{v:#{spec}}' if spec[-1] != 'f' else '')
for v in [0.0, -0.0, 1.0, 9.999999, 105.0, 1e16, 1.5e-7, 0.1, 100.0, 123456.0]:
    print(format(v, '.3'), format(v, '.2'), format(v, '.1'), format(v, '.10'), format(v, '10.3'), f'{v:.6}', '{:.2}'.format(v))
