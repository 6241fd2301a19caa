# Coroutine and async generator introspection (cr_code, cr_frame, cr_suspended,
# cr_await, coroutine.__await__(), ag_code, ag_frame, ag_await, ag_running),
# inspect.getcoroutinestate, and builtins.__debug__.
import builtins
import inspect
import types


class Pause:
    """An awaitable that yields once (what an event loop would get)."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return ('resumed', self.tag, got)


async def inner(x):
    r = await Pause('inner-' + str(x))
    return r


async def outer():
    a = await inner(1)
    b = await Pause('outer')
    return [a, b]


c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print('code', c.cr_code.co_name, c.cr_code.co_flags & 0x80 != 0)
print('created', inspect.getcoroutinestate(c), c.cr_suspended, c.cr_running, c.cr_await,
      c.cr_frame.f_lineno == outer.__code__.co_firstlineno, c.cr_frame.f_code.co_name)
print(c.send(None))
aw = c.cr_await
print('suspended', inspect.getcoroutinestate(c), c.cr_suspended,
      c.cr_frame.f_lineno - outer.__code__.co_firstlineno,
      type(aw).__name__, aw.__name__, inspect.getcoroutinestate(aw),
      type(aw.cr_await).__name__)
print(c.send('first'))
print('await now', type(c.cr_await).__name__)
try:
    c.send('second')
except StopIteration as e:
    print('returned', e.value)
print('closed', inspect.getcoroutinestate(c), c.cr_frame, c.cr_await, c.cr_suspended,
      c.cr_code.co_name)

# coroutine.__await__(): an iterator driving the coroutine
c2 = outer()
w = c2.__await__()
print(type(w).__name__, iter(w) is w, inspect.getcoroutinestate(c2))
print(next(w), inspect.getcoroutinestate(c2))
print(w.send('x'))
try:
    w.send('y')
except StopIteration as e:
    print('wrapper returned', e.value)
print(inspect.getcoroutinestate(c2))


def drive_from_generator():
    # a plain generator delegating to the wrapper, as types.coroutine users do
    result = yield from inner(7).__await__()
    return result


d = drive_from_generator()
print(next(d))
try:
    d.send('sent')
except StopIteration as e:
    print('delegated result', e.value)

# throw and close through the wrapper
c3 = outer()
w3 = c3.__await__()
next(w3)
try:
    w3.throw(ValueError('boom'))
except ValueError as e:
    print('thrown out', e, inspect.getcoroutinestate(c3))
c4 = outer()
w4 = c4.__await__()
next(w4)
w4.close()
print('closed via wrapper', inspect.getcoroutinestate(c4))
c5 = outer()
c5.close()
print('closed unstarted', inspect.getcoroutinestate(c5))

# writable names
c6 = inner(0)
c6.__name__ = 'nm'
c6.__qualname__ = 'Q.nm'
print(c6.__name__, c6.__qualname__)
try:
    c6.__name__ = None
except TypeError as e:
    print('TypeError', e)
for attr in ['cr_code', 'cr_frame', 'cr_suspended']:
    try:
        setattr(c6, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
c6.close()


# async generators
async def agen(n):
    for i in range(n):
        v = await Pause('in-agen-' + str(i))
        yield (i, v)


ag = agen(2)
print(type(ag).__name__, ag.__name__, ag.ag_code.co_name, ag.ag_code.co_flags & 0x200 != 0,
      ag.ag_running, ag.ag_await, ag.ag_frame.f_lineno == agen.__code__.co_firstlineno)
step = ag.__anext__()
print(step.send(None), type(ag.ag_await).__name__, ag.ag_running,
      ag.ag_frame.f_lineno - agen.__code__.co_firstlineno)
try:
    step.send('v0')
except StopIteration as e:
    print('yielded', e.value, ag.ag_await)
for attr in ['ag_code', 'ag_running', 'ag_frame', 'ag_await']:
    try:
        setattr(ag, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
closing = ag.aclose()
try:
    closing.send(None)
except StopIteration:
    print('aclosed', ag.ag_frame, ag.ag_await)

print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(Pause(1)),
      inspect.isawaitable(agen(1).__anext__()), inspect.isasyncgen(ag),
      inspect.isgenerator(c), isinstance(c, types.CoroutineType))
print('__debug__', __debug__, builtins.__debug__, '__debug__' in dir(builtins))
