# too many positional arguments with keyword-only ones given, super() without arguments outside a method, object() has no __dict__
def f(a, *, b=1): pass
def g(a, b=2, *, c=1, d=2): pass
for call in (lambda: f(1, 2, b=3), lambda: f(1, 2), lambda: g(1, 2, 3, c=1, d=2), lambda: g(1, 2, 3, 4, d=0), lambda: f(b=1)):
    try: call()
    except TypeError as e: print(e)
try: super()
except RuntimeError as e: print('RuntimeError', e)
def h():
    return super()
try: h()
except RuntimeError as e: print('RuntimeError', e)
try: print(object().__dict__)
except AttributeError as e: print('AttributeError', e)
print(hasattr(object(), '__dict__'), vars(type('X', (), {})()))
try: vars(object())
except TypeError as e: print(e)
class Bad:
    def __set_name__(self, owner, name): raise ZeroDivisionError("boom")
try:
    class C:
        b = Bad()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__context__ is e.__cause__)
class Good:
    def __set_name__(self, owner, name): self.name = (owner.__name__, name)
class D:
    g = Good()
print(D.g.name)
