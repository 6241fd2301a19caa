# typing: runtime-checkable Supports* protocols, isinstance with typing aliases, TypedDict; weakref.WeakMethod while alive; array tobytes/frombytes/byteswap, bytes initializers, 32-bit f items
import typing, weakref, array
print(isinstance(1, typing.SupportsInt), isinstance('x', typing.SupportsInt), isinstance(1.5, typing.SupportsFloat), isinstance([], typing.Iterable))
try: print(isinstance(1, typing.Protocol))
except TypeError as e: print('TypeError', e)
class Movie(typing.TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m).__name__)
P = typing.TypedDict('P', {'a': int}); print(P(a=1))
class C:
    def m(self): return 'm'
c = C(); wm = weakref.WeakMethod(c.m); print(wm()(), wm() == c.m)
a = array.array('b', b'\xff\x01'); print(a, a.tobytes())
a = array.array('h', [1, 256]); a.byteswap(); print(a)
print(array.array('i', [1, 2]).tobytes())
print(Movie.__required_keys__ == {'name', 'year'}, Movie.__total__, sorted(Movie.__annotations__))
class Sub(Movie, total=False):
    extra: int
print(sorted(Sub.__optional_keys__), sorted(Sub.__required_keys__), Sub(name='a'))
try: isinstance({}, Movie)
except TypeError as e: print(e)
print(isinstance(1, typing.SupportsIndex), isinstance(1.0, typing.SupportsIndex), isinstance(3, typing.SupportsRound))
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), isinstance(len, typing.Callable))
try: isinstance([], typing.List[int])
except TypeError as e: print(e)
print(isinstance(1, typing.Union[int, str]), isinstance(None, typing.Optional[int]))
try: isinstance(1, typing.Any)
except TypeError as e: print(e)
a = array.array('f', [0.1, 1e300, -1e300, 2.5]); print(a, a.tobytes())
b = array.array('d'); b.frombytes(array.array('d', [1.5, -2.0]).tobytes()); print(b)
try: b.frombytes(b'abc')
except ValueError as e: print(e)
c = array.array('l', [1, -1]); c.byteswap(); print(c); c.byteswap(); print(c)
print(array.array('B', bytearray(b'xyz')), array.array('u' if False else 'H', b'\x01\x02'))
