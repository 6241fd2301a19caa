# sequence * an object with __index__; list __iadd__/__imul__/__reversed__ (in place for a subclass); %c and operator.index with __index__
import operator
class Idx:
    def __index__(self): return 3
print([0] * Idx(), Idx() * 'ab', (1,) * Idx(), b'x' * Idx() if True else '')
class Rm:
    def __index__(self): return 2
    def __rmul__(self, o): return 'rmul'
print([1] * Rm())
try: [1] * object()
except TypeError as e: print(e)
print('%c' % Idx() if False else 'skip')
print(hasattr([], '__iadd__'), hasattr([], '__imul__'), hasattr([], '__reversed__'))
class L(list): pass
l = L([1]); alias = l
l += [2]
l *= 2
print(l, alias is l, type(l).__name__, list(reversed(l)), list([3, 4].__reversed__()))
a = [1]; b = a
a += (2, 3)
print(b, [1].__iadd__([5]), [7].__imul__(3))
try: a *= 'x'
except TypeError as e: print(e)
class M(list):
    def __iadd__(self, o):
        print('M.iadd'); return super().__iadd__(o)
m = M(); m += [1]; print(m, type(m).__name__)
class Idx:
    def __index__(self): return 65
class Bad:
    def __index__(self): return 1.5
print('%c' % Idx(), operator.index(True), type(operator.index(True)).__name__, operator.index(Idx()))
try: operator.index(Bad())
except TypeError as e: print(e)
try: operator.index(1.5)
except TypeError as e: print(e)
class I(int): pass
print('%c' % I(66), operator.index(I(3)), type(operator.index(I(3))).__name__)
