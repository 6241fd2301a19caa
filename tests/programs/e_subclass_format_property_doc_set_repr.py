# format() of int/float/str subclasses with a spec; a property's doc from its getter; set/frozenset subclass reprs
class F(float): pass
class I(int):
    def __str__(self): return "I!"
class S(str): pass
print(f'{F(1.5):.2f}', format(I(5), 'd'), format(I(5), ''), f'{I(7):>4}', f'{S("ab"):>4}|', format(F(2.0)), format(F(2.0), ''))
class P:
    @property
    def x(self):
        "the x"
        return 1
print(P.x.__doc__, property(lambda s: 1, doc="given").__doc__)
class St(set): pass
class Fz(frozenset): pass
print(St([1]), Fz([2]), repr(St()), Fz())
