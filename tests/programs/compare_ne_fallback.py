# != without a __ne__ of its own goes through __eq__ (object.__ne__), and a subclass's
# reflected method is tried first, in CPython's order.
class E:
    def __eq__(self, other):
        print('E.__eq__')
        return NotImplemented


class F(E):
    def __ne__(self, other):
        print('F.__ne__')
        return NotImplemented


class G:
    def __eq__(self, other):
        print('G.__eq__')
        return NotImplemented


class H:
    def __eq__(self, other):
        print('H.__eq__')
        return True


class N:
    def __ne__(self, other):
        print('N.__ne__')
        return 7


class Plain:
    pass


print(E() != F())
print(F() != E())
print(E() == F())
print(E() != G())
print(G() != H())
print(H() != G())
print(N() != 1, 1 != N(), N() == N())
p = Plain()
print(p != p, p != Plain(), p == p)
print(H() != 1, 1 != H(), [H()] != [H()])
