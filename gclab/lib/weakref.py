# gclab's weakref module, on its builtin _weakref (gclab/objspace/weakrefobject.py).
# Importing it (or compiling code that imports it) enables weak references: the
# instances made from then on can be referred to weakly (docs/language.md, "Weak
# references").  WeakMethod is not a subclass of ref and keeps its function alive: it
# dies with the method's object only (CPython's also when the function dies).  KeyedRef is a wrapper around a ref, not a
# subclass (gclab's ref cannot be subclassed).  No finalize.atexit (the finalizers
# still alive at exit are not called).

import _weakref

_weakref._gclab_enable()

ref = _weakref.ref
ReferenceType = _weakref.ReferenceType
getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs


def _target(proxy):
    obj = object.__getattribute__(proxy, '_gclab_ref')()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """A proxy: every operation goes to the referent, ReferenceError once it died."""

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            me = ref(self)

            def call(wr):
                p = me()
                if p is not None:
                    callback(p)
            r = ref(obj, call)
        object.__setattr__(self, '_gclab_ref', r)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_gclab_ref')()
        if obj is None:
            return '<weakproxy at 0x%x; dead>' % id(self)
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__,
                                                         id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    __hash__ = None

    def __add__(self, other):
        return _target(self) + other

    def __radd__(self, other):
        return other + _target(self)

    def __sub__(self, other):
        return _target(self) - other

    def __rsub__(self, other):
        return other - _target(self)

    def __mul__(self, other):
        return _target(self) * other

    def __rmul__(self, other):
        return other * _target(self)

    def __truediv__(self, other):
        return _target(self) / other

    def __floordiv__(self, other):
        return _target(self) // other

    def __mod__(self, other):
        return _target(self) % other

    def __neg__(self):
        return -_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _target(self).__index__()


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


def proxy(obj, callback=None):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


ProxyTypes = (ProxyType, CallableProxyType)


class KeyedRef:
    """KeyedRef(ob, callback, key): a weak reference to ob with a key attribute; calling
    it gives ob while it lives, else None; callback(the KeyedRef) runs when ob dies.
    (gclab: a wrapper around a ref, not a ref subclass.)"""

    def __init__(self, ob, callback, key):
        self.key = key
        self._callback = callback
        if callback is None:
            self._ref = ref(ob)
        else:
            me = ref(self)

            def died(wr):
                kr = me()
                if kr is not None:
                    callback(kr)
            self._ref = ref(ob, died)

    def __call__(self):
        return self._ref()

    @property
    def __callback__(self):
        return self._callback

    def __eq__(self, other):
        if not isinstance(other, (KeyedRef, ReferenceType)):
            return NotImplemented
        a = self._ref()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __hash__(self):
        try:
            return self.__dict__['_hash']
        except KeyError:
            pass
        obj = self._ref()
        if obj is None:
            raise TypeError('weak object has gone away')
        h = self.__dict__['_hash'] = hash(obj)
        return h

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<weakref at 0x%x; dead>' % id(self)
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__, id(obj))


# The weak containers as CPython's: a dead entry leaves the container when its
# callback runs (at once on the refcount plans, at a collection on the tracing plans),
# so len() is the underlying dict's or set's; while an iteration is running, the
# callbacks queue the entries in _pending_removals instead (removing them would change
# the size of the dict being iterated), and the last iteration to end removes them.
# The iterators are generators that hold only the current item strongly.


def _holds(container, wr):
    try:
        return wr in container
    except TypeError:       # a dead reference never hashed: never put in
        return False


class _WeakContainer:
    """What the weak containers share: iterations that defer removals (above)."""

    def _end_iteration(self):
        self._iterating -= 1
        if not self._iterating and self._pending_removals:
            self._commit_removals()


class _WeakMapping(_WeakContainer):
    """What the two weak dictionaries share."""

    def clear(self):
        self._pending_removals = []
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, 'keys') and hasattr(other, 'items'):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys') and hasattr(other, 'items'):
            new = type(self)()
            new.update(other)
            new.update(self.items())
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        me = ref(self)

        def remove(wr, key):
            d = me()
            if d is None:
                return
            if d._iterating:
                d._pending_removals.append(key)
            elif d.data.get(key) is wr:
                del d.data[key]
        self._remove = remove
        self.update(other, **kwargs)

    def _ref(self, key, value):
        remove = self._remove
        return ref(value, lambda wr: remove(wr, key))

    def _commit_removals(self):
        # the keys whose value died while an iteration ran (their entry may have been
        # replaced since: only a dead one goes)
        pending = self._pending_removals
        data = self.data
        while pending:
            key = pending.pop()
            wr = data.get(key)
            if wr is not None and wr() is None:
                del data[key]

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return '<%s at 0x%x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.get(key)
        if wr is None:
            return default
        obj = wr()
        if obj is None:
            return default
        return obj

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        self._iterating += 1
        try:
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            self._end_iteration()

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        self._iterating += 1
        try:
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k
        finally:
            self._end_iteration()

    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        self._iterating += 1
        try:
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._end_iteration()

    def itervaluerefs(self):
        if self._pending_removals:
            self._commit_removals()
        self._iterating += 1
        try:
            yield from self.data.values()
        finally:
            self._end_iteration()

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def pop(self, key, *default):
        if self._pending_removals:
            self._commit_removals()
        wr = self.data.pop(key, None)
        obj = None if wr is None else wr()
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            obj = wr()
            if obj is not None:
                return key, obj

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        obj = None if wr is None else wr()
        if obj is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = self._ref(key, default)
            return default
        return obj

    def update(self, other=(), /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        if other is not None:
            if hasattr(other, 'items'):
                other = other.items()
            for k, v in other:
                self.data[k] = self._ref(k, v)
        for k, v in kwargs.items():
            self.data[k] = self._ref(k, v)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        for k, v in list(self.items()):
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = WeakValueDictionary()
        for k, v in list(self.items()):
            new[deepcopy(k, memo)] = v
        return new

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        self._dirty_len = False     # an entry was deleted while removals were pending
        me = ref(self)

        def remove(wr):
            owner = me()
            if owner is None:
                return
            if owner._iterating:
                # (gclab keeps a reference replaced or deleted, whose callback still
                # runs: only one still in the dict is counted as pending)
                if _holds(owner.data, wr):
                    owner._pending_removals.append(wr)
            else:
                owner.data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            data.pop(pending.pop(), None)

    def _key_ref(self, key):
        # a reference with the callback only for a new key (a ref without a callback
        # finds an existing one)
        wr = ref(key)
        if wr in self.data:
            return wr
        return ref(key, self._remove)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[self._key_ref(key)] = value

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            data = self.data
            self._pending_removals = [wr for wr in self._pending_removals if wr in data]
            self._dirty_len = False
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return '<%s at 0x%x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def items(self):
        self._iterating += 1
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._end_iteration()

    def keys(self):
        self._iterating += 1
        try:
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            self._end_iteration()

    __iter__ = keys

    def values(self):
        self._iterating += 1
        try:
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value
        finally:
            self._end_iteration()

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        self._dirty_len = True
        return self.data.pop(ref(key), *default)

    def popitem(self):
        self._dirty_len = True
        while True:
            wr, value = self.data.popitem()
            obj = wr()
            if obj is not None:
                return obj, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._key_ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in list(self.items()):
            new[k] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = WeakKeyDictionary()
        for k, v in list(self.items()):
            new[k] = deepcopy(v, memo)
        return new

    def __eq__(self, other):
        if isinstance(other, WeakKeyDictionary):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other


class WeakSet(_WeakContainer):
    """A set whose items are held weakly: an item goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._pending_removals = []
        self._iterating = 0
        me = ref(self)

        def remove(wr):
            owner = me()
            if owner is None:
                return
            if owner._iterating:
                if _holds(owner.data, wr):
                    owner._pending_removals.append(wr)
            else:
                owner.data.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        data = self.data
        while pending:
            data.discard(pending.pop())

    def __iter__(self):
        self._iterating += 1
        try:
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item
        finally:
            self._end_iteration()

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        wr = ref(item)
        if wr not in self.data:
            self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.discard(ref(item))
        return self

    def intersection(self, other):
        return type(self)([item for item in other if item in self])

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update([ref(item) for item in other])
        return self

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            seen = set()
            for item in other:
                wr = ref(item)
                if wr in seen:
                    continue
                seen.add(wr)
                if wr in self.data:
                    self.data.discard(wr)
                else:
                    self.data.add(ref(item, self._remove))
        return self

    def issubset(self, other):
        return self.data.issubset([ref(item) for item in other])

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set([ref(item) for item in other])

    def issuperset(self, other):
        return self.data.issuperset([ref(item) for item in other])

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set([ref(item) for item in other])

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set([ref(item) for item in other])

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class WeakMethod:
    """A weak reference to a bound method: calling it gives the method again while its
    object lives, else None; callback(self) runs once when the object dies."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s' % type(meth)) \
                from None
        self._func = func
        self._meth_type = type(meth)
        self._alive = True
        this = ref(self)

        def died(wr):
            me = this()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)
        self._obj_ref = ref(obj, died)

    def __call__(self):
        obj = self._obj_ref()
        if obj is None:
            return None
        return self._meth_type(self._func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func == other._func
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func))

    def __repr__(self):
        obj = self._obj_ref()
        if obj is None:
            return '<weakref at 0x%x; dead>' % id(self)
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), type(obj).__name__, id(obj))


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) once, when obj dies
    or when the finalize object is called, whichever comes first."""

    _registry = {}

    def __init__(self, obj, func, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._ref = ref(obj, self._died)
        finalize._registry[id(self)] = self

    def _died(self, wr):
        self()

    def __call__(self, _=None):
        if finalize._registry.pop(id(self), None) is None:
            return None
        func, args, kwargs = self._func, self._args, self._kwargs
        self._func = self._args = self._kwargs = None
        return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is None or finalize._registry.pop(id(self), None) is None:
            return None
        result = (obj, self._func, self._args, self._kwargs)
        self._func = self._args = self._kwargs = None
        return result

    def peek(self):
        obj = self._ref()
        if obj is None or id(self) not in finalize._registry:
            return None
        return (obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return id(self) in finalize._registry

    atexit = False

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<finalize object at 0x%x; dead>' % id(self)
        return "<finalize object at 0x%x; for '%s' at 0x%x>" % (id(self),
                                                                type(obj).__name__,
                                                                id(obj))
