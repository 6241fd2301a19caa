# CPython 3.11's limit on int <-> decimal str conversions (4300 digits by default).
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)), len(repr(-big)))       # 4300 digits: within the limit
for thunk in [lambda: str(10 ** 4300), lambda: repr(-10 ** 4300), lambda: '%d' % 10 ** 5000,
              lambda: f'{10 ** 5000}', lambda: format(10 ** 5000, ','), lambda: print(10 ** 100000),
              lambda: int('1' * 4301), lambda: int('-' + '2' * 5000), lambda: int('1_' * 4300 + '1'),
              lambda: int('1' * 4300) % 7, lambda: len(hex(10 ** 5000)),
              lambda: int('f' * 5000, 16) % 1000, lambda: int('1' * 5000, 7) % 1000,
              lambda: sys.set_int_max_str_digits(100), lambda: sys.set_int_max_str_digits(-1)]:
    try:
        print(thunk())
    except ValueError as e:
        print('ValueError:', e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)), int('7' * 6000) % 1000)
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)))
try:
    str(10 ** 640)
except ValueError as e:
    print('ValueError:', e)
