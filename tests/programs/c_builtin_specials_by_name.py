# the special methods of builtin types called by name: the dict views' set operators,
# len, iteration, membership and reversal; dict's |, |= and reversed; range and None
# truth; str's %; __class_getitem__; float has no bitwise operators
from collections import OrderedDict

d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
print(list(k.__iter__()), k.__len__(), k.__contains__(2), k.__contains__(9))
print(sorted(k.__and__({2, 3, 4})), sorted(k.__or__([5])), sorted(k.__xor__({1, 9})),
      sorted(k.__sub__({1})), sorted(k.__rsub__({1, 7})))
print(list(k.__reversed__()), list(d.values().__reversed__()),
      list(d.items().__reversed__()))
items = d.items()
print(items.__len__(), items.__contains__((1, 'a')), sorted(items.__and__({(1, 'a')})))
print(d.values().__len__(), list(d.values().__iter__()))
print(d.__or__({4: 'd'}), d.__ror__({0: 'z'}), d.__or__(5))
e = dict(d)
print(e.__ior__({9: 'i'}) is e, e)
print(list(d.__reversed__()), list(reversed(d)), list(reversed(d.keys())))
print(range(0).__bool__(), range(3).__bool__(), list(range(4).__reversed__()))
print(None.__bool__(), 'x%sy%d'.__mod__(('a', 5)), '%s!'.__rmod__(5))
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple[int, ...])


class MyList(list):
    pass


print(MyList[int], OrderedDict[str, int])
for name in ['__and__', '__or__', '__xor__', '__lshift__', '__rshift__', '__rand__',
             '__add__', '__mod__', '__pow__']:
    print(name, hasattr(1.5, name), hasattr(1, name))
try:
    1.5 & 1
except TypeError as exc:
    print(exc)
