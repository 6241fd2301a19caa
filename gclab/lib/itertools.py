# gclab's itertools module: every iterator here is a class with __iter__ and __next__,
# lazy as CPython's (written when gclab had no generators; islice and permutations
# now give the items of a generator, which keeps its state in fast locals).


from _thread import allocate_lock as _allocate_lock, _threads_started


class _Iter:
    def __iter__(self):
        return self


class count(_Iter):
    # As CPython's (in C), next() of a count shared by threads gives each number once:
    # once a thread has started it holds the count's lock.
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step
        self._lock = _allocate_lock()

    def __next__(self):
        if not _threads_started:
            n = self._n
            self._n = n + self._step
            return n
        lock = self._lock
        lock.acquire()
        n = self._n
        self._n = n + self._step
        lock.release()
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle(_Iter):
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1            # -1: still reading the iterable

    def __next__(self):
        if self._i < 0:
            try:
                x = next(self._it)
                self._saved.append(x)
                return x
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat(_Iter):
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times
        if times is not None and times < 0:
            self._times = 0

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


class accumulate(_Iter):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func if func is not None else _add
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain(_Iter):
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._sources))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None


class compress(_Iter):
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class dropwhile(_Iter):
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        if self._dropping:
            while True:
                x = next(self._it)
                if not self._pred(x):
                    self._dropping = False
                    return x
        return next(self._it)


class takewhile(_Iter):
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse(_Iter):
    def __init__(self, predicate, iterable):
        self._pred = predicate if predicate is not None else bool
        self._it = iter(iterable)

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._pred(x):
                return x


class starmap(_Iter):
    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


def _islice_index(v, message):
    if v is None:
        return None
    if not isinstance(v, int):
        try:
            v = type(v).__index__(v)
        except AttributeError:
            raise ValueError(message) from None
    if v < 0:
        raise ValueError(message)
    return v


def _islice_items(it, start, stop, step):
    """The items of islice: consumed as CPython's islice consumes them (the items
    skipped before one given are read when it is asked for; once the index reaches
    stop, nothing more is read)."""
    if stop is None:
        i = 0
        nxt = start
        for x in it:
            if i == nxt:
                yield x
                nxt += step
            i += 1
    elif start >= stop:
        # CPython skips to start before it looks at stop
        i = 0
        if start:
            for x in it:
                i += 1
                if i >= start:
                    break
    elif start == 0 and step == 1:
        i = 0
        for x in it:
            yield x
            i += 1
            if i >= stop:
                return
    else:
        i = 0
        nxt = start
        for x in it:
            if i == nxt:
                yield x
                nxt += step
            i += 1
            if i >= stop:
                return


class islice(_Iter):
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) == 2:
            start, stop, step = args[0], args[1], None
        elif len(args) == 3:
            start, stop, step = args
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        stop = _islice_index(stop, 'Stop argument for islice() must be None or an integer: '
                                   '0 <= x <= sys.maxsize.')
        start = _islice_index(start, 'Indices for islice() must be None or an integer: '
                                     '0 <= x <= sys.maxsize.')
        step = _islice_index(step, 'Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
        if step is None:
            step = 1
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._items = _islice_items(iter(iterable), start, stop, step)

    def __iter__(self):
        # a for loop runs the generator itself (a call of __next__ per item costs
        # more than the rest of islice's work): the same items, the same state
        if type(self) is islice:
            return self._items
        return self

    def __next__(self):
        return next(self._items)


class _Grouper(_Iter):
    # the parent knows its current group by number, not by a reference to the group:
    # no reference cycle between them (refcounting plans free both without a collector)
    def __init__(self, parent, key, number):
        self._parent = parent
        self._key = key
        self._number = number

    def __next__(self):
        p = self._parent
        if p._group_number != self._number:
            raise StopIteration
        if p._pending is None:
            p._advance()
        if p._exhausted or p._currkey != self._key:
            raise StopIteration
        x = p._pending[0]
        p._pending = None
        return x


class groupby(_Iter):
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._pending = None        # (value,) read but not yet given out
        self._currkey = None
        self._exhausted = False
        self._group_number = 0
        self._group_key = None
        self._started = False

    def _advance(self):
        try:
            x = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._pending = None
            return
        self._pending = (x,)
        self._currkey = x if self._keyfunc is None else self._keyfunc(x)

    def __next__(self):
        if not self._started:
            self._started = True
            self._advance()
        else:
            # skip the rest of the current group
            key = self._group_key
            while not self._exhausted and (self._pending is None or self._currkey == key):
                self._advance()
        if self._exhausted:
            raise StopIteration
        key = self._currkey
        self._group_number += 1
        self._group_key = key
        return (key, _Grouper(self, key, self._group_number))


class _TeeData:
    def __init__(self, it):
        self.it = iter(it)
        self.values = []
        self.base = 0           # index of values[0] in the stream
        self.positions = []


class _Tee(_Iter):
    def __init__(self, data):
        self._data = data
        self._i = data.base

    def __next__(self):
        d = self._data
        k = self._i - d.base
        if k < len(d.values):
            x = d.values[k]
        else:
            x = next(d.it)
            d.values.append(x)
        self._i += 1
        return x

    def __copy__(self):
        t = _Tee(self._data)
        t._i = self._i
        return t


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError('integer argument expected, got %s' % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    data = _TeeData(iterable)
    return tuple([_Tee(data) for i in range(n)])


class zip_longest(_Iter):
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        values = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._its[i] = None
                self._active -= 1
                if self._active == 0:
                    raise
                values.append(self._fill)
        return tuple(values)


class pairwise(_Iter):
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = None
        self._started = False

    def __next__(self):
        if not self._started:
            self._prev = next(self._it)
            self._started = True
        x = next(self._it)
        pair = (self._prev, x)
        self._prev = x
        return pair


class product(_Iter):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = False
        for pool in pools:
            if not pool:
                self._done = True

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self._indices[i] += 1
                if self._indices[i] < len(pools[i]):
                    break
                self._indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[i][self._indices[i]] for i in range(len(pools))])


class combinations(_Iter):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in self._indices])


class combinations_with_replacement(_Iter):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = not self._pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
        return tuple([pool[i] for i in self._indices])


def _permutations_of(pool, r):
    """The r-permutations of pool in CPython's order: its index cycles, applied to
    the list of elements itself (the tuple given is a slice of it)."""
    n = len(pool)
    perm = list(pool)
    cycles = list(range(n, n - r, -1))
    yield tuple(perm[:r])
    if r == 0:
        return
    full = r == n
    last = r - 1
    while True:
        c = cycles[last] - 1
        if c:
            # the common case: the last position takes the next element
            cycles[last] = c
            j = n - c
            perm[last], perm[j] = perm[j], perm[last]
            if full:
                yield tuple(perm)
            else:
                yield tuple(perm[:r])
            continue
        perm.append(perm.pop(last))
        cycles[last] = n - last
        i = last - 1
        while i >= 0:
            c = cycles[i] - 1
            if c:
                cycles[i] = c
                j = n - c
                perm[i], perm[j] = perm[j], perm[i]
                break
            perm.append(perm.pop(i))
            cycles[i] = n - i
            i -= 1
        if i < 0:
            return
        if full:
            yield tuple(perm)
        else:
            yield tuple(perm[:r])


class permutations(_Iter):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
        if r > n:
            self._items = iter(())
        else:
            self._items = _permutations_of(pool, r)

    def __iter__(self):
        # as islice's: a for loop runs the generator itself
        if type(self) is permutations:
            return self._items
        return self

    def __next__(self):
        return next(self._items)
