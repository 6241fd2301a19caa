# &, | and ^ of two bools give a bool; with an int they give an int
print(True & False, True | False, True ^ True, False ^ True, True & True, False | False)
print(type(True & False).__name__, type(True | 0).__name__, type(1 ^ False).__name__)
print(True & 3, True | 2, True ^ 3, 6 & True, 0 | False)
x = True
x &= False
print(x, type(x).__name__)
y = False
y |= True
print(y, type(y).__name__)
z = True
z ^= 1
print(z, type(z).__name__)
print([a & b for a in (False, True) for b in (False, True)])
print([a | b for a in (False, True) for b in (False, True)])
print([a ^ b for a in (False, True) for b in (False, True)])
print(True + True, True * False, -True, ~False, True << 2)
flags = [1 > 0, 2 > 3, 'a' < 'b']
acc = False
for f in flags:
    acc = acc | f
print(acc, type(acc).__name__)
