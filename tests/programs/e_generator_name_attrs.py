# a generator's __name__, __qualname__ and gi_running
def g():
    yield 1
class C:
    def m(self):
        yield 2
    def n(self):
        def inner():
            yield 3
        return inner()
x = g()
print(x.__name__, x.__qualname__, C().m().__qualname__, C().n().__qualname__, x.gi_running)
print((i for i in []).__name__, (i for i in []).__qualname__)
def h():
    yield me.gi_running
me = h()
print(next(me), me.gi_running)
