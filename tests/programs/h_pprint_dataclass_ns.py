# pprint of dataclass instances (field by field when the repr is the generated one),
# types.SimpleNamespace and mappingproxy, as CPython 3.11's pprint lays them out.
import pprint
import types
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    values: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    hidden: int = field(default=0, repr=False)


print(pprint.pformat(Result('n' * 20, list(range(25)), {'k': 'v' * 30}), width=60))
print(pprint.pformat(Result('short')))


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)


pprint.pprint(Tree('root', [Tree('child%d' % i, [Tree('leaf')]) for i in range(3)]), width=50)


@dataclass
class OwnRepr:
    x: list

    def __repr__(self):
        return 'OwnRepr' + repr(self.x)


print(pprint.pformat(OwnRepr(list(range(30)))))


class Sub(Result):
    pass


print(pprint.pformat(Sub('s' * 50, [1, 2]), width=40))
print(pprint.pformat(Result, width=10))
pprint.pprint([Result('a'), Result('b' * 70)])
ns = types.SimpleNamespace(a=list(range(30)), b='x' * 40, c={'q': 1})
pprint.pprint(ns, width=60)


class NS(types.SimpleNamespace):
    pass


pprint.pprint(NS(first=list(range(20)), second=['abc'] * 10), width=50)
mp = types.MappingProxyType({'k%d' % i: list(range(i)) for i in range(8)})
pprint.pprint(mp)
print(type(mp).__name__, repr(types.MappingProxyType({1: 2})))
