# functools.cmp_to_key: a functools.KeyWrapper, as CPython's C type
from functools import cmp_to_key
K = cmp_to_key(lambda a, b: 0)
for a, k in [((), {'foo': 1}), ((1,), {'obj': 2}), ((), {'obj': 1, 'x': 2}), ((1,), {'x': 2})]:
    try:
        K(*a, **k)
        print("ok")
    except TypeError as e:
        print(e)
print(cmp_to_key(mycmp=len)(3).obj)
def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(type(K).__name__ if not isinstance(K, type) else "type", callable(K))
k1, k2 = K(1), K(2)
print(type(k1).__name__, type(k1).__module__)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k1 >= k2, k1 != k2, k1 == K(1))
print(k1.obj, k2.obj)
try:
    hash(k1)
except TypeError as e:
    print("hash:", e)
print(sorted([3, 1, 2], key=K))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
try:
    k1 < 5
except TypeError as e:
    print("lt int:", e)
for op in ('==', '!=', '<=', '>', '>='):
    try:
        print(eval('k1 ' + op + ' 5'))
    except TypeError as e:
        print(op, e)
try:
    print(5 == k1)
except TypeError as e:
    print('rev', e)
print(K.obj, k1(7).obj, type(k1(7)).__name__, repr(k1)[:22])
try:
    print(k1 == cmp_to_key(cmp)(1))
except TypeError as e:
    print('other K', e)
try:
    type(K)()
except TypeError as e:
    print('newtype', e)
try:
    K()
except TypeError as e:
    print("noarg:", e)
try:
    K(1, 2)
except TypeError as e:
    print("2arg:", e)
try:
    K(obj=1)
    print("kw ok")
except TypeError as e:
    print("kw:", e)
try:
    k1.obj = 5
    print(k1.obj)
except AttributeError as e:
    print("set:", e)
print(isinstance(k1, type(k2)))
print(hasattr(k1, '__dict__'))
try:
    cmp_to_key()
except TypeError as e:
    print("ctk:", e)
print(max([1,5,3], key=K), min([1,5,3], key=K))
