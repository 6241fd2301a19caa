# dict | dict and dict |= iterable (PEP 584)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a | {}
print(c, c is a, c == a)
d = dict(a)
d |= b
print(d, list(d))
d |= [('w', 0), ('x', 100)]
print(d)
d |= {}
print(d)
e = {}
e |= {'k': 'v'}
print(e)
alias = d
alias |= {'new': 1}
print(d is alias, d)
try:
    a | [('q', 1)]
except TypeError as ex:
    print('TypeError', ex)
try:
    [('q', 1)] | a
except TypeError as ex:
    print('TypeError', ex)
try:
    d |= 5
except TypeError as ex:
    print('TypeError', ex)
print({1: 'a', True: 'b'} | {1.0: 'c'})
