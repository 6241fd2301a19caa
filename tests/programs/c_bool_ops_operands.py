# and/or/not return operands, is/is not, in/not in, chained comparisons with side effects
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or [] or {}, 'a' and 'b' and 'c', None or 0)
print(not 0, not 1, not '', not 'x', not None, not not [], [] and 1, [0] and 1)
print((1 or x_undefined), (0 and x_undefined))
def t(v, name):
    print('eval', name, end=' ')
    return v
print(t(0, 'a') or t(1, 'b') or t(2, 'c'))
print(t(1, 'a') and t(0, 'b') and t(2, 'c'))
print(t(1, 'a') < t(2, 'b') < t(0, 'c') < t(9, 'd'))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2, 1 < 3 > 2, 1 <= 1 >= 1, 'a' < 'b' <= 'b' in 'abc')
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None, 1 in a, 2 not in a, [1] in [a])
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 if [] or 0 else 2, 3 and 4 or 5, 0 and 4 or 5)
x = 5
print(0 < x < 10, 0 < x > 10, x in range(10), x not in [1, 2], not x in [5])
values = [0, '', 'y', None, 3]
print([v or 'default' for v in values], [v and 'set' for v in values])
print(any(values), all(values), any([]), all([]), any([0, 0.0, '']), all([1, 'a', [0]]))
