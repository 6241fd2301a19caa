# gclab's copy module: shallow and deep copies.
# gclab has no object.__new__ yet: an instance of a user class is copied by creating it
# with its class's __init__ replaced, for that moment, by one that does nothing.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, complex, bool, str, bytes, type, range,
           type(len), type(lambda: 0))


def _is_atomic(x):
    if isinstance(x, type):
        return True
    for t in _ATOMIC:
        if type(x) is t:
            return True
    return x is None or x is Ellipsis or x is NotImplemented


def _noop_init(self, *args, **kwargs):
    pass


def _blank_instance(cls):
    """A new instance of cls whose __init__ has not run."""
    own = vars(cls).get('__init__', None)
    cls.__init__ = _noop_init
    try:
        obj = cls()
    finally:
        if own is None:
            del cls.__init__
        else:
            cls.__init__ = own
    return obj


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
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if isinstance(x, _CONTAINERS):
        return _reconstruct(x, cls, False, None)
    if hasattr(x, '__dict__') or hasattr(x, '__slots__'):
        return _copy_instance(x, cls)
    raise Error('un(shallow)copyable object of type %s' % cls)


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
        y = _blank_instance(cls)
    if deep:
        memo[id(x)] = y
    state = _state_of(x)
    for name in state:
        object.__setattr__(y, name, dup(state[name]))
    if isinstance(x, list):
        for a in x:
            y.append(dup(a))
    elif isinstance(x, dict):
        for key in x:
            y[dup(key)] = dup(dict.__getitem__(x, key))
    elif isinstance(x, bytearray):
        y.extend(x)
    return y


def _copy_instance(x, cls):
    y = _blank_instance(cls)
    state = _state_of(x)
    for name in state:
        object.__setattr__(y, name, state[name])
    return y


def _state_of(x):
    state = {}
    if hasattr(x, '__dict__'):
        d = vars(x)
        for k in d:
            state[k] = d[k]
    for klass in type(x).__mro__:
        slots = vars(klass).get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name != '__dict__' and hasattr(x, name):
                state[name] = getattr(x, name)
    return state


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
    elif cls is set or cls is frozenset:
        # as CPython's (through __reduce_ex__): a new one of the copied items
        y = cls([deepcopy(a, memo) for a in x])
    elif hasattr(x, '__deepcopy__'):
        y = x.__deepcopy__(memo)
    elif isinstance(x, _CONTAINERS):
        y = _reconstruct(x, cls, True, memo)
    elif hasattr(x, '__dict__') or hasattr(x, '__slots__'):
        y = _blank_instance(cls)
        memo[d] = y
        state = _state_of(x)
        for name in state:
            object.__setattr__(y, name, deepcopy(state[name], memo))
    else:
        raise Error('un(deep)copyable object of type %s' % cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
