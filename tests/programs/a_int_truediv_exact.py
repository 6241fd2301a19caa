# int / int is the correctly rounded quotient, also for ints beyond 2**53 (not the
# quotient of the two rounded floats); a float overflow's OverflowError is errno-style
# (found by the fuzzer: seeds 2000000876, 3000000005)
print((12 << 51) / (2 ** 53 + 1), -(12 << 51) / 7, 2 ** 62 / 3, (2 ** 53 + 1) / 1)
print(1 / (2 ** 60), 7 / 2, -9 / 4, (10 ** 30) / (2 ** 53 + 1), (3 ** 40) / (7 ** 20))
print([(12 << 51) / d for d in (3, 7, 406419353, 40641935311, 12345678901234567)])
print(10 ** 300 / 10 ** 299, (2 ** 63 - 1) / (2 ** 62 + 1), -(2 ** 63) / 3)
try:
    2.0 ** 5000
except OverflowError as e:
    print(e.args, str(e), repr(e))
try:
    10 ** 400 / 3
except OverflowError as e:
    print(e)
