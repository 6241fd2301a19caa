# CPython 3.11's messages for protocol errors: a with-statement's missing __exit__,
# raise ... from a non-exception, slice assignment of a non-iterable, __iter__ = None,
# duplicate bases and MRO conflicts, read-only attributes of builtins, __index__
# returning a non-int


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class EnterOnly:
    def __enter__(self):
        return self


class ExitOnly:
    def __exit__(self, *args):
        return False


def with_(mgr):
    def run():
        with mgr:
            return 'entered'
    return run


show(with_(EnterOnly()))
show(with_(ExitOnly()))
show(with_(42))


def raise_from(cause):
    def run():
        raise ValueError('x') from cause
    return run


show(raise_from(5))
show(raise_from(KeyError))
show(raise_from(None))


def assign_slice(value, step=None):
    def run():
        x = [1, 2, 3, 4]
        x[0:4:step] = value
        return x
    return run


show(assign_slice(5))
show(assign_slice(5, 2))
show(assign_slice('ab', 2))
show(assign_slice((9,)))


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


show(lambda: iter(NotIterable()))
show(lambda: list(NotIterable()))


class A:
    pass


class B(A):
    pass


class X:
    pass


class Y:
    pass


class P(X, Y):
    pass


class Q(Y, X):
    pass


for bases in [(A, B), (P, Q), (A, A), (int, int)]:
    show(lambda: type('Z', bases, {}))


class Prop:
    @property
    def p(self):
        return 1


for obj, name in [(1, 'real'), (1.5, 'imag'), (len, '__name__'), ([].append, '__self__'),
                  ([], 'append'), ('', 'upper'), (object(), 'x'), (Prop(), 'p')]:
    show(lambda: setattr(obj, name, 3))


class BadIndex:
    def __index__(self):
        return 'a'


class GoodIndex:
    def __index__(self):
        return 1


show(lambda: [1, 2][BadIndex()])
show(lambda: [1, 2][GoodIndex()])
show(lambda: 'ab' * BadIndex())
show(lambda: bytes(3)[BadIndex()])
show(lambda: range(5)[GoodIndex()])
show(lambda: hex(BadIndex()))
