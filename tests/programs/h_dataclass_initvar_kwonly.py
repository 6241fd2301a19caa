# dataclasses: InitVar pseudo-fields (given to __init__, passed to __post_init__, not
# fields; replace() needs them), KW_ONLY, kw_only=True and make_dataclass.
from dataclasses import dataclass, field, fields, replace, asdict, InitVar, KW_ONLY, make_dataclass
import dataclasses

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
w = WithInit(3, 4)
print(w, fields(WithInit)[0].name, len(fields(WithInit)), asdict(w), WithInit(2), replace(w, a=5), WithInit.scale)
print(repr(InitVar[int]), repr(InitVar[list]), 'scale' in WithInit.__dataclass_fields__, w == WithInit(12, 1))

@dataclass
class Conn:
    host: str
    password: InitVar[str]
    port: int = 80
    secret: str = field(init=False, default='')
    def __post_init__(self, password):
        self.secret = '*' * len(password)
c = Conn('h', 'abc')
print(c, Conn('x', 'pw', 8080))
try:
    replace(c, port=1)
except ValueError as e:
    print("ValueError:", e)
print(replace(c, password='zz', port=1))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, b=3), [f.name for f in fields(KW)], [f.kw_only for f in fields(KW)], KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class KW2:
    _: KW_ONLY
    x: int
    y: int = 0
print(KW2(x=1), KW2(y=2, x=3))

@dataclass
class Sub(WithInit):
    b: int = 0
print(Sub(1, 2, 3), [f.name for f in fields(Sub)])

MD = make_dataclass('MD', [('p', int), ('q', str, field(default='z'))])
print(MD(1), MD(2, 'w'), MD.__name__, [f.type for f in fields(MD)], MD.__module__)
MD2 = make_dataclass('MD2', ['a', ('b', int, field(default=1))], frozen=True, namespace={'double': lambda self: self.b * 2})
m2 = MD2(5)
print(m2, m2.double(), hash(m2) == hash(MD2(5)), [f.type for f in fields(MD2)])
try:
    make_dataclass('Bad', ['a', 'a'])
except TypeError as e:
    print("TypeError:", e)
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 1
print(AllKW(a=1), AllKW(b=2, a=0))
