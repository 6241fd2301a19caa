# X | Y on types (types.UnionType) and subscripted builtins (types.GenericAlias)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    pass


class Box:
    def __class_getitem__(cls, item):
        return 'Box of %r' % (item,)


class MyList(list):
    pass


print(int | None, int | str | None, list[int] | None, None | int)
print(int | (str | None), (int | str) | (bytes | None), int | int, int | str | int)
print(repr(int | str), str(list[int]), type(int | str), type(list[int]))
print(type(int | str).__name__, type(list[int]).__name__)
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[float], frozenset[str])
print(dict[str, list[int]], list[C], type[int], list[...], list[[int]])
print(list[int | None], dict[str, int | list[str]], MyList[int])
print((int | str).__args__, (int | None).__args__, list[int].__args__, list[int].__origin__)
print(dict[str, int].__args__, list[int].__parameters__)
print(list[int](range(3)), dict[str, int](a=1), tuple[int, ...]([1, 2]), list[int]())
print(MyList[int]([1]), type(MyList[int]([1])).__name__)
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print((int | str) == (str | int), (int | str) == (int | bytes), int | str == int)
print(hash(int | str) == hash(str | int), hash(list[int]) == hash(list[int]))
print({list[int]: 1}[list[int]], len({int | str, str | int}))
print(isinstance(3, int | str), isinstance('a', int | str), isinstance(3.0, int | str))
print(isinstance(None, int | None), isinstance(3, (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(1, int | list[int]), callable(list[int]), callable(int | str))
attempt('isinstance alias', lambda: isinstance([], list[int]))
attempt('isinstance union alias', lambda: isinstance('a', int | list[int]))
attempt('issubclass alias', lambda: issubclass(list, list[int]))
attempt('int[str]', lambda: int[str])
attempt('C[int]', lambda: C[int])
attempt('Box[int]', lambda: Box[int])
attempt('Box[int, str]', lambda: Box[int, str])
attempt('alias[int]', lambda: list[int][int])
attempt('None | None', lambda: None | None)
attempt('int | 3', lambda: int | 3)
attempt('3 | int', lambda: 3 | int)
attempt('int | "str"', lambda: int | 'str')
attempt('union call', lambda: (int | str)())
attempt('union attr', lambda: (int | str).foo)
attempt('alias attr', lambda: list[int].foo)
attempt('alias append', lambda: list[int].append)
attempt('type.__or__', lambda: type.__or__(int, str))
attempt('type.__ror__', lambda: type.__ror__(int, str))
attempt('type.__or__ 3', lambda: type.__or__(int, 3))
attempt('C | None', lambda: C | None)
attempt('list[C] | C', lambda: list[C] | C)
x = int
x |= str
print(x)
aliases = [list[int], dict[str, float], tuple[int, str], int | None]
for a in aliases:
    print(a, type(a).__name__)

import collections
from collections import deque, defaultdict, OrderedDict, Counter
print(deque[int], defaultdict[str, int], OrderedDict[str, int], Counter[str])
print(deque[int]([1, 2]), deque[int] | None)
GA = type(list[int])
print(GA(list, (int,)), GA(dict, int), GA(list, (int,)) == list[int])
attempt('GA()', lambda: GA(list))
