# object.__new__ refuses arguments beyond the class as CPython's object_new: when the
# class overrides __new__, or does not override __init__.
class P: pass
for call in [lambda: P(1), lambda: P(a=1), lambda: object.__new__(P, 1), lambda: object(1)]:
    try:
        call(); print('no error')
    except TypeError as e:
        print('TypeError', e)
class Strict:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    Strict(1); print('no error')
except TypeError as e:
    print('TypeError', e)
class WithInit:
    def __init__(self, x): self.x = x
print(object.__new__(WithInit).__class__.__name__, WithInit(3).x)
class NewOnly:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
print(NewOnly(4).x)
class Both:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, *a, **k): self.a = a
print(Both(1, 2).a)
class InitOnly:
    def __init__(self, *a): self.a = a
print(object.__new__(InitOnly, 1, 2).__class__.__name__)
