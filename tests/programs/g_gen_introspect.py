# Generator introspection: gi_code, gi_frame, gi_suspended, gi_yieldfrom, gi_running,
# writable __name__/__qualname__, and inspect.getgeneratorstate.
import inspect


def counter(n):
    total = 0
    for i in range(n):
        total += i
        got = yield i
        if got is not None:
            total += got
    return total


def delegating():
    inner = counter(2)
    result = yield from inner
    yield ('result', result)


g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print('code', g.gi_code.co_name, g.gi_code.co_qualname, g.gi_code.co_firstlineno,
      g.gi_code.co_varnames, g.gi_code.co_flags & 0x20 != 0)
print('same code attrs', g.gi_code.co_name == counter.__code__.co_name,
      g.gi_code.co_firstlineno == counter.__code__.co_firstlineno)
f = g.gi_frame
print('created', inspect.getgeneratorstate(g), g.gi_suspended, g.gi_running,
      g.gi_yieldfrom, f.f_lineno == counter.__code__.co_firstlineno,
      f.f_code.co_name, f.f_back)
print(next(g))
print('suspended', inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame.f_lineno,
      g.gi_frame.f_code.co_name, g.gi_frame.f_globals["__name__"])
print(g.send(10))
print('line', g.gi_frame.f_lineno)
print(list(g))
print('closed', inspect.getgeneratorstate(g), g.gi_suspended, g.gi_frame,
      g.gi_yieldfrom, g.gi_code.co_name)


def watcher():
    # state and gi_running seen from inside the running generator
    yield inspect.getgeneratorstate(me), me.gi_running, me.gi_suspended, \
        me.gi_frame.f_lineno - watcher.__code__.co_firstlineno


me = watcher()
print('inside', next(me))
me.close()
print('after close', inspect.getgeneratorstate(me), me.gi_frame)

c = counter(5)
next(c)
c.close()
print('closed early', inspect.getgeneratorstate(c), c.gi_frame, c.gi_suspended)

d = delegating()
print('yieldfrom before', d.gi_yieldfrom)
print(next(d))
yf = d.gi_yieldfrom
print('yieldfrom', type(yf).__name__, yf.__name__, inspect.getgeneratorstate(yf),
      yf.gi_frame.f_lineno - counter.__code__.co_firstlineno)
print(next(d))
print(next(d), d.gi_yieldfrom)

it = iter([1, 2, 3])


def over_list():
    yield from it


ol = over_list()
next(ol)
print('list delegate', ol.gi_yieldfrom is it)
ol.close()
print('after close', ol.gi_yieldfrom)

# writable names, as CPython's
gen = counter(1)
gen.__name__ = 'renamed'
gen.__qualname__ = 'Outer.renamed'
print(gen.__name__, gen.__qualname__, repr(gen).startswith(
    '<generator object Outer.renamed at 0x'))
for attr in ['__name__', '__qualname__']:
    try:
        setattr(gen, attr, 42)
    except TypeError as e:
        print('TypeError', e)
    try:
        delattr(gen, attr)
    except TypeError as e:
        print('TypeError', e)
print(counter.__name__, gen.gi_code.co_name)
for attr in ['gi_code', 'gi_frame', 'gi_suspended', 'gi_yieldfrom', 'gi_running']:
    try:
        setattr(gen, attr, None)
    except AttributeError as e:
        print('AttributeError', e)

# generator expressions
ge = (x * 2 for x in range(3))
print(ge.__name__, ge.gi_code.co_name, inspect.getgeneratorstate(ge))
print(next(ge), inspect.getgeneratorstate(ge))
print(list(ge), inspect.getgeneratorstate(ge))
print(inspect.isgenerator(ge), inspect.isgenerator(counter), inspect.iscoroutine(ge),
      inspect.isawaitable(ge), inspect.isasyncgen(ge))
