# collections.UserDict, UserList and UserString (made on first use through the module's __getattr__, PEP 562)
import collections.abc  # (imported here so that the leak check counts it: UserDict imports it on first use)
import copy
from collections import UserDict, UserList, UserString
import collections
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, len(d), 'a' in d, d.get('z', 0), sorted(d.keys()), d.data, type(d.copy()).__name__, d | {'x': 9})
class Dflt(UserDict):
    def __missing__(self, k): return k * 2
print(Dflt()['ab'], UserDict.fromkeys('ab', 0), isinstance(d, collections.abc.MutableMapping))
l = UserList([3, 1, 2])
l.append(0); l.sort(); l += [9]
print(l, l[1:3], type(l[1:3]).__name__, l * 2, [5] + l, l == [0, 1, 2, 3, 9], len(l), l.pop(), l.index(2))
s = UserString('Hello')
print(s.upper(), type(s.upper()).__name__, s + '!', s[1:3], s.split('l'), 'ell' in s, s.startswith('He'), len(s), s * 2, '%s-%d' % (s, 1))
print(repr(s), str(s), s == 'Hello', hash(s) == hash('Hello'), sorted([UserString('b'), UserString('a')]))
print(collections.UserDict is UserDict, hasattr(collections, 'UserList'), hasattr(collections, 'Nope'))
