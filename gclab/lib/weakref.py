# gclab's weakref module, on its builtin _weakref (gclab/objspace/weakrefobject.py).
# Importing it enables weak references: the instances made from then on can be
# referred to weakly (docs/language.md, "Weak references").  WeakMethod is not a
# subclass of ref and keeps its function alive (gclab functions cannot be referred to
# weakly): it dies with the method's object.  No finalize.atexit (the finalizers
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


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kwargs):
        self.data = {}
        me = ref(self)

        def remove(wr, key):
            d = me()
            if d is not None and d.data.get(key) is wr:
                del d.data[key]
        self._remove = remove
        self.update(other, **kwargs)

    def _ref(self, key, value):
        remove = self._remove
        return ref(value, lambda wr: remove(wr, key))

    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return len([k for k, wr in list(self.data.items()) if wr() is not None])

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return '<WeakValueDictionary at 0x%x>' % id(self)

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        obj = wr()
        if obj is None:
            return default
        return obj

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for v in (wr() for wr in list(self.data.values())) if v is not None]

    def items(self):
        result = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                result.append((k, v))
        return result

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        obj = None if wr is None else wr()
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class _WeakKeys:
    """What WeakKeyDictionary and WeakSet share: self.data (a dict or a set) holds weak
    references to the keys, each with a callback that drops it when its key dies;
    only live keys count."""

    def _hold_weakly(self, data):
        self.data = data
        me = ref(self)

        def remove(wr):
            owner = me()
            if owner is not None:
                owner._forget(wr)
        self._remove = remove

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len([wr for wr in list(self.data) if wr() is not None])

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def clear(self):
        self.data.clear()


class WeakKeyDictionary(_WeakKeys):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, other=None):
        self._hold_weakly({})
        if other is not None:
            self.update(other)

    def _forget(self, wr):
        self.data.pop(wr, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __repr__(self):
        return '<WeakKeyDictionary at 0x%x>' % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        result = []
        for wr, v in list(self.data.items()):
            obj = wr()
            if obj is not None:
                result.append((obj, v))
        return result

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other=(), **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())


class WeakSet(_WeakKeys):
    """A set whose items are held weakly."""

    def __init__(self, data=None):
        self._hold_weakly(set())
        if data is not None:
            for item in data:
                self.add(item)

    def _forget(self, wr):
        self.data.discard(wr)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __repr__(self):
        return '<WeakSet at 0x%x>' % id(self)


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
