# comparisons and equality across int, float and bool; hashing consistency
print(1 == 1.0, 0 == False, 1 == True, 2 == True, 0.0 == -0.0)
print(1 < 1.5, 2 > 1.999, -1 < False, True < 2, True + True)
print(10**20 == 1e20, 10**20 < 1e21, 2**53 + 1 == float(2**53 + 1))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(-0.0))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
print(max(1, 1.0), max(1.0, 1), min(True, 1), max(2, 2.5, True))
print(sorted([3, 1.5, True, 0, -2.5, False]))
print(type(True + 1).__name__, type(True + 1.0).__name__, type(True & False).__name__)
print(True & True, True | False, True ^ True, ~True)
print(isinstance(True, int), isinstance(1, bool), bool(0.0), bool(-0.0), bool(1e-300))
print(int(True), float(False), str(True), repr(False))
print(1 != 1.0, 3 != 4, not 0, not 3)
try:
    print(1 < 'a')
except TypeError:
    print('int < str TypeError')
try:
    print([1] < (1,))
except TypeError:
    print('list < tuple TypeError')
print(1 == 'a', None == 0, [] == (), [1, 2] == [1.0, 2.0], (1, 2) < (1, 2, 0))
print(-5 < -4.5 < 0 == 0.0 < True)
