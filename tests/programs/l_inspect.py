# inspect: predicates, getmembers, getdoc/cleandoc, signature/Parameter/BoundArguments, getfullargspec, getcallargs, getsource
import typing
import inspect
import functools
import abc
import sys


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Indented line.
    Last line.
    """
    return a


def annotated(x: int, y: 'str' = 'hi', *, z: float = 1.5) -> str:
    return str(x)


def posonly(a, b, /, c, *, d):
    pass


def gen(n):
    yield n


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=1):
    return p + q


class Base:
    """Base class doc."""

    def method(self, x, y=3):
        """Method doc."""
        return x

    @classmethod
    def cmethod(cls, v):
        return v

    @staticmethod
    def smethod(w):
        return w

    @property
    def prop(self):
        return 1


class Child(Base):
    def __init__(self, alpha, beta=None):
        self.alpha = alpha

    def method(self, x, y=3):
        return x


class Empty:
    pass


class Callable:
    def __call__(self, u, v=0):
        return u


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        return 1


print('--- predicates')
for name, obj in [('plain', plain), ('Base', Base), ('method', Child(1).method),
                  ('len', len), ('sys', sys), ('gen', gen), ('gen()', gen(1)),
                  ('lambda', lambda: 0), ('int', 3)]:
    print(name, inspect.isfunction(obj), inspect.ismethod(obj), inspect.isclass(obj),
          inspect.ismodule(obj), inspect.isbuiltin(obj), inspect.isroutine(obj),
          inspect.isgeneratorfunction(obj), inspect.isgenerator(obj),
          inspect.iscoroutinefunction(obj))
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))
print(inspect.isdatadescriptor(Base.__dict__['prop']), inspect.isdatadescriptor(plain))
print(inspect.ismethoddescriptor(Base.__dict__['prop']), inspect.ismethoddescriptor(plain))
print(inspect.currentframe() is None or True, inspect.isframe(None))

print('--- members')
print([n for n, v in inspect.getmembers(Child) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(1), inspect.ismethod)
       if not n.startswith('__')])
print(inspect.getmembers(Child(5), lambda v: v == 5))
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.getmodule(plain) is sys.modules[__name__], inspect.getmodule(sys) is sys)
print(inspect.getmodule(Child).__name__)

print('--- docs')
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Base)), repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child(1).method)))
print(repr(inspect.getdoc(Empty)), repr(inspect.getdoc(annotated)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n\tA\n\tB\n')))
print(repr(inspect.cleandoc('')))

print('--- signature')
for obj in [plain, annotated, posonly, gen, wrapped, Base.method, Child(1).method,
            Base.cmethod, Base.smethod, Child, Empty, Callable, Callable(),
            lambda: 0, lambda *a, **k: 0,
            functools.partial(plain, 1), functools.partial(plain, b=5),
            functools.partial(plain, 1, 2, 3, c=0)]:
    print(inspect.signature(obj))
sig = inspect.signature(plain)
print(repr(sig))
print(sig.parameters)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description,
          p.default is p.empty, p.annotation is inspect.Parameter.empty)
s2 = inspect.signature(annotated)
print(s2.return_annotation, s2.parameters['x'].annotation, repr(s2.parameters['y']))
print(inspect.Signature.empty, inspect.signature(plain).return_annotation)
print(inspect.signature(wrapped, follow_wrapped=False))
print(list(inspect.signature(posonly).parameters))
print(sig == inspect.signature(plain), sig == s2)
print(inspect.Parameter.KEYWORD_ONLY > inspect.Parameter.VAR_POSITIONAL)

print('--- bind')
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
print(sig.bind_partial(c=1))
print(inspect.signature(posonly).bind(1, 2, 3, d=4).args)
print(inspect.signature(posonly).bind(1, 2, c=3, d=4).kwargs)
errors = [(sig, (), {}), (sig, (1,), {}), (sig, (1,), {'a': 2, 'c': 1}),
          (inspect.signature(posonly), (), {'a': 1, 'b': 2, 'c': 3, 'd': 4}),
          (inspect.signature(posonly), (1, 2, 3, 4), {'d': 4}),
          (inspect.signature(annotated), (1,), {'w': 2}),
          (inspect.signature(lambda: 0), (1,), {})]
for s, args, kwargs in errors:
    try:
        s.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

print('--- construct')
P = inspect.Parameter
new = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1),
                         P('rest', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int),
                         P('opts', P.VAR_KEYWORD)], return_annotation=list)
print(new, new.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.KEYWORD_ONLY, default=None).replace(name='y', default=2))
for make in [lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: P('1x', 1),
             lambda: P('x', 9), lambda: P('class', 1),
             lambda: inspect.Signature([P('x', 3), P('y', 1)]),
             lambda: inspect.Signature([P('x', 1, default=0), P('y', 1)]),
             lambda: inspect.Signature([P('x', 1), P('x', 3)])]:
    try:
        make()
    except ValueError as e:
        print('ValueError:', e)
for obj in [min, 3]:
    try:
        inspect.signature(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print('--- argspec')
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(Child(1).method))
print(inspect.getcallargs(plain, 1, 2, 3, c=4, z=5))
ca = inspect.getcallargs(Child(1).method, 7)
print(sorted(ca), type(ca['self']).__name__, ca['x'], ca['y'])


def two(a, b):
    pass


def kwo(a, b=1, *, c):
    pass


for f, args, kwargs in [(two, (1, 2, 3), {}), (two, (1, 2), {'z': 3}), (two, (1,), {'a': 3}),
                        (two, (), {}), (kwo, (1,), {}), (kwo, (1, 2, 3), {'c': 1}),
                        (kwo, (1, 2, 3), {}), (plain, (), {'c': 1})]:
    try:
        inspect.getcallargs(f, *args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)

print('--- source')
print(inspect.getsource(two), end='')
print(inspect.getsource(wrapped), end='')
print(inspect.getsource(Callable), end='')
print(inspect.getsource(Base.cmethod), end='')
lines, start = inspect.getsourcelines(Abstract)
print(len(lines), lines[0], end='')
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(Child) == __file__)
print(inspect.trace())


print('--- more')


class Outer:
    class Inner:
        def f(self): return 1

    def multi(self,
              a,
              b=(1, 2)):
        return a


def oneliner(x): return x * 2


def with_typing(a: typing.List[int], b: typing.Optional[str] = None) -> list[int]:
    pass


class WithNew:
    def __new__(cls, n, m=1):
        return object.__new__(cls)


class Meta(type):
    def __call__(cls, q, r=2):
        return super().__call__()


class Metaed(metaclass=Meta):
    pass


def custom(a, b):
    pass


custom.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.POSITIONAL_ONLY)])


def f(a, /, b, **kw):
    pass


def s(a, b, /, c=1):
    pass


print(inspect.signature(with_typing))
print(inspect.signature(WithNew), inspect.signature(Metaed), inspect.signature(custom))
print(inspect.signature(f).bind(1, a=2, b=3).arguments)
print(inspect.signature(s))
print(inspect.signature(Outer.Inner.f), inspect.signature(Outer().multi))
print(inspect.signature(functools.partial(Outer().multi, 5)))
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(Outer.multi), end='')
print(inspect.getsource(oneliner), end='')
print(inspect.getsourcelines(oneliner)[1], inspect.getsourcelines(Outer.multi)[1], inspect.getsourcelines(Outer)[1])
ba = inspect.signature(s).bind(1, 2)
print(ba == inspect.signature(s).bind(1, 2), ba.signature)
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
print(inspect.isgeneratorfunction(functools.partial(lambda: (yield), )), inspect.isawaitable(1))
print(inspect.Parameter('x', 1) == inspect.Parameter('x', 1), hash(inspect.Parameter('x', 1)) == hash(inspect.Parameter('x', 1)))
print(str(inspect.Parameter('x', 3, annotation=list[int])))
print(inspect.formatannotation(Outer.Inner), inspect.formatannotation(int), inspect.formatannotation(None))
try:
    inspect.getfile(1)
except TypeError as e:
    print(e)
try:
    inspect.getfile(len)
except TypeError as e:
    print(e)
for bad in [(), (1, 2, 3, 4)]:
    try:
        inspect.signature(s).bind(*bad)
    except TypeError as e:
        print(e)
print(inspect.signature(s).bind_partial(1).arguments)
