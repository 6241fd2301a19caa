# the types module, builtin methods ([].append is a builtin_function_or_method bound to
# the list), function attributes and __dict__, super()'s own attributes, type(name,
# bases, dict)'s __module__
import types


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1]
show(lambda: type(a.append).__name__)
show(lambda: (a.append.__self__ is a, a.append.__name__, a.append.__qualname__))
show(lambda: (len.__name__, len.__qualname__, len.__self__.__name__))
show(lambda: (a.append == a.append, callable(a.append), hasattr(a.append, '__func__')))
show(lambda: repr(a.append)[:37])
show(lambda: isinstance(a.append, types.BuiltinFunctionType))
show(lambda: isinstance(a.append, types.BuiltinMethodType))
show(lambda: isinstance(a.append, types.MethodType))


class C:
    def m(self):
        return super().__thisclass__, super().__self__ is self, super().__self_class__


show(lambda: type(C().m).__name__)
show(lambda: C().m.__func__.__name__)
show(lambda: isinstance(C().m, types.MethodType))
show(lambda: C().m())


def f():
    "doc of f"


f.x = 1
f.__dict__['y'] = 2
f.__dict__.update(z=3)
show(lambda: (f.x, f.y, f.z, sorted(f.__dict__.items())))
del f.__dict__['x']
show(lambda: (hasattr(f, 'x'), f.__doc__))
show(lambda: isinstance(f, types.FunctionType) and isinstance(f, types.LambdaType))

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
show(lambda: (ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1])))
show(lambda: types.SimpleNamespace(1))
m = types.ModuleType('mymod', 'the doc')
m.y = 3
show(lambda: (m.__name__, m.__doc__, m.y, isinstance(m, types.ModuleType)))
show(lambda: isinstance((x for x in []), types.GeneratorType))
bound = types.MethodType(lambda self, y: (type(self).__name__, y), C())
show(lambda: bound(5))
show(lambda: types.MethodType(3, C()))
mp = types.MappingProxyType({'a': 1})
show(lambda: (mp['a'], len(mp), list(mp), 'a' in mp, str(mp), mp.get('b', 0)))


def store():
    mp['b'] = 2


show(store)
D = types.new_class('D', (C,), {}, lambda ns: ns.update(z=9))
show(lambda: (D.__name__, D.z, D.__mro__[1:]))
show(lambda: (types.NoneType, types.resolve_bases((int,))))
X = type('X', (), {'v': 1})
show(lambda: (X, X.__module__, X.v))


# qualified names of what comprehensions define (no <locals> after the comprehension)
def make_lambda():
    return [lambda: 0 for _ in 'x'][0]


def make_generator():
    return (x for x in [1])


class Holder:
    def method(self):
        return [lambda: 1 for _ in 'a'][0]


show(lambda: (make_lambda().__qualname__, make_generator().__qualname__,
              make_generator().__name__, Holder().method().__qualname__,
              [lambda: 0 for _ in 'x'][0].__qualname__, (y for y in '').__qualname__))


# a code object's flags (CPython's numbers), local count, cell and free variables
def with_everything(a, b=2, *args, c, d=4, **kw):
    x = 1


def generating():
    yield 1


def outer():
    v = 1

    def inner():
        return v
    return inner


for fn in (with_everything, generating, outer, outer()):
    co = fn.__code__
    show(lambda: (fn.__name__, co.co_flags, co.co_nlocals, co.co_cellvars, co.co_freevars))
