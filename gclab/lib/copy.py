# gclab's copy module: shallow and deep copies, through the copy protocol as CPython's:
# __copy__/__deepcopy__, a class's own __reduce_ex__/__reduce__ (its reduce value rebuilt
# as copy._reconstruct does), else the default reduction of object.__reduce_ex__(4):
# cls.__new__(cls, *__getnewargs_ex__/__getnewargs__), then the state (__getstate__ or
# the __dict__ and slots) given to __setstate__ or stored, then list items appended and
# dict items stored.  gclab's object has no __reduce_ex__/__getstate__ methods itself:
# this module computes what they would return.

import sys


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, complex, bool, str, bytes, type, range,
           type(len), type(lambda: 0), property)


class _Probe:
    def method(self):
        pass


_METHOD = type(_Probe().method)


def _is_atomic(x):
    if isinstance(x, type):
        return True
    for t in _ATOMIC:
        if type(x) is t:
            return True
    # weak references are copied as themselves (as CPython's); only a program that
    # imported weakref can hold one
    wr = sys.modules.get('_weakref')
    if wr is not None and type(x) is wr.ref:
        return True
    return x is None or x is Ellipsis or x is NotImplemented


def _own(cls, name):
    """The attribute name of the first class of cls's MRO (object excluded) that defines
    it, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in vars(klass):
            return vars(klass)[name]
    return None


def _reduce_value(x, cls):
    """x's own __reduce_ex__(4) or __reduce__() when its class defines one, else None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        own = vars(klass)
        if '__reduce_ex__' in own:
            return x.__reduce_ex__(4)
        if '__reduce__' in own:
            return x.__reduce__()
    return None


def _new_instance(x, cls):
    """A new instance of cls made as the default reduction makes it: cls.__new__ with the
    arguments of x's __getnewargs_ex__ or __getnewargs__; __init__ does not run."""
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        return cls.__new__(cls, *args, **kwargs)
    if hasattr(x, '__getnewargs__'):
        return cls.__new__(cls, *x.__getnewargs__())
    return cls.__new__(cls)


def _default_state(x):
    """What object.__getstate__() returns: the instance __dict__ (None when empty), or
    (dict or None, slots dict) when slots hold values."""
    if _own(type(x), '__getstate__') is not None:
        return x.__getstate__()
    d = None
    if hasattr(x, '__dict__') and vars(x):
        d = vars(x)
    slots = {}
    for klass in type(x).__mro__:
        names = vars(klass).get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name not in ('__dict__', '__weakref__') and hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (d, slots)
    return d


def _set_state(y, state):
    if state is None:
        return
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        for name in state:
            object.__setattr__(y, name, state[name])
    if slots:
        for name in slots:
            setattr(y, name, slots[name])


def _rebuild(x, rv, deep, memo):
    """Rebuild from a reduce value (func, args[, state[, listitems[, dictitems]]]) as
    CPython's copy._reconstruct."""
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error('__reduce__ must return a string or tuple')
    if not 2 <= len(rv) <= 6:
        raise Error('tuple returned by __reduce__ must contain 2 through 6 elements')
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


_MODULE = type(sys)


def _registered(cls):
    """The reduction function copyreg.pickle() registered for cls (copyreg is only
    consulted once a program imported it)."""
    copyreg = sys.modules.get('copyreg')
    if copyreg is None:
        return None
    return copyreg.dispatch_table.get(cls)


def _by_reduction(x, cls):
    """Whether _copy_object copies x: a builtin container's subclass, an object with
    attributes, or one whose class reduces it itself."""
    return isinstance(x, _CONTAINERS) or hasattr(x, '__dict__') or \
        hasattr(x, '__slots__') or _own(cls, '__reduce_ex__') is not None or \
        _own(cls, '__reduce__') is not None


def _cannot(cls):
    """CPython's error from object.__reduce_ex__ for an object it cannot reduce."""
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def _copy_object(x, cls, deep, memo):
    """A copy of an instance of a class without __copy__/__deepcopy__."""
    if cls is _MODULE:
        raise _cannot(cls)
    rv = _reduce_value(x, cls)
    if rv is not None:
        return _rebuild(x, rv, deep, memo)
    if isinstance(x, _CONTAINERS):
        return _reconstruct(x, cls, deep, memo)
    y = _new_instance(x, cls)
    if deep:
        memo[id(x)] = y
    state = _default_state(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state)
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if cls is dict:
        return dict(x)
    if cls is slice:
        # as CPython's (through slice.__reduce__): a new equal slice
        return slice(x.start, x.stop, x.step)
    if cls is _METHOD:
        # as CPython's (through method.__reduce__): the method looked up again
        return getattr(x.__self__, x.__func__.__name__)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    reductor = _registered(cls)
    if reductor is not None:
        return _rebuild(x, reductor(x), False, None)
    if _by_reduction(x, cls):
        return _copy_object(x, cls, False, None)
    raise _cannot(cls)


_CONTAINERS = (list, dict, set, frozenset, tuple, bytearray)


def _reconstruct(x, cls, deep, memo):
    """A copy of an instance of a subclass of a builtin container, made as CPython's
    __reduce_ex__ and copy._reconstruct make it: a new object of the class (tuples
    through __new__ with __getnewargs__, sets through the class with the items, the
    others empty without their __init__), then its attributes, then its items (list
    items appended, dict items stored: the subclass's methods see them)."""
    def dup(v):
        return deepcopy(v, memo) if deep else v
    if isinstance(x, tuple):
        if hasattr(x, '__getnewargs__'):
            args = x.__getnewargs__()
        else:
            args = (tuple(x),)
        y = cls.__new__(cls, *[dup(a) for a in args])
    elif isinstance(x, (set, frozenset)):
        y = cls([dup(a) for a in x])
    else:
        y = _new_instance(x, cls)
    if deep:
        memo[id(x)] = y
    state = _default_state(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state)
    if isinstance(x, list):
        for a in x:
            y.append(dup(a))
    elif isinstance(x, dict):
        for key in x:
            y[dup(key)] = dup(dict.__getitem__(x, key))
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # the tuple may have been copied while copying its items (a cycle through it)
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key in x:
            y[deepcopy(key, memo)] = deepcopy(x[key], memo)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls is set or cls is frozenset:
        # as CPython's (through __reduce_ex__): a new one of the copied items
        y = cls([deepcopy(a, memo) for a in x])
    elif cls is _METHOD:
        # as CPython's copy._deepcopy_method: the function bound to a copy of its self
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif hasattr(x, '__deepcopy__'):
        y = x.__deepcopy__(memo)
    elif _registered(cls) is not None:
        y = _rebuild(x, _registered(cls)(x), True, memo)
    elif _by_reduction(x, cls):
        y = _copy_object(x, cls, True, memo)
    else:
        raise _cannot(cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
