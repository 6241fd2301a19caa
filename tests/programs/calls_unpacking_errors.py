# Errors of * and ** unpacking in calls and displays, with CPython 3.11's messages.
def f(*a, **k):
    return a, k


class C:
    def m(self, **k):
        return k


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


class Keys:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return k * 2


cases = [
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(*[1], a=1, **{'a': 2}),
    lambda: f(**{'a': 1}, a=2),
    lambda: f(**1),
    lambda: f(**{1: 2}),
    lambda: C().m(**{'a': 1}, **{'a': 2}),
    lambda: print(**{'sep': 1}, **{'sep': 2}),
    lambda: f(*[1], **{'b': 1}, c=3),
    lambda: dict(**{'a': 1}, **{'a': 2}),
    lambda: f(*1),
    lambda: f(1, *None),
    lambda: print(*5),
    lambda: C(*3),
    lambda: [*1],
    lambda: (*1,),
    lambda: [0, *None, 2],
    lambda: {**1},
    lambda: {**[]},
    lambda: f(*Seq(), **Keys()),
    lambda: f(*'ab', *(3,), **{'k': 1}),
    lambda: f(*Seq()),
    lambda: {**Keys(), 'z': 1},
    lambda: f(**Keys(), x=0),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)
