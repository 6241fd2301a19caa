"""Subclasses of builtin types (class Stack(list), class Point(tuple), class Name(str)),
and __new__.

An instance of such a class is a W_BuiltinSubInstance: an instance of a user class --
so the operators look its special methods up in its class, and an override wins --
that holds a value of the builtin type (builtin_value()).  The builtin type's methods
and special methods (in its dict, found through the MRO) unwrap that value when they
check their receiver (argspec.receiver, specialmethods.special_self), so `len(s)`,
`s.append(1)`, `s[0]`, `for x in s`, `s == [1]`, `repr(s)` work on it.

Creating one, as CPython: for int, float, str, tuple and frozenset the value is made by
`__new__` from the call's arguments (a class's own __new__ can call
`super().__new__(cls, value)`); for list, dict and set it is made empty and filled by
`__init__` (list.__init__(self, iterable) and co, or the class's own, which usually
calls super().__init__).  A class's own __new__ (an implicit staticmethod, as in
CPython) works for any class: object.__new__(cls) makes the bare instance.

Differences from CPython (docs/language.md): builtin code that takes a str, an int or a
float as such (str.join's items, a list index, int(), '%d') does not take an instance
of a subclass of it -- the operators and the methods do; instances of these classes
have no __del__ and cannot be referred to weakly; bool, range, slice, functions and
other builtin types still cannot be subclassed."""

from gclab.objspace.function import (Arguments, W_Function, W_StaticMethod,
                                     W_BuiltinFunction)
from gclab.objspace.typeobject import W_Type, W_BuiltinSubInstance, LAYOUT_EXCEPTION
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.dictobject import W_Dict, update_from, update_from_keywords
from gclab.objspace.listobject import W_List
from gclab.objspace import finalizers, setobject, bytesobject

# builtin types that CPython does not let a class derive from either
FINAL_IN_CPYTHON = ['bool', 'range', 'slice', 'function', 'method',
                    'builtin_function_or_method', 'NoneType', 'NotImplementedType',
                    'ellipsis', 'cell', 'code', 'generator', 'list_iterator',
                    'tuple_iterator', 'str_iterator', 'str_ascii_iterator',
                    'range_iterator', 'set_iterator']

LIST_INIT = Spec('list.__init__($self, iterable=(), /)')
SET_INIT = Spec('set.__init__($self, iterable=(), /)')


def immutable_bases(space):
    """Made by __new__ from the call's arguments."""
    return [space.w_int, space.w_float, space.w_str, space.w_tuple, space.w_frozenset,
            space.w_bytes]


def mutable_bases(space):
    """Made empty, filled by __init__."""
    return [space.w_list, space.w_dict, space.w_set, space.w_bytearray]


def is_subclassable(space, w_type):
    return w_type in immutable_bases(space) or w_type in mutable_bases(space)


def builtin_base(space, bases_w):
    """The builtin type the new class's instances hold a value of (None: plain
    instances); TypeError for two different ones."""
    found = None
    for w_base in bases_w:
        assert isinstance(w_base, W_Type)
        if w_base.builtin:
            w_b = w_base if is_subclassable(space, w_base) else None
        else:
            w_b = w_base.w_builtin_base
        if w_b is None:
            continue
        if found is not None and found is not w_b:
            raise space.error(space.w_TypeError,
                              'multiple bases have instance lay-out conflict')
        found = w_b
    return found


def own_new(w_new):
    """The function of a __new__ the program wrote, or None (a builtin one)."""
    if isinstance(w_new, W_StaticMethod):
        w_new = w_new.w_func
    if isinstance(w_new, W_BuiltinFunction) or w_new is None:
        return None
    return w_new


def bare_instance(space, w_type, args):
    """object.__new__(cls) / int.__new__(cls, x) ...: the instance before __init__."""
    w_base = w_type.w_builtin_base
    if w_base is None:
        return finalizers.new_instance(w_type)
    from gclab.objspace.builtins import construct_builtin
    if w_base in immutable_bases(space):
        w_value = construct_builtin(space, w_base, args)
    else:
        w_value = construct_builtin(space, w_base, Arguments([]))
    return W_BuiltinSubInstance(w_type, w_value)


def call_class(space, w_type, args):
    """Calling a user class that has a builtin base or its own __new__."""
    w_new = own_new(w_type.lookup('__new__'))
    if w_new is not None:
        w_obj = space.call(w_new, args.prepend(w_type))
        if not space.isinstance_w(w_obj, w_type):
            return w_obj            # as CPython: __init__ only for an instance of the class
    else:
        w_obj = bare_instance(space, w_type, args)
    w_init = w_type.lookup('__init__')
    if w_init is not None:
        if isinstance(w_init, W_Function):
            w_result = space.call_init(w_init, w_obj, args)
        else:
            w_result = space.call(w_init, args.prepend(w_obj))
        if w_result is not space.w_None:
            raise space.error(space.w_TypeError, "__init__() should return None, not '%s'"
                              % space.type(w_result).name)
    elif w_new is None and w_type.w_builtin_base is None and \
            (args.args_w or args.has_keywords()):
        raise space.error(space.w_TypeError, '%s() takes no arguments' % w_type.name)
    return w_obj


# --- the builtin __new__ and __init__ methods ------------------------------------------

def builtin_new(space, args):
    """T.__new__(cls, *args): an instance of cls (a subclass of T, or T itself)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, '__new__(): not enough arguments')
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_Type):
        raise space.error(space.w_TypeError, '__new__(X): X is not a type object (%s)'
                          % space.type(w_cls).name)
    rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
    if w_cls.layout == LAYOUT_EXCEPTION:        # BaseException.__new__(cls, *args)
        return space.exception_new(w_cls, args.args_w[1:])
    if w_cls.builtin:
        from gclab.objspace.builtins import construct_builtin
        if w_cls in mutable_bases(space):
            # list/dict/set/bytearray.__new__ make an empty one: __init__ fills it
            rest = Arguments([])
        return construct_builtin(space, w_cls, rest)
    if w_cls.w_builtin_base is None:
        return finalizers.new_instance(w_cls)   # object.__new__: extra arguments ignored
    return bare_instance(space, w_cls, rest)


def object_new(space, args):
    """object.__new__(cls, *args): builtin_new, for a class whose instances object's
    __new__ can make (CPython's tp_new_wrapper check: not int, nor a subclass of a
    builtin type other than object, nor an exception class)."""
    if args.args_w:
        w_cls = args.args_w[0]
        if not isinstance(w_cls, W_Type):
            raise space.error(space.w_TypeError, 'object.__new__(X): X is not a type '
                              'object (%s)' % space.type(w_cls).name)
        if w_cls is not space.w_object and (
                w_cls.builtin or w_cls.w_builtin_base is not None or
                w_cls.layout == LAYOUT_EXCEPTION or w_cls.is_subtype(space.w_type)):
            raise space.error(space.w_TypeError, 'object.__new__(%s) is not safe, use '
                              '%s.__new__()' % (w_cls.name, static_base(w_cls).name))
        if (len(args.args_w) > 1 or args.has_keywords()) and w_cls is not space.w_object:
            # arguments beyond the class: CPython's object_new refuses them when the
            # class overrides __new__, or does not override __init__
            if own_new(w_cls.lookup('__new__')) is not None:
                raise space.error(space.w_TypeError, 'object.__new__() takes exactly one '
                                  'argument (the type to instantiate)')
            if w_cls.lookup('__init__') is None:
                raise space.error(space.w_TypeError, '%s() takes no arguments' % w_cls.name)
    else:
        raise space.error(space.w_TypeError, 'object.__new__(): not enough arguments')
    return builtin_new(space, args)


def static_base(w_cls):
    """The class whose __new__ CPython names in the error above: w_cls, or its first
    base while the class has (or inherits) a __new__ the program wrote."""
    while not w_cls.builtin and own_new(w_cls.lookup('__new__')) is not None and \
            w_cls.bases_w:
        w_base = w_cls.bases_w[0]
        assert isinstance(w_base, W_Type)
        w_cls = w_base
    return w_cls


def list_init(space, args):
    w_list = receiver(space, args, space.w_list, '__init__')
    args_w = LIST_INIT.unpack(space, args)
    assert isinstance(w_list, W_List)
    items_w = []
    if args_w:
        items_w = space.listview(args_w[0])[:]
    w_list.items_w = items_w
    return space.w_None


def dict_init(space, args):
    w_dict = receiver(space, args, space.w_dict, '__init__')
    assert isinstance(w_dict, W_Dict)
    if len(args.args_w) > 2:
        raise space.error(space.w_TypeError, 'dict expected at most 1 argument, got %d'
                          % (len(args.args_w) - 1))
    if len(args.args_w) == 2:
        update_from(space, w_dict, args.args_w[1])
    update_from_keywords(space, w_dict, args)
    return space.w_None


def set_init(space, args):
    w_set = receiver(space, args, space.w_set, '__init__')
    args_w = SET_INIT.unpack(space, args)
    assert isinstance(w_set, setobject.W_Set)
    w_set.reset()
    if args_w:
        setobject.update(space, w_set, args_w[0])
    return space.w_None


def bytearray_init(space, args):
    w_array = receiver(space, args, space.w_bytearray, '__init__')
    assert isinstance(w_array, bytesobject.W_ByteArray)
    rest = Arguments(args.args_w[1:], args.kw_names, args.kw_values_w)
    bytesobject.check_resizable(space, w_array, 0)      # (a memoryview of it: BufferError)
    w_array.data = bytesobject.chars_of(bytesobject.new_bytes_value(space, rest, True))
    return space.w_None


# The builtin exception classes without a __new__ of their own in CPython 3.11 (their
# tp_new is inherited): their __new__ is their base's, which accepts the base.
INHERITS_NEW = dict.fromkeys([
    'SystemExit', 'AttributeError', 'ImportError', 'NameError', 'StopIteration',
    'SyntaxError', 'BlockingIOError', 'ChildProcessError', 'ConnectionError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError',
    'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
    'IndentationError', 'KeyError', 'ModuleNotFoundError', 'UnboundLocalError',
    'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError',
    'ConnectionResetError', 'TabError', 'ExceptionGroup'])


def make_builtin_new(w_owner):
    """T.__new__ for the builtin type T (w_owner): builtin_new, once cls is known to be
    T or a subclass of it (CPython's tp_new_wrapper check)."""
    def owner_new(space, args):
        if args.args_w:
            w_cls = args.args_w[0]
            if isinstance(w_cls, W_Type) and not w_cls.is_subtype(w_owner):
                raise space.error(space.w_TypeError, '%s.__new__(%s): %s is not a subtype '
                                  'of %s' % (w_owner.name, w_cls.name, w_cls.name,
                                             w_owner.name))
        return builtin_new(space, args)
    return owner_new


def install(space):
    for w_type in immutable_bases(space) + mutable_bases(space):
        w_type.dict_w['__new__'] = W_StaticMethod(space.wrap_builtin(
            '__new__', make_builtin_new(w_type), w_type))
    space.object_methods_w['__new__'] = W_StaticMethod(space.wrap_builtin(
        '__new__', object_new, space.w_object))
    # (super().__new__(cls, ...) in an exception class: not object's, which refuses it);
    # the builtin exception classes that have their own in CPython have one, so that
    # ValueError.__new__(KeyError) is refused and KeyError.__new__(LookupError) is not
    for name, w_type in space.exception_types_w.items():
        if '__new__' not in w_type.dict_w and name not in INHERITS_NEW:
            w_type.dict_w['__new__'] = W_StaticMethod(space.wrap_builtin(
                '__new__', make_builtin_new(w_type), w_type))
    for w_type, impl in [(space.w_list, list_init), (space.w_dict, dict_init),
                         (space.w_set, set_init), (space.w_bytearray, bytearray_init)]:
        w_type.dict_w['__init__'] = space.wrap_builtin('__init__', impl, w_type)

