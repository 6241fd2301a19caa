# context managers: class-based, contextlib, exception suppression, ExitStack, nested with
import contextlib
import io
import sys


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker('a') as t1, Tracker('b') as t2:
    print('body', t1.name, t2.name)
with Tracker('outer', suppress=True):
    with Tracker('inner'):
        raise KeyError('boom')
print('after suppressed')
try:
    with Tracker('x'):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)


def f():
    with Tracker('in function'):
        return 'returned'


print(f())
for i in range(3):
    with Tracker('loop%d' % i):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)


@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print('handled in cm')
    finally:
        print('</%s>' % name)


with tag('h1') as n:
    print('inside', n)
with tag('div'):
    1 / 0
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed index')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print('buffer:', repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    ts = [stack.enter_context(Tracker('stack%d' % i)) for i in range(3)]
    stack.callback(print, 'callback ran')
    print('stack body', len(ts))


class Resource:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print('closed resource')


r = Resource()
with contextlib.closing(r):
    pass
print(r.closed)
with contextlib.nullcontext(5) as v:
    print('null', v)


class Reentrant:
    depth = 0

    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth

    def __exit__(self, *a):
        Reentrant.depth -= 1


rc = Reentrant()
with rc as d1:
    with rc as d2:
        print(d1, d2)
print(Reentrant.depth)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with open(__file__) as fh:
    first = fh.readline()
print(first.strip(), fh.closed)
