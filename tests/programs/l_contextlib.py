# contextlib (gclab/lib): contextmanager with and without exceptions, suppress,
# nullcontext, closing, ExitStack's order and exception handling, ContextDecorator.
from contextlib import (contextmanager, suppress, nullcontext, closing, ExitStack,
                        AbstractContextManager, ContextDecorator)

log = []


@contextmanager
def tag(name):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught %r' % (e,))
    finally:
        log.append('</%s>' % name)


with tag('a') as t:
    log.append(t)
with tag('b'):
    raise KeyError('k')
try:
    with tag('c'):
        raise ValueError('v')
except ValueError as e:
    log.append('outer %r' % (e,))
print(log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)


@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('wrapped')


try:
    with reraise():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        raise ValueError('through')
except ValueError as e:
    print('ValueError:', e)
with nullcontext(42) as v:
    print(v)


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('s'))
    stack.push(lambda *exc: print('push saw', exc[0]))
print(log[-2:])


def swallow(*exc):
    print('swallow', exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    stack.callback(print, 'cleanup first')
    raise KeyError('inside')
print('after swallowed')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError, context', type(e.__context__).__name__)

moved = None
with ExitStack() as stack:
    stack.callback(print, 'moved callback')
    moved = stack.pop_all()
print('stack closed')
moved.close()


class Logged(ContextDecorator):
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit', exc[0] is None)
        return False


@Logged()
def work(x):
    print('working', x)
    return x * 2


print(work(21))


class Plain(AbstractContextManager):
    def __exit__(self, *exc):
        return None


with Plain() as p:
    print(type(p).__name__)
