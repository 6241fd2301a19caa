# atexit: the functions registered run at exit, the last registered first, with their
# arguments, after the program's last line; unregister forgets every registration of a function; an exception in a
# callback is reported ("Exception ignored in atexit callback") and the others still run
import atexit


class Failing:
    def __init__(self, exc):
        self.exc = exc

    def __call__(self):
        print('failing callback runs')
        raise self.exc

    def __repr__(self):
        return '<Failing %s>' % type(self.exc).__name__


def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))


def never():
    print('never printed')


print(atexit.register(show, 1, 2, key='v') is show)
atexit.register(Failing(ValueError('boom')))
atexit.register(Failing(SystemExit(3)))
atexit.register(never)
atexit.register(show, 'last registered')
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print('decorated, registered last, runs first')


try:
    atexit.register(5)
except TypeError as e:
    print(e)
print('main done')
