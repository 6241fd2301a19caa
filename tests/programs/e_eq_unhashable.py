# a class that defines __eq__ without __hash__ is unhashable (__hash__ is None)
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v
print(C.__hash__, C(1).__hash__, C(1) == C(1))
try:
    hash(C(1))
except TypeError as e:
    print('TypeError', e)
try:
    {C(1): 1}
except TypeError as e:
    print('TypeError', e)
class H(C):
    def __hash__(self):
        return hash(self.v)
print(H.__hash__ is not None, hash(H(3)) == hash(3), {H(1): 'a'}[H(1)])
class Sub(C):
    pass
print(Sub.__hash__)
try:
    hash(Sub(2))
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
pl = Plain()
print(hash(pl) == hash(pl), type(hash(pl)).__name__, {pl: 1}[pl])
class Both:
    __hash__ = None
try:
    hash(Both())
except TypeError as e:
    print('TypeError', e)
