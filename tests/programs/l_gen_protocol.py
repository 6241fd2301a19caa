# send, throw, close, yield from, and exceptions through generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('finished with', e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print('TypeError', e)


def guarded():
    try:
        yield 'first'
        yield 'second'
    except KeyError as e:
        print('caught', repr(e))
        yield 'recovered'
    finally:
        print('cleanup')


g = guarded()
print(next(g), g.throw(KeyError('k')))
g.close()
g = guarded()
print(next(g))
g.close()
print('closed twice ok', g.close())
g = guarded()
try:
    g.throw(ValueError, 'never started')
except ValueError as e:
    print('ValueError', e)
print(list(g))
g = guarded()
next(g)
try:
    g.throw(ValueError('passes through'))
except ValueError as e:
    print('propagated', e)
print(next(g, 'exhausted'))


def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return      # the second close() -- CPython's, at exit -- ends it
            ignored = True
            print('ignoring close')


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)


def leaks_stop():
    yield 1
    raise StopIteration('oops')


try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__))


def inner():
    x = yield 'inner-1'
    print('inner got', x)
    try:
        y = yield 'inner-2'
    except ValueError:
        y = 'handled in inner'
    print('inner got', y)
    return 'inner-result'


def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer-end'


o = outer()
print(next(o), o.send('A'), o.throw(ValueError), )
o = outer()
print(next(o), o.send('B'), o.send('C'))
print(list(outer()))


def delegate_to_list():
    got = yield from [1, 2, 3]
    print('list delegate returns', got)
    yield from range(2)
    yield from 'ab'
    yield from (x * 10 for x in range(2))


print(list(delegate_to_list()))


def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner closed')


def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print('outer closed')


c = closing_outer()
print(next(c))
c.close()


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)


def exc_state():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 'in handler'
        import sys
        print('still handling', repr(sys.exception()))
    yield 'after'


import sys
e = exc_state()
print(next(e), repr(sys.exception()))
try:
    raise IndexError('caller')
except IndexError:
    print(next(e), repr(sys.exception()))
print(list(e))


def gen_raises():
    yield 1
    raise ZeroDivisionError('from generator')


try:
    for v in gen_raises():
        print('got', v)
except ZeroDivisionError as e:
    print('caught', e)


def with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'


w = with_return_in_finally()
next(w)
try:
    next(w)
except StopIteration as e:
    print('value', e.value)
