# the line a raising decorator is reported on (its own `@` line, as CPython 3.11), and
# __class__ / zero-argument super() inside functions nested in methods
import traceback


def lines_of_traceback():
    return [int(line.split(', line ')[1].split(',')[0])
            for line in traceback.format_exc().split('\n') if line.startswith('  File')]


def bad(f):
    raise ValueError('bad decorator')


def ok(f):
    return f


def factory(fail_outer):
    if fail_outer:
        raise ValueError('factory')
    return bad


def stacked():
    @ok
    @bad
    @ok
    def f():
        pass


def with_arguments_outer():
    @factory(
        True)
    def f():
        pass


def with_arguments_inner():
    @ok
    @factory(False)
    class K:
        pass


def method():
    class C:
        @staticmethod
        @bad
        def m():
            pass


for case in [stacked, with_arguments_outer, with_arguments_inner, method]:
    try:
        case()
    except ValueError as e:
        print(case.__name__, e, lines_of_traceback())


class Base:
    def who(self):
        return 'Base'


class A(Base):
    def lam(self):
        return (lambda: __class__)().__name__

    def deep(self):
        def g():
            def h():
                return __class__.__name__
            return h()
        return g()

    def inner_super(self):
        def g(obj):
            return super().who()
        return g(self)

    def inner_super_no_args(self):
        def g():
            return super().who()
        return g()

    def comprehension(self):
        return [__class__.__name__ for _ in range(2)]


a = A()
for name in ['lam', 'deep', 'inner_super', 'inner_super_no_args', 'comprehension']:
    try:
        print(name, getattr(a, name)())
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
