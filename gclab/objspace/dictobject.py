"""dict: its W_ class, W_Dict, its methods, and iter() and reversed() of a dict and its
views (the views are in gclab.objspace.dictviews) (RPython)."""


from rpython.rlib.objectmodel import r_dict

from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Root
from gclab.objspace.strobject import W_Str
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.function import W_Module, W_Function
from gclab.objspace import dictviews
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace import freethreading, gcslots, typeobject


class W_Dict(W_Root):
    """An insertion-ordered dict with arbitrary hashable keys.

    Free-threaded builds: the operations below (get, set, has_key, pop, pairs,
    keys) take the dict's lock (gclab/objspace/freethreading.py); code that shares a
    dict between threads goes through them.  A guest key's __eq__/__hash__ runs with
    the lock held."""
    _attrs_ = ['data', 'gc_slot']

    def __init__(self, space):
        self.data = r_dict(space.eq_w, space.hash_w)
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        return space.w_dict

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'dict'")

    def is_true(self, space):
        return len(self.data) > 0

    def length(self, space):
        return len(self.data)

    def repr(self, space):
        if space.enter_repr(self):
            return '{...}'
        try:
            items = []
            for w_key, w_value in self.pairs():
                items.append(space.repr_str(w_key) + ': ' + space.repr_str(w_value))
        finally:
            space.leave_repr(self)
        return '{' + ', '.join(items) + '}'

    def get(self, w_key, w_default):
        held = freethreading.lock(self)
        try:
            return self.data.get(w_key, w_default)
        finally:
            freethreading.unlock(self, held)

    def set(self, w_key, w_value):
        held = freethreading.lock(self)
        try:
            self.data[w_key] = w_value
        finally:
            freethreading.unlock(self, held)

    def has_key(self, w_key):
        held = freethreading.lock(self)
        try:
            return w_key in self.data
        finally:
            freethreading.unlock(self, held)

    def pop(self, w_key):
        """Remove w_key and return its value; None if it is not there."""
        held = freethreading.lock(self)
        try:
            w_value = self.data.get(w_key, None)
            if w_value is not None:
                del self.data[w_key]
            return w_value
        finally:
            freethreading.unlock(self, held)

    def pairs(self):
        """[(w_key, w_value)] in order: a snapshot."""
        held = freethreading.lock(self)
        try:
            return self.data.items()
        finally:
            freethreading.unlock(self, held)

    def keys(self):
        held = freethreading.lock(self)
        try:
            return self.data.keys()
        finally:
            freethreading.unlock(self, held)


class W_WriteThroughDict(W_Dict):
    """A snapshot of an owner's names (a module's, an instance's) whose changes also
    change the owner: item assignments and deletions one name at a time
    (write_through), and the methods that change several (update, setdefault, pop,
    popitem, clear) by write_all afterwards."""
    _attrs_ = []

    def write_through(self, space, w_key, w_value):
        """d[w_key] = w_value, or del d[w_key] when w_value is None."""
        raise NotImplementedError

    def owner_names(self):
        raise NotImplementedError

    def write_all(self, space):
        """The owner's names become the dict's str keys, with their values."""
        keep = {}
        for w_key, w_value in self.pairs():
            if isinstance(w_key, W_Str):
                keep[w_key.utf8()] = None
                self.write_through(space, w_key, w_value)
        for name in self.owner_names():
            if name not in keep:
                self.write_through(space, space.newstr(name), None)


class W_GlobalsDict(W_WriteThroughDict):
    """What globals(), m.__dict__ and vars(m) return: one per module (its
    w_names_dict), a copy of the module's names kept equal to them -- the module tells
    it each name it binds or unbinds (name_changed), and its changes also change the
    module; exec() and eval() given one run in the module itself (see
    gclab.objspace.execbuiltins)."""
    _attrs_ = ['w_module', 'space']

    def __init__(self, space, w_module):
        W_Dict.__init__(self, space)
        self.w_module = w_module
        self.space = space

    def name_changed(self, name):
        """The module bound or unbound `name`: the same here."""
        w_value = self.w_module.dict_w.get(name, None)
        w_key = self.space.newstr(name)
        if w_value is None:
            self.pop(w_key)
        else:
            self.set(w_key, w_value)

    def write_through(self, space, w_key, w_value):
        if not isinstance(w_key, W_Str):
            return
        if w_value is None:
            self.w_module.delete(w_key.utf8())
        else:
            self.w_module.store(w_key.utf8(), w_value)

    def owner_names(self):
        return self.w_module.dict_w.keys()


class W_ModulesDict(W_WriteThroughDict):
    """sys.modules: a snapshot of the imported modules (made at each read of the
    attribute) whose changes also change the import system's table: a module stored
    under a name is what `import name` finds; a deleted name is imported again."""
    _attrs_ = ['modules_w']

    def __init__(self, space, modules_w):
        W_Dict.__init__(self, space)
        self.modules_w = modules_w

    def write_through(self, space, w_key, w_value):
        if not isinstance(w_key, W_Str):
            return
        w_old = self.modules_w.get(w_key.utf8(), None)
        if w_value is None:
            if w_old is not None:
                del self.modules_w[w_key.utf8()]
        elif isinstance(w_value, W_Module):
            self.modules_w[w_key.utf8()] = w_value
        else:
            return
        if w_old is not None and w_old is not w_value:
            # torn down at exit with exec()'s modules (interp/accounting.py), so that a
            # refcount plan frees it as it frees the imported ones
            space.exec_modules_w.append(w_old)

    def owner_names(self):
        return self.modules_w.keys()


def is_function_slot(name):
    """A function's attribute that CPython keeps outside its __dict__ (gclab stores the
    ones a program sets in the function's dict_w).  (Comparisons, not a prebuilt dict:
    RPython builds a prebuilt dict's index at its first lookup, an object that would
    stay allocated to the end.)"""
    return (name == '__qualname__' or name == '__doc__' or name == '__module__' or
            name == '__annotations__' or name == '__defaults__' or
            name == '__kwdefaults__')


class W_FunctionDict(W_WriteThroughDict):
    """f.__dict__ of a guest function: a snapshot of the attributes the program gave it
    whose changes also change the function (functools.wraps updates it)."""
    _attrs_ = ['w_function']

    def __init__(self, space, w_function):
        W_Dict.__init__(self, space)
        self.w_function = w_function

    def function_dict(self):
        w_function = self.w_function
        assert isinstance(w_function, W_Function)
        if w_function.dict_w is None:
            w_function.dict_w = {}
        return w_function.dict_w

    def write_through(self, space, w_key, w_value):
        if not isinstance(w_key, W_Str):
            return
        held = freethreading.lock(self.w_function)
        dict_w = self.function_dict()
        if w_value is None:
            if w_key.utf8() in dict_w:
                del dict_w[w_key.utf8()]
        else:
            dict_w[w_key.utf8()] = w_value
        freethreading.unlock(self.w_function, held)

    def owner_names(self):
        return [name for name in self.function_dict().keys()
                if not is_function_slot(name)]


class W_InstanceDict(W_WriteThroughDict):
    """obj.__dict__ and vars(obj) of an instance: a snapshot of its attributes whose
    changes also change the instance (obj.__dict__[k] = v, obj.__dict__.update(...))."""
    _attrs_ = ['w_instance']

    def __init__(self, space, w_instance):
        W_Dict.__init__(self, space)
        self.w_instance = w_instance

    def write_through(self, space, w_key, w_value):
        if not isinstance(w_key, W_Str):
            return
        if w_value is None:
            self.w_instance.deldictvalue(w_key.utf8())
        else:
            self.w_instance.setdictvalue(w_key.utf8(), w_value)

    def owner_names(self):
        return [name for name, _ in self.w_instance.dict_items()]


# The declared arguments of the methods (see gclab.objspace.argspec).
DICT_GET = Spec('dict.get($self, key, default=None, /)')
DICT_POP = Spec('dict.pop($self, key, default=None, /)')
DICT_POPITEM = Spec('dict.popitem($self, /)')
DICT_SETDEFAULT = Spec('dict.setdefault($self, key, default=None, /)')
DICT_COPY = Spec('dict.copy($self, /)')
DICT_CLEAR = Spec('dict.clear($self, /)')
DICT_KEYS = Spec('dict.keys($self, /)')
DICT_VALUES = Spec('dict.values($self, /)')
DICT_ITEMS = Spec('dict.items($self, /)')
DICT_FROMKEYS = Spec('dict.fromkeys($self, iterable, value=None, /)')


# --- dict -------------------------------------------------------------------------------

def written_through(space, args):
    """After a method changed a dict that writes through to its owner."""
    w_dict = args.args_w[0]
    if isinstance(w_dict, W_WriteThroughDict):
        w_dict.write_all(space)


def self_dict(space, args, name):
    w_self = receiver(space, args, space.w_dict, name)
    assert isinstance(w_self, W_Dict)
    return w_self


def key_error(space, w_key):
    return OperationError(space.new_exception(space.w_KeyError, [w_key]))


def dict_get(space, args):
    w_dict = self_dict(space, args, 'get')
    DICT_GET.check(space, args)
    w_default = space.w_None
    if len(args.args_w) > 2:
        w_default = args.args_w[2]
    return w_dict.get(args.args_w[1], w_default)


def dict_pop(space, args):
    w_result = _dict_pop(space, args)
    written_through(space, args)
    return w_result


def _dict_pop(space, args):
    w_dict = self_dict(space, args, 'pop')
    DICT_POP.check(space, args)
    w_key = args.args_w[1]
    w_value = w_dict.pop(w_key)
    if w_value is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise key_error(space, w_key)
    return w_value


def dict_popitem(space, args):
    w_result = _dict_popitem(space, args)
    written_through(space, args)
    return w_result


def _dict_popitem(space, args):
    w_dict = self_dict(space, args, 'popitem')
    DICT_POPITEM.check(space, args)
    held = freethreading.lock(w_dict)
    try:
        if not w_dict.data:
            raise key_error(space, space.newstr('popitem(): dictionary is empty'))
        w_key, w_value = w_dict.data.popitem()
    finally:
        freethreading.unlock(w_dict, held)
    return space.newtuple([w_key, w_value])


def dict_setdefault(space, args):
    w_result = _dict_setdefault(space, args)
    written_through(space, args)
    return w_result


def _dict_setdefault(space, args):
    w_dict = self_dict(space, args, 'setdefault')
    DICT_SETDEFAULT.check(space, args)
    w_key = args.args_w[1]
    w_default = space.w_None
    if len(args.args_w) > 2:
        w_default = args.args_w[2]
    held = freethreading.lock(w_dict)
    try:
        w_value = w_dict.data.get(w_key, None)
        if w_value is None:
            w_value = w_default
            w_dict.data[w_key] = w_value
    finally:
        freethreading.unlock(w_dict, held)
    return w_value


def dict_update(space, args):
    w_result = _dict_update(space, args)
    written_through(space, args)
    return w_result


def _dict_update(space, args):
    w_dict = self_dict(space, args, 'update')
    n = len(args.args_w) - 1
    if n > 1:
        raise space.error(space.w_TypeError, 'update expected at most 1 argument, got %d'
                          % n)
    if n == 1:
        update_from(space, w_dict, args.args_w[1])
    update_from_keywords(space, w_dict, args)
    return space.w_None


def update_from(space, w_dict, w_other):
    """d.update(w_other) for a dict, a mapping (has keys()) or an iterable of pairs:
    dict(x), d.update(x), d |= x.  As CPython, x is a mapping when getattr(x, 'keys')
    finds something: a method of its class, an instance attribute or what
    __getattr__ gives."""
    if update_from_dict(space, w_dict, w_other):
        return
    w_keys = keys_method_or_none(space, w_other)
    if w_keys is not None:
        update_from_keys(space, w_dict, w_other, w_keys)
        return
    update_from_pairs(space, w_dict, w_other)


def update_from_mapping(space, w_dict, w_other):
    """`{**x}` and `f(**x)` (CPython's dict_merge): x must be a dict or have keys(); an
    AttributeError otherwise (the caller makes it a TypeError, as CPython)."""
    if update_from_dict(space, w_dict, w_other):
        return
    update_from_keys(space, w_dict, w_other, space.getattr(w_other, 'keys'))


def keys_method_or_none(space, w_other):
    """getattr(w_other, 'keys'), or None when that raises AttributeError."""
    try:
        return space.getattr_or_none(w_other, 'keys')
    except OperationError as e:
        if space.exception_is(e.w_value, space.w_AttributeError):
            return None
        raise


def update_from_dict(space, w_dict, w_other):
    """d.update(w_other) when w_other is a dict (or a subclass's instance that iterates
    as a dict does: its items, without calling its keys() or __getitem__, as CPython's
    dict_merge); False for any other object."""
    assert isinstance(w_dict, W_Dict)
    if not isinstance(w_other, W_Dict) and isinstance(w_other.builtin_value(), W_Dict) and \
            space.type(w_other).lookup('__iter__') is space.w_dict.lookup('__iter__'):
        w_other = w_other.builtin_value()
    if not isinstance(w_other, W_Dict):
        return False
    pairs = w_other.pairs()         # (not under w_dict's lock: one lock at a time)
    held = freethreading.lock(w_dict)
    try:
        for w_key, w_value in pairs:
            w_dict.data[w_key] = w_value
    finally:
        freethreading.unlock(w_dict, held)
    return True


def update_from_keys(space, w_dict, w_other, w_keys):
    """d[k] = w_other[k] for each k of w_keys() (w_keys: w_other's keys, bound)."""
    assert isinstance(w_dict, W_Dict)
    for w_key in space.listview(space.call_function(w_keys, [])):
        w_dict.set(w_key, space.getitem(w_other, w_key))


def update_from_pairs(space, w_dict, w_other):
    """d.update(w_other) for an iterable of pairs."""
    assert isinstance(w_dict, W_Dict)
    w_iter = space.iter(w_other)
    index = 0
    while True:
        w_pair = space.next(w_iter)
        if w_pair is None:
            break
        if isinstance(w_pair, W_Tuple):
            pair_w = w_pair.items_w
        elif isinstance(w_pair, W_List):
            pair_w = w_pair.items_to_read()
        else:
            try:
                w_pair_iter = space.iter(w_pair)
            except OperationError as e:
                if space.exception_is(e.w_value, space.w_TypeError):
                    raise space.error(space.w_TypeError, 'cannot convert dictionary update '
                                      'sequence element #%d to a sequence' % index)
                raise
            pair_w = space.listview(w_pair_iter)
        if len(pair_w) != 2:
            raise space.error(space.w_ValueError, 'dictionary update sequence element #%d '
                              'has length %d; 2 is required' % (index, len(pair_w)))
        w_dict.set(pair_w[0], pair_w[1])
        index += 1


def update_from_keywords(space, w_dict, args):
    assert isinstance(w_dict, W_Dict)
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            w_dict.set(space.newstr(args.kw_names[i]), args.kw_values_w[i])


def dict_copy(space, args):
    w_dict = self_dict(space, args, 'copy')
    DICT_COPY.check(space, args)
    w_copy = space.newdict()
    for w_key, w_value in w_dict.pairs():
        w_copy.data[w_key] = w_value
    return w_copy


def dict_clear(space, args):
    w_result = _dict_clear(space, args)
    written_through(space, args)
    return w_result


def _dict_clear(space, args):
    w_dict = self_dict(space, args, 'clear')
    DICT_CLEAR.check(space, args)
    held = freethreading.lock(w_dict)
    try:
        w_dict.data.clear()
    finally:
        freethreading.unlock(w_dict, held)
    return space.w_None


def dict_keys(space, args):
    w_dict = self_dict(space, args, 'keys')
    DICT_KEYS.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.KEYS)


def dict_values(space, args):
    w_dict = self_dict(space, args, 'values')
    DICT_VALUES.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.VALUES)


def dict_items(space, args):
    w_dict = self_dict(space, args, 'items')
    DICT_ITEMS.check(space, args)
    return dictviews.W_DictView(w_dict, dictviews.ITEMS)


def dict_fromkeys(space, args):
    """dict.fromkeys(iterable, value=None): a classmethod, args_w[0] is the class."""
    DICT_FROMKEYS.check(space, args)
    w_value = space.w_None
    if len(args.args_w) > 2:
        w_value = args.args_w[2]
    w_dict = space.newdict()
    w_iter = space.iter(args.args_w[1])
    while True:
        w_key = space.next(w_iter)
        if w_key is None:
            break
        w_dict.data[w_key] = w_value
    return w_dict


DICT_METHODS = [
    ('get', dict_get),
    ('pop', dict_pop),
    ('popitem', dict_popitem),
    ('setdefault', dict_setdefault),
    ('update', dict_update),
    ('copy', dict_copy),
    ('clear', dict_clear),
    ('keys', dict_keys),
    ('values', dict_values),
    ('items', dict_items),
]


def dict_iter(space, w_dict):
    """iter(d) for a dict d."""
    assert isinstance(w_dict, W_Dict)
    return dictviews.W_DictIterator(w_dict, dictviews.KEYS, False)


def reversed_iter(space, w_obj):
    """reversed() of a dict or a dict view; None for any other object."""
    if isinstance(w_obj, W_Dict):
        return dictviews.W_DictIterator(w_obj, dictviews.KEYS, True)
    if isinstance(w_obj, dictviews.W_DictView):
        return dictviews.W_DictIterator(w_obj.w_dict, w_obj.kind, True)
    return None


class InstanceAttributeDicts(typeobject.AttributeDicts):
    """The dict of an instance in dict mode (obj.__dict__ = d): a dict, or a dict
    subclass's instance holding one; none (an empty dict) once the cycle collector
    cleared the instance."""

    def unwrap(self, w_dict):
        if isinstance(w_dict, typeobject.W_BuiltinSubInstance):
            w_dict = w_dict.w_value
        if isinstance(w_dict, W_Dict):
            return w_dict
        return None

    def get(self, w_dict, name):
        w_d = self.unwrap(w_dict)
        if w_d is None:
            return None
        return w_d.get(W_Str(name), None)

    def set(self, w_dict, name, w_value):
        w_d = self.unwrap(w_dict)
        if w_d is not None:
            w_d.set(W_Str(name), w_value)

    def delete(self, w_dict, name):
        w_d = self.unwrap(w_dict)
        return w_d is not None and w_d.pop(W_Str(name)) is not None

    def items(self, w_dict):
        items = []
        w_d = self.unwrap(w_dict)
        if w_d is not None:
            for w_key, w_value in w_d.pairs():
                if isinstance(w_key, W_Str):
                    items.append((w_key.utf8(), w_value))
        return items


typeobject.ATTRIBUTE_DICTS = InstanceAttributeDicts()
