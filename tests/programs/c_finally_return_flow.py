# return, break and continue inside finally bodies, with statements and loops: a return
# in a finally replaces the pending one, break/continue cancel it; every __exit__ runs
log = []


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append('in ' + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append('out %s %s' % (self.name, t.__name__ if t else None))
        return self.swallow


def ret_in_finally_in_with():
    with CM('a'):
        try:
            return 'r1'
        finally:
            return 'r2'


def ret_in_except_and_finally():
    with CM('a'), CM('b'):
        try:
            raise ValueError
        except ValueError:
            return 'exc'
        finally:
            log.append('fin')
            return 'fin'


def nested_finally_returns():
    with CM('a'):
        try:
            return 1
        finally:
            with CM('b'):
                try:
                    return 2
                finally:
                    return 3


def continue_cancels_return():
    n = 0
    for i in range(4):
        with CM('a%d' % i):
            try:
                return 'never'
            finally:
                n += 1
                continue
    return n


def break_cancels_return():
    while True:
        try:
            with CM('w'):
                return 'never'
        finally:
            break
    return 'after'


def break_in_finally_on_exception():
    for i in range(3):
        with CM('x'):
            try:
                if i == 1:
                    raise KeyError(i)
            finally:
                if i == 1:
                    break
    return i


def return_from_swallowed():
    for i in range(2):
        with CM('s', swallow=True):
            try:
                return 'r'
            finally:
                raise ValueError('gone')
    return 'swallowed'


def gen():
    for i in range(3):
        with CM('g'):
            try:
                yield i
                return 'done'
            finally:
                if i < 2:
                    continue
    yield 'never'


for f in [ret_in_finally_in_with, ret_in_except_and_finally, nested_finally_returns,
          continue_cancels_return, break_cancels_return, break_in_finally_on_exception,
          return_from_swallowed]:
    del log[:]
    try:
        r = f()
    except Exception as e:
        r = 'EXC %s' % type(e).__name__
    print(f.__name__, r, log)
del log[:]
g = gen()
print(list(g), log)
