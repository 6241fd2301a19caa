# Asynchronous generators (async def with yield): __anext__, asend, athrow, aclose,
# async for over them, asynchronous generator expressions, and their errors.

import asyncio

class Step:
    def __await__(self):
        got = yield 'step'
        return got

async def agen(n):
    for i in range(n):
        await Step()
        x = yield i
        if x is not None:
            print('sent', x)
    print('agen end')

def drive(aw):
    out = []
    try:
        while True:
            out.append(aw.send(None))
    except StopIteration as e:
        return out, e.value

g = agen(3)
print(type(g).__name__, repr(g).split(' at ')[0], g.__name__, g.__qualname__)
print(g.__aiter__() is g)
print(drive(g.__anext__()))
print(drive(g.asend('hello')))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print('again StopAsyncIteration')

async def consume():
    res = []
    async for v in agen(4):
        res.append(v)
    res2 = [v * 10 async for v in agen(3)]
    return res, res2

print(drive(consume()))

async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

g = with_finally()
print(drive(g.__anext__()))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('closed gen is exhausted')

async def catches():
    while True:
        try:
            yield 'v'
        except ValueError as e:
            print('caught', e)
            yield 'after'
            return

g = catches()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError('x'))))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print('done')

async def main():
    out = []
    async def ticker(n, delay):
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    async for v in ticker(3, 0.001):
        out.append(v)
    agen2 = ticker(5, 0)
    out.append(await agen2.__anext__())
    out.append(await agen2.asend(None))
    await agen2.aclose()
    return out

print(asyncio.run(main()))

async def bad():
    yield 1
    raise StopAsyncIteration

g = bad()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    iter(agen(1))
except TypeError as e:
    print('TypeError:', e)
try:
    next(agen(1))
except TypeError as e:
    print('TypeError:', e)
for src in ['async def f():\n    yield 1\n    return 2', 'async def f():\n    yield from g()']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg)
import inspect
print(agen.__code__.co_flags & 0x200 != 0, inspect.iscoroutinefunction(agen))

async def genexps():
    async def double(v):
        return v * 2
    ge = (v async for v in agen(3))
    print(type(ge).__name__)
    r1 = [v async for v in ge]
    r2 = [v async for v in (await double(v) for v in range(3))]
    r3 = [[w async for w in (v + u async for u in agen(2))] for v in range(2)]
    return r1, r2, r3

print(drive(genexps())[1])

def plain():
    return (x async for x in agen(2))

print(type(plain()).__name__)
print(asyncio.run(main()))
