# __length_hint__ of the builtin iterators, and operator.length_hint
import operator
l = [1,2,3]
it = iter(l); next(it)
print(it.__length_hint__(), operator.length_hint(it))
l.append(4); print(it.__length_hint__())
for x in it: pass
print(it.__length_hint__())
print(iter((1,2)).__length_hint__(), iter("aé€").__length_hint__(), iter(range(10, 0, -3)).__length_hint__())
r = reversed([1,2,3]); next(r); print(r.__length_hint__())
r = reversed((1,2,3)); print(r.__length_hint__())
d = {1:2, 3:4}; i = iter(d); next(i); print(i.__length_hint__(), iter(d.items()).__length_hint__(), reversed(d).__length_hint__())
print(operator.length_hint(map(str, l), 7))
print(hasattr(iter(map(str, l)), '__length_hint__'))
