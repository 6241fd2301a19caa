# Syntax errors of async code (compile() of each snippet) and run-time errors of
# coroutines, with CPython's messages.

snippets = [
    'await x',
    'def f():\n    await x',
    'def f():\n    async with a:\n        pass',
    'def f():\n    async for a in b:\n        pass',
    'async with a:\n    pass',
    'async for a in b:\n    pass',
    'def f():\n    return [x async for x in y]',
    'def f():\n    return [await x for x in y]',
    'async def f():\n    yield from x',
    'async def f():\n    g = lambda: await y',
    'async def f():\n    await = 3',
    'async x = 3',
    'async def f():\n    await x = 1',
    'async def f():\n    def g():\n        await h()',
    'class C:\n    await x',
    'async def f():\n    class C:\n        await x',
]

for src in snippets:
    try:
        compile(src, '<snippet>', 'exec')
    except SyntaxError as e:
        print('%-45r -> line %d: %s' % (src, e.lineno, e.msg))
    else:
        print('%-45r -> compiled' % (src,))

# what does compile: async and await in the right places
ok = [
    'async def f():\n    return [x async for x in y]',
    'async def f():\n    return {k: await v for k, v in d}',
    'async def f():\n    async with a as b, c:\n        async for x in b:\n            await x',
    'async def f():\n    def g():\n        return 1\n    return await g()',
    'async def f():\n    await (await x)',
]
for src in ok:
    compile(src, '<ok>', 'exec')
print('all compiled')


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


# a coroutine resumed while it runs
async def reenter():
    try:
        me.send(None)
    except ValueError as e:
        return str(e)
    finally:
        print('running inside:', me.cr_running)

me = reenter()
print(run(me), me.cr_running)


# throw() into a coroutine that never started
async def never():
    print('not printed')

n = never()
try:
    n.throw(OSError('early'))
except OSError as e:
    print('OSError:', e)
try:
    n.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)


# bad arguments to throw()
async def simple():
    return 1

s = simple()
for args in [(1,), (ValueError('x'), 'extra')]:
    try:
        s.throw(*args)
    except TypeError as e:
        print('TypeError:', e)
s.close()

# attribute errors name the coroutine type
c = simple()
try:
    c.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
c.close()

c = simple()
try:
    c.cr_await = 1
except AttributeError as e:
    print('AttributeError:', type(e).__name__)
c.close()


# an exception raised inside __aexit__ replaces the body's, with the body's as context
class Fails:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        raise RuntimeError('exit failed')


async def ctx():
    try:
        async with Fails():
            raise KeyError('body')
    except RuntimeError as e:
        return repr(e), repr(e.__context__)

print(run(ctx()))


# handled exceptions are restored when a coroutine resumes inside an except block
class Pause:
    def __await__(self):
        yield


async def in_handler():
    import sys
    try:
        raise IndexError('outer')
    except IndexError:
        await Pause()
        return repr(sys.exc_info()[1])

h = in_handler()
h.send(None)
try:
    1 / 0
except ZeroDivisionError:
    try:
        h.send(None)
    except StopIteration as e:
        print('resumed with', e.value)
