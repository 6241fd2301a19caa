# a subclass that overrides the reflected operator method is tried before the left operand
class B:
    def __add__(self, o): return "B.add"
    def __radd__(self, o): return "B.radd"
class D(B):
    def __radd__(self, o): return "D.radd"
class E(B):
    pass
class F(B):
    def __radd__(self, o): return NotImplemented
class G:
    def __add__(self, o): return NotImplemented
class H(G):
    def __radd__(self, o): return 'H.radd'
print(B() + D(), D() + B(), B() + E(), E() + B(), B() + F(), G() + H())
print(1 + D(), D() + 1)
try:
    H() + G()
except TypeError as e:
    print(e)
