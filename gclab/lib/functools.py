# gclab's functools module: reduce, partial, lru_cache/cache, wraps/update_wrapper,
# cmp_to_key, total_ordering, cached_property, partialmethod, singledispatch,
# singledispatchmethod, recursive_repr (reprlib's).
from _thread import allocate_lock as _allocate_lock, _threads_started
from reprlib import recursive_repr

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = []


def reduce(function, sequence, initial=_initial_missing):
    """reduce(function, iterable[, initial]) -> value"""
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            source = getattr(wrapped, attr)
            target = getattr(wrapper, attr)
        except AttributeError:
            continue
        target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


class _Wraps:
    def __init__(self, wrapped, assigned, updated):
        self._wrapped = wrapped
        self._assigned = assigned
        self._updated = updated

    def __call__(self, wrapper):
        return update_wrapper(wrapper, self._wrapped, self._assigned, self._updated)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return _Wraps(wrapped, assigned, updated)


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            kw = dict(func.keywords)
            kw.update(keywords)
            keywords = kw
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k in self.keywords:
            parts.append('%s=%r' % (k, self.keywords[k]))
        return 'functools.partial(%s)' % ', '.join(parts)


class KeyWrapper:
    """What cmp_to_key returns, as CPython's C type functools.KeyWrapper: called with
    an object, a KeyWrapper holding it (its attribute obj), which compares with
    another one by the cmp function; unhashable."""
    __slots__ = ('_cmp', 'obj')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError('K() takes at most 1 %sargument (%d given)'
                            % ('' if args else 'keyword ', given))
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return _key_wrapper(self._cmp, obj)

    def __lt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) != 0

    def __le__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def _key_wrapper(mycmp, obj):
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    key.obj = obj
    return key


def cmp_to_key(mycmp=_initial_missing):
    """Convert a cmp= function into a key= function."""
    if mycmp is _initial_missing:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    return _key_wrapper(mycmp, None)


def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    """Whether cls or a base other than object defines the comparison name."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in vars(klass):
            return True
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in ['__lt__', '__le__', '__gt__', '__ge__'] if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for name in ['__lt__', '__le__', '__gt__', '__ge__']:
        if name in roots:
            root = name
            break
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname        # (the shared function's, as CPython's)
            setattr(cls, opname, opfunc)
    return cls


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _values(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._values())

    def __getitem__(self, i):
        return self._values()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            return self._values() == other._values()
        if isinstance(other, tuple):
            return self._values() == other
        return NotImplemented

    def __hash__(self):
        return hash(self._values())

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._values()


class _KwdMark:
    pass


_kwd_mark = (_KwdMark,)
_missing = _KwdMark()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _kwd_mark
        for k in kwds:
            key += (k, kwds[k])
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(kwds[k]) for k in kwds])
    elif len(key) == 1 and (type(key[0]) is int or type(key[0]) is str):
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The function lru_cache returns: calls user_function, remembering results.  A
    function (not an object as in CPython), so that it binds as a method.  Threads may
    call it at once (CPython's is C code): each step on the cache is one dict operation
    that tolerates another thread's, and the statistics are counted under a lock once
    threads exist."""
    cache = {}
    stats = [0, 0]          # hits, misses
    stats_lock = _allocate_lock()

    def count(which):
        if _threads_started:
            stats_lock.acquire()
            stats[which] += 1
            stats_lock.release()
        else:
            stats[which] += 1

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = cache.get(key, _missing)
        if result is not _missing:
            count(0)
            if maxsize is not None:
                # most recently used: move to the end of the (insertion-ordered) dict
                # (unless another thread has just evicted it)
                if cache.pop(key, _missing) is not _missing:
                    cache[key] = result
            return result
        count(1)
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key not in cache:    # (else a recursive call or a thread cached it)
                cache[key] = result
                # evict the least recently used; threads storing at once may each find
                # the cache over its size, and evict until it is not
                while len(cache) > maxsize:
                    try:
                        cache.pop(next(iter(cache)), None)
                    except (StopIteration, RuntimeError):
                        break   # another thread emptied or changed it meanwhile
        return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


class _LruDecorator:
    def __init__(self, maxsize, typed):
        self._maxsize = maxsize
        self._typed = typed

    def __call__(self, user_function):
        return _lru_cache_wrapper(user_function, self._maxsize, self._typed)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return _LruDecorator(maxsize, typed)


def cache(user_function):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__
    (a non-data descriptor: the stored value wins afterwards)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        cache = instance.__dict__
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


class partialmethod:
    """A partial() for methods: the bound instance goes first, then the frozen
    arguments."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        func = self.func
        args = self.args
        keywords = self.keywords

        def method(*more, **kw):
            merged = dict(keywords)
            merged.update(kw)
            return func(obj, *args, *more, **merged)
        return method


def singledispatch(func):
    """A generic function dispatching on the class of its first argument (the nearest
    registered class in its MRO)."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (cls,))
            method = cls
            cls = list(ann.values())[0]
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch() for methods: dispatches on the class of the first argument
    after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument'
                                % getattr(self.func, '__name__', 'singledispatchmethod'))
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
