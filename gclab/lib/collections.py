# gclab's collections module: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
# gclab cannot subclass dict or tuple yet: defaultdict, OrderedDict and Counter are
# mappings that hold a dict, and namedtuple classes are sequences that hold a tuple
# (isinstance(d, dict) and isinstance(p, tuple) are False, unlike CPython).
from operator import itemgetter as _itemgetter
import sys as _sys

_GenericAlias = type(list[int])     # types.GenericAlias: deque[int] and the like


def _type_name(x):
    return type(x).__name__


# --- deque ---------------------------------------------------------------------------------

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
        if dq._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        n = len(dq._items) - dq._head
        if self._i >= n:
            raise StopIteration
        if self._reverse:
            x = dq._items[len(dq._items) - 1 - self._i]
        else:
            x = dq._items[dq._head + self._i]
        self._i += 1
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
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        self._items.append(x)

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
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
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        i = start
        while i < stop:
            y = self._items[self._head + i]
            if y is x or y == x:
                return i
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        items = self._as_list()
        items.insert(i, x)
        self._items = items
        self._head = 0

    def remove(self, value):
        i = 0
        n = len(self)
        while i < n:
            y = self._items[self._head + i]
            if y is value or y == value:
                del self[i]
                return
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._state += 1
        items = self._as_list()
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        self._state += 1
        n = n % length
        if n == 0:
            return
        items = self._as_list()
        self._items = items[length - n:] + items[:length - n]
        self._head = 0

    def _as_list(self):
        return self._items[self._head:]

    def _norm_index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %s' % _type_name(i))
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._norm_index(i)]

    def __setitem__(self, i, x):
        self._items[self._norm_index(i)] = x

    def __delitem__(self, i):
        j = self._norm_index(i)
        self._state += 1
        del self._items[j]

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        if _repr_enter(self):
            return '[...]'
        try:
            body = repr(self._as_list())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return 'deque(%s)' % body
        return 'deque(%s, maxlen=%d)' % (body, self._maxlen)

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


# --- the dict-like classes -----------------------------------------------------------------

class _DictWrapper:
    """A mapping holding a dict, self._d: what defaultdict, OrderedDict and Counter share."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(list(self._d))

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        d = self._d
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, *args):
        return self._d.pop(*args)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._d
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def clear(self):
        self._d.clear()

    def __bool__(self):
        return len(self._d) > 0

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new._d = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def _dict_repr(self):
        if _repr_enter(self):
            return '...'
        try:
            return repr(self._d)
        finally:
            _repr_leave(self)


class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._d = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __copy__(self):
        return self.copy()

    def __repr__(self):
        f = self.default_factory
        if f is None:
            fr = 'None'
        elif _repr_enter(f):
            fr = '...'
        else:
            try:
                fr = repr(f)
            finally:
                _repr_leave(f)
        return 'defaultdict(%s, %s)' % (fr, self._dict_repr())


class OrderedDict(_DictWrapper):
    """Dictionary that remembers insertion order (and compares in order)."""

    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        value = self._d.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            items = list(d.items())
            d.clear()
            d[key] = value
            for k, v in items:
                d[k] = v

    def copy(self):
        return OrderedDict(self._d)

    def __copy__(self):
        return self.copy()

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        if _repr_enter(self):
            return '...'
        try:
            return 'OrderedDict(%r)' % (list(self._d.items()),)
        finally:
            _repr_leave(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


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


class Counter(_DictWrapper):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n] if n > 0 else []

    def elements(self):
        parts = []
        for k, v in self._d.items():
            if v > 0:
                parts.append([k] * v)
        return _Chain(parts)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            d = self._d
            if isinstance(iterable, _DictWrapper) or isinstance(iterable, dict):
                for elem in iterable.keys():
                    d[elem] = d.get(elem, 0) + iterable[elem]
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            d = self._d
            if isinstance(iterable, _DictWrapper) or isinstance(iterable, dict):
                for elem in iterable.keys():
                    d[elem] = d.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        c = Counter()
        c._d = dict(self._d)
        return c

    def __copy__(self):
        return self.copy()

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for k in self._d:
            if self[k] != other[k]:
                return False
        for k in other._d:
            if self[k] != other[k]:
                return False
        return True

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        if _repr_enter(self):
            return '...'
        try:
            parts = []
            for k, v in self.most_common():
                parts.append('%r: %r' % (k, v))
            return 'Counter({%s})' % ', '.join(parts)
        finally:
            _repr_leave(self)

    def _keep_positive(self):
        d = self._d
        for k in list(d):
            if not d[k] > 0:
                del d[k]
        return self

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            newcount = count + other[elem]
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count > 0:
                result._d[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            newcount = count - other[elem]
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count < 0:
                result._d[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result._d[elem] = newcount
        for elem, count in other._d.items():
            if elem not in self._d and count > 0:
                result._d[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._d.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result._d[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self._d.items():
            if count > 0:
                result._d[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self._d.items():
            if count < 0:
                result._d[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other._d.items():
            self._d[elem] = self[elem] + count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other._d.items():
            self._d[elem] = self[elem] - count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other._d.items():
            count = self[elem]
            if other_count > count:
                self._d[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self._d.items():
            other_count = other[elem]
            if other_count < count:
                self._d[elem] = other_count
        return self._keep_positive()


# --- namedtuple ----------------------------------------------------------------------------

_KEYWORDS = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
             'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
             'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
             'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']


class _NamedTupleBase:
    """The methods of every namedtuple class; the values are the tuple self._values."""
    _fields = ()
    _field_defaults = {}
    _typename = 'namedtuple'

    def __init__(self, *args, **kwargs):
        fields = self._fields
        n = len(fields)
        if len(args) > n:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (self._typename, n + 1, len(args) + 1))
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (self._typename, name))
            if fields.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (self._typename, name))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in self._field_defaults:
                values.append(self._field_defaults[name])
            else:
                missing = [f for f in fields[len(values):]
                           if f not in kwargs and f not in self._field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (self._typename, len(missing),
                                   '' if len(missing) == 1 else 's',
                                   _quote_names(missing)))
        object.__setattr__(self, '_values', tuple(values))

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (self._typename, name))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
        return cls(*values)

    def _replace(self, **kwds):
        values = []
        for i in range(len(self._fields)):
            name = self._fields[i]
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(self._values[i])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self.__class__(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def __repr__(self):
        parts = []
        for i in range(len(self._fields)):
            parts.append('%s=%r' % (self._fields[i], self._values[i]))
        return '%s(%s)' % (self._typename, ', '.join(parts))

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, x):
        return x in self._values

    def __hash__(self):
        return hash(self._values)

    def __eq__(self, other):
        if isinstance(other, _NamedTupleBase):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        return self._values < _tuple_of(other)

    def __le__(self, other):
        return self._values <= _tuple_of(other)

    def __gt__(self, other):
        return self._values > _tuple_of(other)

    def __ge__(self, other):
        return self._values >= _tuple_of(other)

    def __add__(self, other):
        return self._values + _tuple_of(other)

    def __radd__(self, other):
        return _tuple_of(other) + self._values

    def __mul__(self, n):
        return self._values * n

    def count(self, x):
        return self._values.count(x)

    def index(self, x, *args):
        return self._values.index(x, *args)

    def __getnewargs__(self):
        return self._values


def _tuple_of(x):
    if isinstance(x, _NamedTupleBase):
        return x._values
    return x


def _quote_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(i):
    def get(self):
        return self._values[i]
    return property(get)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields (a sequence; not a tuple subclass in gclab)."""
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
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]

    class _NamedTuple(_NamedTupleBase):
        pass
    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    # (CPython: the caller's module, which gclab cannot see; __main__ unless given)
    cls.__module__ = module if module is not None else '__main__'
    cls._fields = tuple(field_names)
    cls._field_defaults = field_defaults
    cls._typename = typename
    for i in range(len(field_names)):
        setattr(cls, field_names[i], _field_getter(i))
    return cls


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
