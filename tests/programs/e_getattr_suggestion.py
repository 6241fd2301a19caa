# An AttributeError that leaves a class's __getattr__ (or __getattribute__, or a
# property) gets the attribute's name and the object, as CPython 3.11 records them;
# the report of the uncaught one then offers "Did you mean".
class MyAE(AttributeError):
    pass


class A:
    value = 1

    def __getattr__(self, name):
        raise MyAE("x")


class B:
    value = 1

    @property
    def p(self):
        raise AttributeError("inner")


class C:
    value = 1

    def __getattr__(self, name):
        raise AttributeError("x", name="zzz")


class D:
    value = 1

    def __getattr__(self, name):
        return [].foo


class E:
    def __getattribute__(self, name):
        raise AttributeError("hmm")


class F:
    def __init__(self):
        self.value = 1

    def __getattr__(self, name):
        raise KeyError(name)


def show(fn):
    try:
        fn()
    except AttributeError as e:
        obj = e.obj
        print(type(e).__name__, repr(e), e.name, type(obj).__name__)
    except KeyError as e:
        print("KeyError", repr(e))


show(lambda: A().valeu)
show(lambda: B().p)
show(lambda: C().valeu)
show(lambda: D().valeu)
show(lambda: E().valeu)
show(lambda: F().valeu)
show(lambda: getattr(A(), "valeu"))
print(getattr(A(), "valeu", "default"), hasattr(A(), "valeu"))


class G:
    def __init__(self):
        self.counter = 0

    def __getattr__(self, name):
        raise AttributeError(f"G has no {name}")


G().countr
