# gclab's collections module: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
# As in CPython, defaultdict, OrderedDict and Counter are dict subclasses and namedtuple
# makes tuple subclasses; deque is a list with a moving head, ChainMap a plain class.
from operator import itemgetter as _itemgetter, index as _index
import sys as _sys
import _thread
from _thread import allocate_lock as _allocate_lock

_GenericAlias = type(list[int])     # types.GenericAlias: deque[int] and the like


def _type_name(x):
    return type(x).__name__


# --- deque ---------------------------------------------------------------------------------
# CPython's deque is written in C: each of its operations is atomic for the threads of
# the program (under the GIL, and with the deque's own lock in free-threaded builds).
# gclab's is Python code, so an operation is several steps that a thread switch (or,
# without a GIL, another core) may cut: two threads' popleft() could return one element
# twice, and an append() during the compaction of popleft() could be lost.  Once the
# program has started a thread (_thread._threads_started is no longer empty) each
# operation therefore holds the deque's lock.  The lock is never held while guest code
# runs: extend() takes its items first, count/index/remove/in compare outside it.
# Before any thread starts the lock is not taken, so single-threaded programs pay only
# the test.

_threads_started = _thread._threads_started
_DEQUE_FIELDS = ('_items', '_head', '_maxlen', '_state', '_lock')


def _locked(method):
    """The deque method, run under the deque's lock once threads exist.  It must not
    call guest code."""
    def locked(self, *args):
        if not _threads_started:
            return method(self, *args)
        lock = self._lock
        lock.acquire()
        try:
            return method(self, *args)
        finally:
            lock.release()
    locked.__name__ = method.__name__
    locked.__qualname__ = 'deque.' + method.__name__
    locked.__doc__ = method.__doc__
    return locked


class _DequeIterator:
    def __init__(self, dq, reverse):
        self._dq = dq
        self._state = dq._state
        self._reverse = reverse
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        lock = dq._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        items = dq._items
        i = self._i
        mutated = dq._state != self._state
        if mutated or i >= len(items) - dq._head:
            if lock is not None:
                lock.release()
            if mutated:
                raise RuntimeError('deque mutated during iteration')
            raise StopIteration
        if self._reverse:
            x = items[len(items) - 1 - i]
        else:
            x = items[dq._head + i]
        if lock is not None:
            lock.release()
        self._i = i + 1
        return x


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []        # the elements are _items[_head:]
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        self._lock = _allocate_lock()
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    # The four operations at the ends test for threads themselves (no call of _locked's
    # wrapper); the others are wrapped by _locked.

    def __len__(self):
        if not _threads_started:
            return len(self._items) - self._head
        lock = self._lock
        lock.acquire()
        n = len(self._items) - self._head
        lock.release()
        return n

    def __bool__(self):
        if not _threads_started:
            return len(self._items) > self._head
        lock = self._lock
        lock.acquire()
        n = len(self._items) - self._head
        lock.release()
        return n > 0

    def append(self, x):
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        self._state += 1
        maxlen = self._maxlen
        if maxlen is None or len(self._items) - self._head < maxlen:
            self._items.append(x)
        elif maxlen > 0:
            self._popleft()
            self._items.append(x)
        if lock is not None:
            lock.release()

    def appendleft(self, x):
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        self._state += 1
        maxlen = self._maxlen
        if maxlen is None or len(self._items) - self._head < maxlen:
            self._appendleft(x)
        elif maxlen > 0:
            self._items.pop()
            self._appendleft(x)
        if lock is not None:
            lock.release()

    def _appendleft(self, x):
        if self._head == 0:
            grow = len(self._items) + 8
            self._items = [None] * grow + self._items
            self._head = grow
        self._head -= 1
        self._items[self._head] = x

    def _popleft(self):
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        self._compact()
        return x

    def pop(self):
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        if len(self._items) <= self._head:
            if lock is not None:
                lock.release()
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if lock is not None:
            lock.release()
        return x

    def popleft(self):
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        if len(self._items) <= self._head:
            if lock is not None:
                lock.release()
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._popleft()
        if lock is not None:
            lock.release()
        return x

    # (as CPython's, extend and extendleft do not call append/appendleft: a subclass
    # overriding those does not see them called)
    def extend(self, iterable):
        if iterable is self:
            iterable = self._as_list()
        append = deque.append
        for x in iterable:
            append(self, x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._as_list()
        appendleft = deque.appendleft
        for x in iterable:
            appendleft(self, x)

    @_locked
    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        # (as CPython's: a subclass's copy is made by calling the subclass)
        if type(self) is deque:
            return deque(self._as_list(), self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        state = {}
        for key, value in vars(self).items():
            if key not in _DEQUE_FIELDS:
                state[key] = value
        args = () if self._maxlen is None else ((), self._maxlen)    # (as CPython)
        return (type(self), args, state or None, iter(self._as_list()))

    def count(self, x):
        n = 0
        state = self._state
        for y in self._as_list():
            if y is x or y == x:
                n += 1
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        items = self._as_list()
        state = self._state
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        i = start
        while i < stop:
            y = items[i]
            if y is x or y == x:
                return i
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    @_locked
    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        items = self._items[self._head:]
        items.insert(i, x)
        self._items = items
        self._head = 0

    def remove(self, value):
        items = self._as_list()
        state = self._state
        for i in range(len(items)):
            y = items[i]
            if y is value or y == value:
                if not self._remove_at(i, state):
                    raise IndexError('deque mutated during remove().')
                return
            if self._state != state:
                raise IndexError('deque mutated during remove().')
        raise ValueError('%r is not in deque' % (value,))

    @_locked
    def _remove_at(self, i, state):
        """Delete item i if the deque is still as it was when state was read."""
        if self._state != state:
            return False
        self._state += 1
        del self._items[self._head + i]
        return True

    @_locked
    def reverse(self):
        self._state += 1
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        self._rotate(_index(n))

    @_locked
    def _rotate(self, n):
        length = len(self._items) - self._head
        if length <= 1:
            return
        self._state += 1
        n = n % length
        if n == 0:
            return
        items = self._items[self._head:]
        self._items = items[length - n:] + items[:length - n]
        self._head = 0

    @_locked
    def _as_list(self):
        return self._items[self._head:]

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % _type_name(i))
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        items = self._items
        n = len(items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            if lock is not None:
                lock.release()
            raise IndexError('deque index out of range')
        x = items[self._head + i]
        if lock is not None:
            lock.release()
        return x

    def __setitem__(self, i, x):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % _type_name(i))
        self._set_at(i, x)

    def __delitem__(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % _type_name(i))
        self._del_at(i)

    @_locked
    def _set_at(self, i, x):
        self._items[self._norm_index(i)] = x

    @_locked
    def _del_at(self, i):
        j = self._norm_index(i)
        self._state += 1
        del self._items[j]

    def _norm_index(self, i):
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    def __contains__(self, x):
        state = self._state
        for y in self._as_list():
            if y is x or y == x:
                return True
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        if _repr_enter(self):
            return '[...]'
        try:
            body = repr(self._as_list())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return '%s(%s)' % (_type_name(self), body)
        return '%s(%s, maxlen=%d)' % (_type_name(self), body, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % _type_name(other))
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        for i in range(n):
            d.extend(self._as_list())
        return d

    def __imul__(self, n):
        items = self._as_list()
        self.clear()
        for i in range(n):
            self.extend(items)
        return self


_repr_running = {}


def _repr_enter(obj):
    """True if obj's repr is already being computed (a container containing itself)."""
    key = id(obj)
    if key in _repr_running:
        return True
    _repr_running[key] = obj
    return False


def _repr_leave(obj):
    del _repr_running[id(obj)]


# --- the dict subclasses -------------------------------------------------------------------
# As CPython's, defaultdict, OrderedDict and Counter subclass dict.  For dict subclasses
# gclab's dict has no __reversed__, __or__/__ror__/__ior__ or __class_getitem__, and
# dict.fromkeys makes a plain dict: the classes below define what they need of these.
# gclab's copy module cannot rebuild a dict or tuple subclass (it creates an empty
# instance and copies its __dict__), so the classes also have __copy__/__deepcopy__ that
# do what CPython's copy does through __reduce__.

def _class_getitem(cls, item):
    return _GenericAlias(cls, item)


def _dict_reversed(self):
    return reversed(dict.keys(self))


def _deepcopy():
    import copy
    return copy.deepcopy


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __class_getitem__ = classmethod(_class_getitem)
    __reversed__ = _dict_reversed

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __deepcopy__(self, memo):
        deepcopy = _deepcopy()
        y = type(self)(deepcopy(self.default_factory, memo))
        memo[id(self)] = y
        for key, value in dict.items(self):
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            fr = 'None'
        elif _repr_enter(factory):
            fr = '...'
        else:
            try:
                fr = repr(factory)
            finally:
                _repr_leave(factory)
        return '%s(%s, %s)' % (type(self).__name__, fr, dict.__repr__(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        dict.update(new, other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        dict.update(new, self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    __class_getitem__ = classmethod(_class_getitem)
    __reversed__ = _dict_reversed

    def __init__(self, other=(), /, **kwds):
        OrderedDict.update(self, other, **kwds)

    def update(self, other=(), /, **kwds):
        if type(self).__setitem__ is dict.__setitem__:
            dict.update(self, other, **kwds)
            return
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, items)

    def copy(self):
        new = type(self)()
        if type(new).__setitem__ is dict.__setitem__:
            dict.update(new, self)
        else:
            for key in list(dict.keys(self)):
                new[key] = self[key]
        return new

    def __copy__(self):
        new = type(self)()
        state = getattr(self, '__dict__', None)
        if state:
            for name, value in state.items():
                object.__setattr__(new, name, value)
        for key, value in list(self.items()):
            new[key] = value
        return new

    def __deepcopy__(self, memo):
        deepcopy = _deepcopy()
        new = type(self)()
        memo[id(self)] = new
        state = getattr(self, '__dict__', None)
        if state:
            state = deepcopy(dict(state), memo)
            for name, value in state.items():
                object.__setattr__(new, name, value)
        for key, value in list(self.items()):
            new[deepcopy(key, memo)] = deepcopy(value, memo)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if not dict.__eq__(self, other):
            return False
        if isinstance(other, OrderedDict):
            return list(dict.keys(self)) == list(dict.keys(other))
        return True

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        if _repr_enter(self):
            return '...'
        try:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_leave(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class _Chain:
    def __init__(self, iterables):
        self._its = iterables
        self._i = 0
        self._cur = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                if self._i >= len(self._its):
                    raise StopIteration
                self._cur = iter(self._its[self._i])
                self._i += 1
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None


_Mapping = None


def _is_mapping(x):
    """isinstance(x, collections.abc.Mapping) (ChainMap included, as in CPython)."""
    global _Mapping
    if isinstance(x, (dict, ChainMap)):
        return True
    if not hasattr(x, 'keys'):
        return False
    if _Mapping is None:
        import collections.abc
        _Mapping = collections.abc.Mapping
    return isinstance(x, _Mapping)


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    __class_getitem__ = classmethod(_class_getitem)
    __reversed__ = _dict_reversed

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n] if n > 0 else []

    def elements(self):
        parts = []
        for elem, count in self.items():
            if count > 0:
                parts.append([elem] * count)
        return _Chain(parts)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(dict(self))

    def __deepcopy__(self, memo):
        y = self.__class__(_deepcopy()(dict(self), memo))
        memo[id(self)] = y
        return y

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            # gclab does not fall back to dict.__eq__ when this returns NotImplemented
            if isinstance(other, dict):
                return type(other).__eq__(other, self)
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return type(other).__ne__(other, self)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        if _repr_enter(self):
            return '...'
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            return '%s(%r)' % (self.__class__.__name__, d)
        finally:
            _repr_leave(self)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# --- namedtuple ----------------------------------------------------------------------------
# A namedtuple class is a tuple subclass, as CPython's: its __new__ is compiled from source
# (so wrong arguments give CPython's messages), the fields are read-only properties.
# gclab does not enforce __slots__ = (), so the classes have a __setattr__ that refuses
# new attributes unless a subclass without __slots__ is involved (CPython's behaviour).

_KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
             'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
             'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
             'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']


def _nt_readonly_set(self, value):
    raise AttributeError("can't set attribute")


def _nt_readonly_del(self):
    raise AttributeError("can't delete attribute")


def _field_getter(index):
    def get(self):
        return self[index]
    return property(get, _nt_readonly_set, _nt_readonly_del,
                    'Alias for field number %d' % index)


def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(result)))
    return result


def _nt_replace(self, /, **kwds):
    result = self._make(map(kwds.pop, self._fields, self))
    if kwds:
        raise ValueError('Got unexpected field names: %r' % (list(kwds),))
    return result


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def _nt_has_dict(cls):
    for klass in cls.__mro__:
        if klass is tuple:
            return False
        if '__slots__' not in vars(klass):
            return True
    return False


def _nt_setattr(self, name, value):
    cls = type(self)
    if not hasattr(cls, name) and not _nt_has_dict(cls):
        raise AttributeError("'%s' object has no attribute '%s'" % (cls.__name__, name))
    object.__setattr__(self, name, value)


def _nt_copy(self):
    cls = type(self)
    new = cls.__new__(cls, *self)
    state = getattr(self, '__dict__', None)
    if state:
        for name, value in state.items():
            object.__setattr__(new, name, value)
    return new


def _nt_deepcopy(self, memo):
    deepcopy = _deepcopy()
    cls = type(self)
    new = cls.__new__(cls, *deepcopy(tuple(self), memo))
    memo[id(self)] = new
    state = getattr(self, '__dict__', None)
    if state:
        state = deepcopy(dict(state), memo)
        for name, value in state.items():
            object.__setattr__(new, name, value)
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(f) for f in field_names]
    typename = str(typename)
    if rename:
        seen = []
        for i in range(len(field_names)):
            name = field_names[i]
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[i] = '_%d' % i
            seen.append(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = []
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.append(name)
    field_defaults = {}
    num_fields = len(field_names)
    params = list(field_names)
    namespace = {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_' + typename}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        start = num_fields - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]
            params[start + i] = '%s=_d%d' % (field_names[start + i], i)
            namespace['_d%d' % i] = defaults[i]
    field_names = tuple(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    # __new__ is defined in a class named typename: its messages say typename.__new__()
    source = ("class %s:\n def __new__(_cls, %s):\n  'Create new instance of %s(%s)'\n"
              "  return _tuple_new(_cls, (%s))\n"
              % (typename, ', '.join(params), typename, arg_list, arg_list))
    exec(source, namespace)
    new = vars(namespace[typename])['__new__']
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': new,
        '_make': classmethod(_nt_make),
        '_replace': _nt_replace,
        '__repr__': __repr__,
        '_asdict': _nt_asdict,
        '__getnewargs__': _nt_getnewargs,
        '__match_args__': field_names,
        '__class_getitem__': classmethod(_class_getitem),
        '__setattr__': _nt_setattr,
        '__copy__': _nt_copy,
        '__deepcopy__': _nt_deepcopy,
    }
    for i in range(num_fields):
        class_namespace[field_names[i]] = _field_getter(i)
    result = type(typename, (tuple,), class_namespace)
    result.__qualname__ = typename
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a single,
    updateable view: lookups search the mappings in order, writes and deletions go to
    the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _union(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return d

    def __len__(self):
        return len(self._union())

    def __iter__(self):
        return iter(self._union())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        if _repr_enter(self):
            return '...'
        try:
            return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_leave(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        first = self.maps[0]
        return self.__class__(first.copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    _marker = object()

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        return self._union().keys()

    def items(self):
        return [(key, self[key]) for key in self._union()]

    def values(self):
        return [self[key] for key in self._union()]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        self.maps[0].update(other, **kwargs)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        return dict(self.items()) == other

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# --- UserDict, UserList, UserString -------------------------------------------------------
# Made on first use (the module's __getattr__, PEP 562): they derive from the ABCs of
# collections.abc, which this module does not import until then.

_USER_CLASSES = ('UserDict', 'UserList', 'UserString')


def __getattr__(name):
    if name in _USER_CLASSES:
        _make_user_classes()
        return globals()[name]
    raise AttributeError("module 'collections' has no attribute '%s'" % name)


def _make_user_classes():
    if 'UserDict' in globals():
        return
    import collections.abc as _abc

    class UserDict(_abc.MutableMapping):
        """A dict-like class whose items live in the dict self.data."""

        def __init__(self, dict=None, /, **kwargs):
            self.data = {}
            if dict is not None:
                self.update(dict)
            if kwargs:
                self.update(kwargs)

        def __len__(self):
            return len(self.data)

        def __getitem__(self, key):
            if key in self.data:
                return self.data[key]
            if hasattr(self.__class__, '__missing__'):
                return self.__class__.__missing__(self, key)
            raise KeyError(key)

        def __setitem__(self, key, item):
            self.data[key] = item

        def __delitem__(self, key):
            del self.data[key]

        def __iter__(self):
            return iter(self.data)

        def __contains__(self, key):
            return key in self.data

        def __repr__(self):
            return repr(self.data)

        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(other.data | self.data)
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented

        def __ior__(self, other):
            if isinstance(other, UserDict):
                self.data |= other.data
            else:
                self.data |= other
            return self

        def __copy__(self):
            inst = self.__class__.__new__(self.__class__)
            inst.__dict__.update(self.__dict__)
            inst.__dict__['data'] = self.__dict__['data'].copy()
            return inst

        def copy(self):
            if self.__class__ is UserDict:
                return UserDict(self.data.copy())
            import copy
            data = self.data
            try:
                self.data = {}
                c = copy.copy(self)
            finally:
                self.data = data
            c.update(self)
            return c

        @classmethod
        def fromkeys(cls, iterable, value=None):
            d = cls()
            for key in iterable:
                d[key] = value
            return d

    class UserList(_abc.MutableSequence):
        """A list-like class whose items live in the list self.data."""

        def __init__(self, initlist=None):
            self.data = []
            if initlist is not None:
                if type(initlist) == type(self.data):
                    self.data[:] = initlist
                elif isinstance(initlist, UserList):
                    self.data[:] = initlist.data[:]
                else:
                    self.data = list(initlist)

        def __repr__(self):
            return repr(self.data)

        def __lt__(self, other):
            return self.data < self.__cast(other)

        def __le__(self, other):
            return self.data <= self.__cast(other)

        def __eq__(self, other):
            return self.data == self.__cast(other)

        def __gt__(self, other):
            return self.data > self.__cast(other)

        def __ge__(self, other):
            return self.data >= self.__cast(other)

        def __cast(self, other):
            return other.data if isinstance(other, UserList) else other

        def __contains__(self, item):
            return item in self.data

        def __len__(self):
            return len(self.data)

        def __getitem__(self, i):
            if isinstance(i, slice):
                return self.__class__(self.data[i])
            return self.data[i]

        def __setitem__(self, i, item):
            self.data[i] = item

        def __delitem__(self, i):
            del self.data[i]

        def __add__(self, other):
            if isinstance(other, UserList):
                return self.__class__(self.data + other.data)
            if isinstance(other, type(self.data)):
                return self.__class__(self.data + other)
            return self.__class__(self.data + list(other))

        def __radd__(self, other):
            if isinstance(other, UserList):
                return self.__class__(other.data + self.data)
            if isinstance(other, type(self.data)):
                return self.__class__(other + self.data)
            return self.__class__(list(other) + self.data)

        def __iadd__(self, other):
            if isinstance(other, UserList):
                self.data += other.data
            elif isinstance(other, type(self.data)):
                self.data += other
            else:
                self.data += list(other)
            return self

        def __mul__(self, n):
            return self.__class__(self.data * n)

        __rmul__ = __mul__

        def __imul__(self, n):
            self.data *= n
            return self

        def __copy__(self):
            inst = self.__class__.__new__(self.__class__)
            inst.__dict__.update(self.__dict__)
            inst.__dict__['data'] = self.__dict__['data'][:]
            return inst

        def append(self, item):
            self.data.append(item)

        def insert(self, i, item):
            self.data.insert(i, item)

        def pop(self, i=-1):
            return self.data.pop(i)

        def remove(self, item):
            self.data.remove(item)

        def clear(self):
            self.data.clear()

        def copy(self):
            return self.__class__(self)

        def count(self, item):
            return self.data.count(item)

        def index(self, item, *args):
            return self.data.index(item, *args)

        def reverse(self):
            self.data.reverse()

        def sort(self, /, *args, **kwds):
            self.data.sort(*args, **kwds)

        def extend(self, other):
            if isinstance(other, UserList):
                self.data.extend(other.data)
            else:
                self.data.extend(other)

    class UserString(_abc.Sequence):
        """A str-like class whose text is the str self.data."""

        def __init__(self, seq):
            if isinstance(seq, str):
                self.data = seq
            elif isinstance(seq, UserString):
                self.data = seq.data[:]
            else:
                self.data = str(seq)

        def __str__(self):
            return str(self.data)

        def __repr__(self):
            return repr(self.data)

        def __int__(self):
            return int(self.data)

        def __float__(self):
            return float(self.data)

        def __hash__(self):
            return hash(self.data)

        def __getnewargs__(self):
            return (self.data[:],)

        def __eq__(self, string):
            if isinstance(string, UserString):
                return self.data == string.data
            return self.data == string

        def __lt__(self, string):
            if isinstance(string, UserString):
                return self.data < string.data
            return self.data < string

        def __le__(self, string):
            if isinstance(string, UserString):
                return self.data <= string.data
            return self.data <= string

        def __gt__(self, string):
            if isinstance(string, UserString):
                return self.data > string.data
            return self.data > string

        def __ge__(self, string):
            if isinstance(string, UserString):
                return self.data >= string.data
            return self.data >= string

        def __contains__(self, char):
            if isinstance(char, UserString):
                char = char.data
            return char in self.data

        def __len__(self):
            return len(self.data)

        def __getitem__(self, index):
            return self.__class__(self.data[index])

        def __add__(self, other):
            if isinstance(other, UserString):
                return self.__class__(self.data + other.data)
            if isinstance(other, str):
                return self.__class__(self.data + other)
            return self.__class__(self.data + str(other))

        def __radd__(self, other):
            if isinstance(other, str):
                return self.__class__(other + self.data)
            return self.__class__(str(other) + self.data)

        def __mul__(self, n):
            return self.__class__(self.data * n)

        __rmul__ = __mul__

        def __mod__(self, args):
            return self.__class__(self.data % args)

        def __rmod__(self, template):
            return self.__class__(str(template) % self)

    def _wrapping(name):
        method = getattr(str, name)

        def wrapper(self, *args, **kwds):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(self.data, *args, **kwds)
            return self.__class__(result) if isinstance(result, str) else result
        wrapper.__name__ = name
        return wrapper

    # str's methods, on self.data: a str result comes back as an instance of the class
    for _name in ('capitalize', 'casefold', 'center', 'count', 'endswith', 'expandtabs',
                  'find', 'format', 'format_map', 'index', 'isalnum', 'isalpha',
                  'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
                  'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'join',
                  'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix',
                  'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip',
                  'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title',
                  'translate', 'upper', 'zfill', 'encode'):
        if hasattr(str, _name):
            setattr(UserString, _name, _wrapping(_name))

    UserDict.__module__ = UserList.__module__ = UserString.__module__ = 'collections'
    UserDict.__qualname__ = 'UserDict'
    UserList.__qualname__ = 'UserList'
    UserString.__qualname__ = 'UserString'
    globals().update(UserDict=UserDict, UserList=UserList, UserString=UserString)
