# Pickling and copying dataclasses made with slots=True, frozen ones too (CPython's
# __getstate__/__setstate__ for them); a function's repr after __qualname__ is set;
# a module's own __dir__ (PEP 562).
import dataclasses, pickle, copy
@dataclasses.dataclass(frozen=True, slots=True)
class FS:
    k: str
    n: int = 0
x = pickle.loads(pickle.dumps(FS('a', 2)))
print(x, x == FS('a', 2), copy.deepcopy(FS('b')), copy.copy(FS('c', 1)))
@dataclasses.dataclass(slots=True)
class S:
    a: int
print(pickle.loads(pickle.dumps(S(5))), FS.__getstate__(FS('z')))
def f(): pass
f.__qualname__ = 'Other.meth'
print(repr(f).split(' at ')[0], f.__qualname__)
import types
m = types.ModuleType('m')
exec("def __dir__(): return ['b', 'a']\nx = 1", m.__dict__)
print(dir(m))
