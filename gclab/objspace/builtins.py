"""The builtins module: builtin functions and the constructors of builtin types."""

from rpython.rlib import rfloat
from rpython.rlib.rbigint import rbigint

from gclab.interp import opcodes as op
from gclab.interp import util
from gclab.interp.error import OperationError
from gclab.objspace.exceptionobject import EXCEPTION_ALIASES
from gclab.objspace.generator import W_Generator
from gclab.objspace import generator
from gclab.objspace.numberobject import W_Int, W_Bool, W_Long, W_Float, is_int, bigint_of
from gclab.objspace.complexobject import W_Complex
from gclab.objspace import complexobject
from gclab.objspace.strobject import W_Str
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List, W_ListIterator
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.rangeobject import W_Range, too_long
from gclab.objspace.typeobject import W_Type, W_Instance, W_ExceptionObject
from gclab.objspace.function import (W_Function, W_StaticMethod, W_ClassMethod, W_Property,
                                     W_Super, W_Method, W_BuiltinFunction, W_Module,
                                     Arguments)
from gclab.objspace.iterators import TYPES
from gclab.objspace import numbers, iterators, strmethods, listobject, dictobject, formatting
from gclab.objspace import setobject, weakrefobject, bytesobject, typealias, metaclass
from gclab.objspace import objectmethods, descrobject, memoryviewobject
from gclab.objspace.argspec import Spec
from gclab.objspace import importing
from gclab.objspace.streams import W_TextStream


def install(space):
    b = space.builtins_w
    for name, impl in FUNCTIONS:
        b[name] = space.wrap_builtin(name, impl)
    # without an argument, vars() and dir() read the caller's locals (as locals())
    for name, impl in [('vars', b_vars), ('dir', b_dir)]:
        b[name] = W_BuiltinFunction(name, impl, None, needs_frame=True)
    space.w_staticmethod.dict_w['__call__'] = space.wrap_builtin(
        '__call__', descrobject.staticmethod_call, space.w_staticmethod)
    space.w_build_class = b['__build_class__']
    for w_type in [space.w_object, space.w_type, space.w_int, space.w_bool, space.w_float,
                   space.w_complex,
                   space.w_str, space.w_bytes, space.w_bytearray, space.w_memoryview,
                   space.w_tuple, space.w_list, space.w_dict, space.w_range,
                   space.w_set, space.w_frozenset,
                   space.w_staticmethod, space.w_classmethod, space.w_property,
                   space.w_super, space.w_slice, TYPES.w_map, TYPES.w_filter,
                   TYPES.w_zip, TYPES.w_enumerate, TYPES.w_reversed]:
        b[w_type.name] = w_type
    for name, w_type in space.exception_types_w.items():
        b[name] = w_type
    for alias, name in EXCEPTION_ALIASES:
        b[alias] = space.exception_types_w[name]
    # types gclab does not implement, there for annotations and isinstance(); calling one
    # raises TypeError: cannot create 'complex' instances
    for name in UNIMPLEMENTED_TYPES:
        b[name] = space.make_type(name, space.w_object)
    b['None'] = space.w_None
    b['True'] = space.w_True
    b['False'] = space.w_False
    b['NotImplemented'] = space.w_NotImplemented
    b['Ellipsis'] = space.w_Ellipsis
    b['__debug__'] = space.w_True     # (the compiler folds the name itself to True)


UNIMPLEMENTED_TYPES = []

# --- declared arguments (see gclab.objspace.argspec) -------------------------------------

B_ABS = Spec('abs(x, /)')
B_ALL = Spec('all(iterable, /)')
B_ANY = Spec('any(iterable, /)')
B_BIN = Spec('bin(number, /)')
B_BOOL = Spec('bool(x=False, /)')
B_CALLABLE = Spec('callable(obj, /)')
B_CHR = Spec('chr(i, /)')
B_CLASSMETHOD = Spec('classmethod(function, /)')
B_METHOD = Spec('method(function, instance, /)')
B_MODULE = Spec('module(name, doc=None)')
B_DELATTR = Spec('delattr(obj, name, /)')
B_DIR = Spec('dir(object=None, /)')
B_DIVMOD = Spec('divmod(x, y, /)')
B_FLOAT = Spec('float(x=0.0, /)')
B_GETATTR = Spec('getattr(object, name, default=None, /)')
B_HASATTR = Spec('hasattr(obj, name, /)')
B_HASH = Spec('hash(obj, /)')
B_HEX = Spec('hex(number, /)')
B_ID = Spec('id(obj, /)')
B_INT = Spec('int(x=0, /, base=10)')
B_ISINSTANCE = Spec('isinstance(obj, class_or_tuple, /)')
B_ISSUBCLASS = Spec('issubclass(cls, class_or_tuple, /)')
B_ITER = Spec('iter(object, sentinel=None, /)')
B_EXIT = Spec('exit(code=None, /)')
B_IMPORT = Spec('__import__(name, globals=None, locals=None, fromlist=(), level=0)')
B_LEN = Spec('len(obj, /)')
B_LIST = Spec('list(iterable=(), /)')
B_MAX = Spec('max(*args, key=None, default=None)')
B_MIN = Spec('min(*args, key=None, default=None)')
B_NEXT = Spec('next(iterator, default=None, /)')
B_AITER = Spec('aiter(async_iterable, /)')
B_ANEXT = Spec('anext(aiterator, default=None, /)')
B_OCT = Spec('oct(number, /)')
B_ORD = Spec('ord(c, /)')
B_POW = Spec('pow(base, exp, mod=None)')
B_PRINT = Spec('print(*args, sep=" ", end="\\n", file=None, flush=False)')
B_PROPERTY = Spec('property(fget=None, fset=None, fdel=None, doc=None)')
B_RANGE = Spec('range(start, stop=None, step=None, /)')
B_REPR = Spec('repr(obj, /)')
B_ROUND = Spec('round(number, ndigits=None)')
B_SETATTR = Spec('setattr(obj, name, value, /)')
B_SLICE = Spec('slice(start, stop=None, step=None, /)')
B_STATICMETHOD = Spec('staticmethod(function, /)')
B_STR = Spec("str(object='', encoding='utf-8', errors='strict')")
B_SUM = Spec('sum(iterable, /, start=0)')
B_SUPER = Spec('super(type, object, /)')
B_GENERIC_ALIAS = Spec('GenericAlias(origin, args, /)')
B_TUPLE = Spec('tuple(iterable=(), /)')
B_TYPE = Spec('type(object, /)')
B_VARS = Spec('vars(object=None, /)')


# --- output, conversions, identity ---------------------------------------------------------

def b_print(space, args):
    w_sep, w_end, w_file, w_flush = B_PRINT.values(space, args)
    sep = ' '
    end = '\n'
    if w_sep is not None and w_sep is not space.w_None:
        if not isinstance(w_sep, W_Str):
            raise space.error(space.w_TypeError, 'sep must be None or a string, not %s'
                              % space.type(w_sep).name)
        sep = w_sep.utf8()
    if w_end is not None and w_end is not space.w_None:
        if not isinstance(w_end, W_Str):
            raise space.error(space.w_TypeError, 'end must be None or a string, not %s'
                              % space.type(w_end).name)
        end = w_end.utf8()
    if w_file is None or w_file is space.w_None:
        w_sys = space.modules_w.get('sys', None)
        if w_sys is not None:
            w_file = space.getattr_or_none(w_sys, 'stdout')
    flush = w_flush is not None and space.is_true(w_flush)
    if w_file is None or isinstance(w_file, W_TextStream):
        pieces = []
        for i in range(len(args.args_w)):
            if i > 0:
                pieces.append(sep)
            pieces.append(space.str_str(args.args_w[i]))
        pieces.append(end)
        text = ''.join(pieces)
        if w_file is None:
            space.write_stdout(text)
        else:
            assert isinstance(w_file, W_TextStream)
            w_file.write_text(space, text)
        if flush and (w_file is None or w_file.fd == 1):
            space.flush_stdout()
        return space.w_None
    # any other file: one write() per piece, as CPython
    w_write = space.getattr(w_file, 'write')
    for i in range(len(args.args_w)):
        if i > 0:
            space.call_function(w_write, [space.newstr(sep)])
        space.call_function(w_write, [space.str(args.args_w[i])])
    space.call_function(w_write, [space.newstr(end)])
    if flush:
        space.call_function(space.getattr(w_file, 'flush'), [])
    return space.w_None


def b_len(space, args):
    w_obj = B_LEN.unpack(space, args)[0]
    return space.newint(space.len_w(w_obj))


def b_repr(space, args):
    return space.repr(B_REPR.unpack(space, args)[0])


def b_abs(space, args):
    w_x = B_ABS.unpack(space, args)[0]
    if isinstance(w_x, W_Float):
        return space.newfloat(abs(w_x.floatval))
    if isinstance(w_x, W_Complex):
        return space.newfloat(complexobject.complex_abs(space, w_x))
    if isinstance(w_x, W_Int) or isinstance(w_x, W_Long):
        if space.is_true(space.compare(0, w_x, space.newint(0))):
            return space.unaryop(0, w_x)
        return space.unaryop(1, w_x)
    w_meth = space.lookup_special_or_none(w_x, '__abs__')
    if w_meth is not None:
        return space.call_function(w_meth, [])
    raise space.error(space.w_TypeError, "bad operand type for abs(): '%s'"
                      % space.type(w_x).name)


def b_isinstance(space, args):
    w_obj, w_cls = B_ISINSTANCE.unpack(space, args)
    return space.newbool(isinstance_check(space, w_obj, w_cls, 'isinstance'))


def isinstance_check(space, w_obj, w_cls, what):
    if isinstance(w_cls, W_Tuple):
        for w_c in w_cls.items_w:
            if isinstance_check(space, w_obj, w_c, what):
                return True
        return False
    if isinstance(w_cls, typealias.W_UnionType):
        for w_c in w_cls.args_w:
            if isinstance_check(space, w_obj, w_c, what):
                return True
        return False
    if isinstance(w_cls, typealias.W_GenericAlias):
        raise space.error(space.w_TypeError, '%s() argument 2 cannot be a parameterized '
                          'generic' % what)
    if not isinstance(w_cls, W_Type):
        # an object whose class defines __instancecheck__/__subclasscheck__ (typing's
        # generic aliases), as CPython asks any object
        w_check = space.lookup_special_or_none(w_cls, '__%scheck__' % what[2:])
        if w_check is not None:
            return space.is_true(space.call_function(w_check, [w_obj]))
        if what == 'issubclass':
            raise space.error(space.w_TypeError, 'issubclass() arg 2 must be a class, a '
                              'tuple of classes, or a union')
        raise space.error(space.w_TypeError, '%s() arg 2 must be a type, a tuple of types, '
                          'or a union' % what)
    if w_cls.w_metatype is not None:       # a metaclass's __instancecheck__...
        w_check = metaclass.user_method(space, w_cls, '__%scheck__' % what[2:])
        if w_check is not None:
            if what == 'isinstance' and space.type(w_obj) is w_cls:
                return True                 # CPython's fast path
            return space.is_true(space.call_function(w_check, [w_obj]))
    if what == 'issubclass':
        if not isinstance(w_obj, W_Type):
            raise space.error(space.w_TypeError, 'issubclass() arg 1 must be a class')
        return w_obj.is_subtype(w_cls)
    w_type = space.type(w_obj)
    if w_type.is_subtype(w_cls):
        return True
    if not w_type.builtin and w_type.lookup('__class__') is not None:
        # as CPython, the class that obj.__class__ claims (a property of the class:
        # unittest.mock's spec), when it is another class
        w_claimed = space.getattr(w_obj, '__class__')
        if isinstance(w_claimed, W_Type) and w_claimed is not w_type:
            return w_claimed.is_subtype(w_cls)
    return False


def b_issubclass(space, args):
    w_obj, w_cls = B_ISSUBCLASS.unpack(space, args)
    return space.newbool(isinstance_check(space, w_obj, w_cls, 'issubclass'))


def b_callable(space, args):
    w_obj = B_CALLABLE.unpack(space, args)[0]
    return space.newbool(is_callable(space, w_obj))


def is_callable(space, w_obj):
    if isinstance(w_obj, W_Function) or isinstance(w_obj, W_BuiltinFunction) or \
            isinstance(w_obj, W_Method) or isinstance(w_obj, W_Type) or \
            isinstance(w_obj, W_StaticMethod) or isinstance(w_obj, typealias.W_GenericAlias):
        return True
    return space.type(w_obj).lookup('__call__') is not None


def b_build_class(space, args):
    args_w = args.args_w
    if len(args_w) < 2:
        raise space.error(space.w_TypeError, '__build_class__: not enough arguments')
    w_body = args_w[0]
    name = space.str_w(args_w[1])
    return space.build_class(w_body, name, args_w[2:], args)


def b_id(space, args):
    return space.newint(space.id_of(B_ID.unpack(space, args)[0]))


def b_hash(space, args):
    return space.newint(space.hash_w(B_HASH.unpack(space, args)[0]))


def b_chr(space, args):
    code = space.int_w(B_CHR.unpack(space, args)[0])
    if code < 0 or code > 0x10FFFF:
        raise space.error(space.w_ValueError, 'chr() arg not in range(0x110000)')
    return space.newstr(utf8_encode(code))


def utf8_encode(code):
    if code < 0x80:
        return chr(code)
    if code < 0x800:
        return chr(0xC0 | (code >> 6)) + chr(0x80 | (code & 0x3F))
    if code < 0x10000:
        return (chr(0xE0 | (code >> 12)) + chr(0x80 | ((code >> 6) & 0x3F)) +
                chr(0x80 | (code & 0x3F)))
    return (chr(0xF0 | (code >> 18)) + chr(0x80 | ((code >> 12) & 0x3F)) +
            chr(0x80 | ((code >> 6) & 0x3F)) + chr(0x80 | (code & 0x3F)))


def codepoint_count(s):
    """The number of characters of UTF-8 text (the bytes that start one)."""
    n = 0
    for c in s:
        if ord(c) & 0xC0 != 0x80:
            n += 1
    return n


def b_ord(space, args):
    w_s = B_ORD.unpack(space, args)[0]
    data = bytesobject.bytes_like(w_s)
    if data is not None:
        if len(data) != 1:
            raise space.error(space.w_TypeError, 'ord() expected a character, but string '
                              'of length %d found' % len(data))
        return space.newint(ord(data[0]))
    if not isinstance(w_s, W_Str):
        raise space.error(space.w_TypeError, 'ord() expected string of length 1, but %s '
                          'found' % space.type(w_s).name)
    s = w_s.utf8()
    if len(s) == 0 or util.cp_next(s, 0) != len(s):
        raise space.error(space.w_TypeError, 'ord() expected a character, but string of '
                          'length %d found' % codepoint_count(s))
    code = ord(s[0])
    if len(s) == 2:
        code = code & 0x1F
    elif len(s) == 3:
        code = code & 0x0F
    elif len(s) == 4:
        code = code & 0x07
    for i in range(1, len(s)):
        code = (code << 6) | (ord(s[i]) & 0x3F)
    return space.newint(code)


def main_module_at_top(space):
    """The __main__ module if the caller runs in its module frame (the only frame at
    depth 1), else None (vars() and dir() without arguments called through another
    builtin: what they read there)."""
    ec = space.current_ec()
    w_main = space.modules_w.get('__main__', None)
    if ec.is_main and ec.depth == 1 and isinstance(w_main, W_Module):
        return w_main
    return None


def no_argument_locals(space, fname):
    """What locals() gives in the caller of vars() or dir() without an argument (the
    caller's module's names when they run through another builtin at module level)."""
    from gclab.objspace.execbuiltins import locals_or_none
    w_locals = locals_or_none(space)
    if w_locals is not None:
        return w_locals
    w_main = main_module_at_top(space)
    if w_main is not None:
        w_dict = space.newdict()
        for name, w_value in w_main.dict_w.items():
            space.setitem(w_dict, space.newstr(name), w_value)
        return w_dict
    raise space.error(space.w_TypeError, 'gclab: %s() without an argument must be '
                      'called directly from Python code, not through another builtin'
                      % fname)


def b_vars(space, args):
    args_w = B_VARS.unpack(space, args)
    if not args_w:
        return no_argument_locals(space, 'vars')
    w_dict = space.getattr_or_none(args_w[0], '__dict__')
    if w_dict is None:
        raise space.error(space.w_TypeError, 'vars() argument must have __dict__ attribute')
    return w_dict


def b_dir(space, args):
    """dir(): the sorted names of the caller's locals (as locals()); dir(obj): its
    __dir__(), or the names of the instance, its class and the class's bases."""
    args_w = B_DIR.unpack(space, args)
    if not args_w:
        w_list = space.newlist(space.listview(no_argument_locals(space, 'dir')))
        listobject.sort_list(space, w_list, None, False)
        return w_list
    return objectmethods.dir_of(space, args_w[0])


def index_value(space, w_x):
    """An int for an object usable as an index (an int, or __index__)."""
    if is_int(w_x):
        return w_x
    if isinstance(w_x, W_Instance):
        w_meth = space.lookup_special_or_none(w_x, '__index__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            if not is_int(w_res):
                raise space.error(space.w_TypeError, '__index__ returned non-int (type %s)'
                                  % space.type(w_res).name)
            return w_res
    raise space.error(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                      % space.type(w_x).name)


def int_to_base(space, args, spec, base, prefix):
    w_x = index_value(space, spec.unpack(space, args)[0])
    negative, digits = formatting.int_digits(space, w_x, base, False)
    if negative:
        return space.newstr('-' + prefix + digits)
    return space.newstr(prefix + digits)


def b_bin(space, args):
    return int_to_base(space, args, B_BIN, 2, '0b')


def b_oct(space, args):
    return int_to_base(space, args, B_OCT, 8, '0o')


def b_hex(space, args):
    return int_to_base(space, args, B_HEX, 16, '0x')


# --- attributes ---------------------------------------------------------------------------

def attr_name(space, w_name):
    if not isinstance(w_name, W_Str):
        raise space.error(space.w_TypeError, "attribute name must be string, not '%s'"
                          % space.type(w_name).name)
    return w_name.utf8()


def b_getattr(space, args):
    args_w = B_GETATTR.unpack(space, args)
    name = attr_name(space, args_w[1])
    if len(args_w) == 3:
        try:
            return space.getattr(args_w[0], name)
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_AttributeError):
                return args_w[2]
            raise
    return space.getattr(args_w[0], name)


def b_hasattr(space, args):
    args_w = B_HASATTR.unpack(space, args)
    name = attr_name(space, args_w[1])
    try:
        space.getattr(args_w[0], name)
    except OperationError as e:
        if space.exception_is(e.w_value, space.w_AttributeError):
            return space.w_False
        raise
    return space.w_True


def b_setattr(space, args):
    args_w = B_SETATTR.unpack(space, args)
    space.setattr(args_w[0], attr_name(space, args_w[1]), args_w[2])
    return space.w_None


def b_delattr(space, args):
    args_w = B_DELATTR.unpack(space, args)
    space.delattr(args_w[0], attr_name(space, args_w[1]))
    return space.w_None


# --- iteration ----------------------------------------------------------------------------

def b_iter(space, args):
    args_w = B_ITER.unpack(space, args)
    if len(args_w) == 1:
        return space.iter(args_w[0])
    if not is_callable(space, args_w[0]):
        raise space.error(space.w_TypeError, 'iter(v, w): v must be callable')
    return iterators.W_CallableIterator(args_w[0], args_w[1])


def b_next(space, args):
    args_w = B_NEXT.unpack(space, args)
    w_iter = args_w[0]
    if not iterators.is_iterator(space, w_iter):
        raise space.error(space.w_TypeError, "'%s' object is not an iterator"
                          % space.type(w_iter).name)
    if isinstance(w_iter, W_Instance):
        # call __next__ directly: its StopIteration propagates with its value
        w_meth = space.lookup_special_or_none(w_iter, '__next__')
        assert w_meth is not None
        try:
            return space.call_function(w_meth, [])
        except OperationError as e:
            if len(args_w) == 2 and space.exception_is(e.w_value, space.w_StopIteration):
                return args_w[1]
            raise
    w_item = space.next(w_iter)
    if w_item is None:
        if len(args_w) == 2:
            return args_w[1]
        if isinstance(w_iter, W_Generator):
            raise w_iter.stop_iteration(space)      # with the generator's return value
        if isinstance(w_iter, generator.W_CoroutineWrapper):
            raise w_iter.w_coro.stop_iteration(space)   # (coroutine.__await__()'s)
        raise OperationError(space.new_exception(space.w_StopIteration, []))
    return w_item


def b_any(space, args):
    w_iter = space.iter(B_ANY.unpack(space, args)[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_False
        if space.is_true(w_item):
            return space.w_True


def b_all(space, args):
    w_iter = space.iter(B_ALL.unpack(space, args)[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return space.w_True
        if not space.is_true(w_item):
            return space.w_False


def b_sorted(space, args):
    if len(args.args_w) != 1:
        raise space.error(space.w_TypeError, 'sorted expected 1 argument, got %d'
                          % len(args.args_w))
    w_list = space.newlist(space.listview(args.args_w[0]))
    w_key, reverse = listobject.sort_options(space, args)
    listobject.sort_list(space, w_list, w_key, reverse)
    return w_list


def b_min(space, args):
    return min_max(space, args, B_MIN, op.CMP_LT)


def b_max(space, args):
    return min_max(space, args, B_MAX, op.CMP_GT)


def min_max(space, args, spec, cmp):
    name = spec.short
    w_key, w_default = spec.values(space, args)
    if w_key is space.w_None:
        w_key = None
    args_w = args.args_w
    if len(args_w) == 0:
        raise space.error(space.w_TypeError, '%s expected at least 1 argument, got 0' % name)
    if len(args_w) == 1:
        w_iter = space.iter(args_w[0])
    else:
        if w_default is not None:
            raise space.error(space.w_TypeError, 'Cannot specify a default for %s() with '
                              'multiple positional arguments' % name)
        w_iter = W_ListIterator(args_w)
    w_best = None
    w_best_key = None
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        w_k = w_item
        if w_key is not None:
            w_k = space.call_function(w_key, [w_item])
        if w_best is None or space.is_true(space.compare(cmp, w_k, w_best_key)):
            w_best = w_item
            w_best_key = w_k
    if w_best is None:
        if w_default is not None:
            return w_default
        raise space.error(space.w_ValueError, '%s() arg is an empty sequence' % name)
    return w_best


def b_sum(space, args):
    w_iterable, w_start = B_SUM.values(space, args)
    if w_start is None:
        w_start = space.newint(0)
    if isinstance(w_start, W_Str):
        raise space.error(space.w_TypeError, "sum() can't sum strings [use ''.join(seq) "
                          "instead]")
    if isinstance(w_start, bytesobject.W_AbstractBytes):
        raise space.error(space.w_TypeError, "sum() can't sum %s [use b''.join(seq) "
                          "instead]" % space.type(w_start).name)
    w_total = w_start
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        w_total = space.binop(op.OP_ADD, w_total, w_item)


# --- numbers -----------------------------------------------------------------------------

def b_divmod(space, args):
    w_a, w_b = B_DIVMOD.unpack(space, args)
    if numbers.is_number(w_a) and numbers.is_number(w_b):
        return numbers.number_divmod(space, w_a, w_b)
    w_res = call_binary_special(space, w_a, w_b, '__divmod__', '__rdivmod__')
    if w_res is not None:
        return w_res
    raise space.error(space.w_TypeError, "unsupported operand type(s) for divmod(): '%s' "
                      "and '%s'" % (space.type(w_a).name, space.type(w_b).name))


def call_binary_special(space, w_a, w_b, name, rname):
    """w_a.name(w_b), else w_b.rname(w_a), for instances; None if not implemented."""
    if isinstance(w_a, W_Instance):
        w_meth = space.lookup_special_or_none(w_a, name)
        if w_meth is not None:
            w_res = space.call_function(w_meth, [w_b])
            if w_res is not space.w_NotImplemented:
                return w_res
    if isinstance(w_b, W_Instance) and space.type(w_a) is not space.type(w_b):
        w_meth = space.lookup_special_or_none(w_b, rname)
        if w_meth is not None:
            w_res = space.call_function(w_meth, [w_a])
            if w_res is not space.w_NotImplemented:
                return w_res
    return None


def b_pow(space, args):
    w_base, w_exp, w_mod = B_POW.values(space, args)
    if w_mod is None or w_mod is space.w_None:
        return space.binop(op.OP_POW, w_base, w_exp)
    if is_int(w_base) and is_int(w_exp) and is_int(w_mod):
        return space.newlong(numbers.pow_mod(space, bigint_of(w_base),
                                             bigint_of(w_exp), bigint_of(w_mod)))
    if (isinstance(w_base, W_Complex) or isinstance(w_exp, W_Complex) or
            isinstance(w_mod, W_Complex)) and complexobject.is_complex_operand(w_base) and \
            complexobject.is_complex_operand(w_exp) and \
            complexobject.is_complex_operand(w_mod):
        raise space.error(space.w_ValueError, 'complex modulo')
    if numbers.is_number(w_base) and numbers.is_number(w_exp) and \
            numbers.is_number(w_mod):
        raise space.error(space.w_TypeError, 'pow() 3rd argument not allowed unless all '
                          'arguments are integers')
    if isinstance(w_base, W_Instance):
        w_meth = space.lookup_special_or_none(w_base, '__pow__')
        if w_meth is not None:
            w_res = space.call_function(w_meth, [w_exp, w_mod])
            if w_res is not space.w_NotImplemented:
                return w_res
    raise space.error(space.w_TypeError, "unsupported operand type(s) for ** or pow(): "
                      "'%s', '%s', '%s'" % (space.type(w_base).name,
                                            space.type(w_exp).name, space.type(w_mod).name))


def b_round(space, args):
    w_x, w_ndigits = B_ROUND.values(space, args)
    if w_ndigits is space.w_None:
        w_ndigits = None
    w_res = numbers.round_number(space, w_x, w_ndigits)
    if w_res is not None:
        return w_res
    w_meth = space.lookup_special_or_none(w_x, '__round__')
    if w_meth is None:
        raise space.error(space.w_TypeError, "type %s doesn't define __round__ method"
                          % space.type(w_x).name)
    if w_ndigits is None:
        return space.call_function(w_meth, [])
    return space.call_function(w_meth, [w_ndigits])


def b_import(space, args):
    """__import__(name, globals, locals, fromlist, level): the module `import name`
    binds (the top package of a dotted name), or with a fromlist the module itself,
    its submodules in the fromlist imported; level > 0: name is relative to the
    package of the module whose globals are given (gclab.objspace.importing)."""
    w_name, w_globals, _, w_fromlist, w_level = B_IMPORT.values(space, args)
    if not isinstance(w_name, W_Str):
        raise space.error(space.w_TypeError, 'module name must be a string')
    name = w_name.utf8()
    level = 0
    if w_level is not None:
        level = space.int_w(w_level)
    if level < 0:
        raise space.error(space.w_ValueError, 'level must be >= 0')
    if level > 0:
        if not isinstance(w_globals, W_Dict):
            raise space.error(space.w_TypeError, 'globals must be a dict')
        w_path = dict_get(space, w_globals, '__path__')
        full = importing.resolve_relative(space, '.' * level + name,
                                          dict_get(space, w_globals, '__package__'),
                                          dict_get(space, w_globals, '__name__'),
                                          w_path is not None)
    elif not name:
        raise space.error(space.w_ValueError, 'Empty module name')
    else:
        full = name
    w_module = space.import_module(full)
    if w_fromlist is not None and space.is_true(w_fromlist):
        items = []
        for w_item in space.listview(w_fromlist):
            if not isinstance(w_item, W_Str):
                raise space.error(space.w_TypeError, "Item in %s.__all__ must be str, "
                                  "not %s" % (full, space.type(w_item).name))
            items.append(w_item.utf8())
        importing.import_submodules(space, w_module, full, items)
        return w_module
    dot = name.find('.')
    if dot < 0:
        return w_module
    # the module the name's first part names (relative: counted from the package)
    stop = len(full) - (len(name) - dot)
    assert stop >= 0
    return space.import_module(full[:stop])


def dict_get(space, w_dict, key):
    """w_dict[key] for a str key, or None."""
    try:
        return space.getitem(w_dict, space.newstr(key))
    except OperationError as e:
        if not space.exception_is(e.w_value, space.w_KeyError):
            raise
        return None


def b_aiter(space, args):
    return generator.builtin_aiter(space, B_AITER.unpack(space, args)[0])


def b_anext(space, args):
    """anext(it[, default]) (gclab.objspace.generator): the default only when given."""
    args_w = B_ANEXT.unpack(space, args)
    w_default = None
    if len(args_w) == 2:
        w_default = args_w[1]
    return generator.builtin_anext(space, args_w[0], w_default)


def b_exit(space, args):
    """exit(code=None) and quit(): raise SystemExit(code), as the site module's."""
    args_w = B_EXIT.unpack(space, args)
    raise OperationError(space.new_exception(space.w_SystemExit, args_w[:1]))


FUNCTIONS = [
    ('print', b_print),
    ('exit', b_exit),
    ('__import__', b_import),
    ('quit', b_exit),
    ('len', b_len),
    ('repr', b_repr),
    ('abs', b_abs),
    ('isinstance', b_isinstance),
    ('issubclass', b_issubclass),
    ('callable', b_callable),
    ('min', b_min),
    ('max', b_max),
    ('sum', b_sum),
    ('sorted', b_sorted),
    ('any', b_any),
    ('all', b_all),
    ('iter', b_iter),
    ('next', b_next),
    ('aiter', b_aiter),
    ('anext', b_anext),
    ('id', b_id),
    ('hash', b_hash),
    ('chr', b_chr),
    ('ord', b_ord),
    ('bin', b_bin),
    ('oct', b_oct),
    ('hex', b_hex),
    ('divmod', b_divmod),
    ('pow', b_pow),
    ('round', b_round),
    ('getattr', b_getattr),
    ('hasattr', b_hasattr),
    ('setattr', b_setattr),
    ('delattr', b_delattr),
    ('vars', b_vars),
    ('dir', b_dir),
    ('format', strmethods.b_format),
    ('ascii', strmethods.b_ascii),
    ('__build_class__', b_build_class),
]


def construct_builtin(space, w_type, args):
    if w_type is space.w_int:
        return new_int(space, args)
    if w_type is space.w_bool:
        args_w = B_BOOL.unpack(space, args)
        if not args_w:
            return space.w_False
        return space.newbool(space.is_true(args_w[0]))
    if w_type is space.w_str:
        return new_str(space, args)
    if w_type is space.w_float:
        return new_float(space, args)
    if w_type is space.w_complex:
        return complexobject.new_complex(space, args)
    if w_type is space.w_bytes:
        return bytesobject.new_bytes(space, args)
    if w_type is space.w_bytearray:
        return bytesobject.new_bytearray_obj(space, args)
    if w_type is space.w_memoryview:
        return memoryviewobject.new_memoryview(space, args)
    if w_type is space.w_list:
        args_w = B_LIST.unpack(space, args)
        if not args_w:
            return space.newlist([])
        return space.newlist(space.listview(args_w[0]))
    if w_type is space.w_tuple:
        args_w = B_TUPLE.unpack(space, args)
        if not args_w:
            return space.newtuple([])
        if isinstance(args_w[0], W_Tuple):
            return args_w[0]
        return space.newtuple(space.listview(args_w[0]))
    if w_type is space.w_dict:
        w_dict = space.newdict()
        if len(args.args_w) > 1:
            raise space.error(space.w_TypeError, 'dict expected at most 1 argument, got %d'
                              % len(args.args_w))
        if args.args_w:
            dictobject.update_from(space, w_dict, args.args_w[0])
        dictobject.update_from_keywords(space, w_dict, args)
        return w_dict
    if w_type is space.w_range:
        return new_range(space, args)
    if w_type is space.w_set or w_type is space.w_frozenset:
        return setobject.new_set(space, w_type is space.w_frozenset, args)
    if w_type is TYPES.w_map:
        return iterators.new_map(space, args)
    if w_type is TYPES.w_filter:
        return iterators.new_filter(space, args)
    if w_type is TYPES.w_zip:
        return iterators.new_zip(space, args)
    if w_type is TYPES.w_enumerate:
        return iterators.new_enumerate(space, args)
    if w_type is TYPES.w_reversed:
        return iterators.new_reversed(space, args)
    if w_type is space.w_type:
        if len(args.args_w) == 3:           # type(name, bases, dict)
            return space.type_new(args.prepend(space.w_type))
        if args.has_keywords() and len(args.args_w) == 1:
            raise space.error(space.w_TypeError, 'type() takes no keyword arguments')
        if len(args.args_w) != 1:
            raise space.error(space.w_TypeError, 'type() takes 1 or 3 arguments')
        args_w = B_TYPE.unpack(space, args)
        return space.type(args_w[0])
    if w_type is space.w_weakref:
        return weakrefobject.new_ref(space, args)
    if w_type is space.w_object:
        if args.args_w or args.has_keywords():
            raise space.error(space.w_TypeError, 'object() takes no arguments')
        return W_Instance(space.w_object)
    if w_type is space.w_staticmethod:
        return W_StaticMethod(B_STATICMETHOD.unpack(space, args)[0])
    if w_type is space.w_classmethod:
        return W_ClassMethod(B_CLASSMETHOD.unpack(space, args)[0])
    if w_type is space.w_property:
        values_w = B_PROPERTY.values(space, args)
        for i in range(4):
            if values_w[i] is space.w_None:
                values_w[i] = None
        return W_Property(values_w[0], values_w[1], values_w[2], values_w[3])
    if w_type is space.w_GenericAlias:     # types.GenericAlias(cls, args)
        args_w = B_GENERIC_ALIAS.unpack(space, args)
        return typealias.new_alias(space, args_w[0], args_w[1])
    if w_type is space.w_slice:
        args_w = B_SLICE.unpack(space, args)
        if len(args_w) == 1:
            return space.newslice(space.w_None, args_w[0], space.w_None)
        if len(args_w) == 2:
            return space.newslice(args_w[0], args_w[1], space.w_None)
        return space.newslice(args_w[0], args_w[1], args_w[2])
    if w_type is space.w_NoneType or w_type is space.w_NotImplementedType or \
            w_type is space.w_ellipsis:     # type(None)(): the singleton
        if args.args_w or args.has_keywords():
            raise space.error(space.w_TypeError, '%s takes no arguments' % w_type.name)
        if w_type is space.w_NoneType:
            return space.w_None
        if w_type is space.w_NotImplementedType:
            return space.w_NotImplemented
        return space.w_Ellipsis
    if w_type is space.w_method:            # types.MethodType(function, instance)
        args_w = B_METHOD.unpack(space, args)
        if not is_callable(space, args_w[0]):
            raise space.error(space.w_TypeError, 'first argument must be callable')
        if args_w[1] is space.w_None:
            raise space.error(space.w_TypeError, 'instance must not be None')
        return W_Method(args_w[1], args_w[0])
    if w_type is space.w_module:            # types.ModuleType(name, doc=None)
        args_w = B_MODULE.values(space, args)
        w_module = space.new_module(space.str_w(args_w[0]))
        if args_w[1] is not None:
            w_module.store('__doc__', args_w[1])
        return w_module
    if w_type is space.w_super:
        if not args.args_w and not args.has_keywords():
            # zero-argument super() where the compiler cannot make it super(C, self)
            raise space.error(space.w_RuntimeError, 'super(): no arguments')
        args_w = B_SUPER.unpack(space, args)
        w_start = args_w[0]
        if not isinstance(w_start, W_Type):
            raise space.error(space.w_TypeError, 'super() argument 1 must be a type, not %s'
                              % space.type(w_start).name)
        w_obj = args_w[1]
        if not space.type(w_obj).is_subtype(w_start) and not (
                isinstance(w_obj, W_Type) and w_obj.is_subtype(w_start)):
            raise space.error(space.w_TypeError, 'super(type, obj): obj must be an '
                              'instance or subtype of type')
        return W_Super(w_start, w_obj)
    w_time = space.modules_w.get('time', None)
    if w_time is not None and w_time.dict_w.get('struct_time', None) is w_type:
        from gclab.objspace.modules import construct_struct_time
        return construct_struct_time(space, w_type, args)
    raise space.error(space.w_TypeError, "cannot create '%s' instances" % w_type.name)


def new_str(space, args):
    """str(object='', encoding='utf-8', errors='strict'): with an encoding or errors,
    the decoded text of a bytes-like object."""
    w_obj, w_encoding, w_errors = B_STR.values(space, args)
    if w_encoding is None and w_errors is None:
        if w_obj is None:
            return space.newstr('')
        return space.str(w_obj)
    if w_obj is None:
        return space.newstr('')
    encoding = 'utf-8'
    errors = 'strict'
    if w_encoding is not None:
        encoding = bytesobject.text_arg(space, w_encoding, 'str', 'encoding', 2)
    if w_errors is not None:
        errors = bytesobject.text_arg(space, w_errors, 'str', 'errors', 3)
    data = bytesobject.bytes_like(w_obj)
    if data is None:
        if isinstance(w_obj.builtin_value(), W_Str):
            raise space.error(space.w_TypeError, 'decoding str is not supported')
        raise space.error(space.w_TypeError, 'decoding to str: need a bytes-like object, '
                          '%s found' % space.type(w_obj).name)
    return space.newstr(bytesobject.decode(space, data, encoding, errors))


def new_int(space, args):
    w_x, w_base = B_INT.values(space, args)
    if w_x is None:
        return space.newint(0)
    if w_base is not None:
        base = space.int_w(w_base)
        data = bytesobject.bytes_like(w_x)
        if data is not None:
            if base != 0 and (base < 2 or base > 36):
                raise space.error(space.w_ValueError,
                                  'int() base must be >= 2 and <= 36, or 0')
            return numbers.parse_int(space, data, base, bytesobject.bytes_repr(data))
        if not isinstance(w_x, W_Str):
            raise space.error(space.w_TypeError, "int() can't convert non-string with "
                              "explicit base")
        if base != 0 and (base < 2 or base > 36):
            raise space.error(space.w_ValueError, 'int() base must be >= 2 and <= 36, or 0')
        return numbers.parse_int(space, w_x.utf8(), base)
    if isinstance(w_x, W_Bool):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_Int) or isinstance(w_x, W_Long):
        return w_x
    if isinstance(w_x, W_Float):
        v = w_x.floatval
        return numbers.float_to_int(space, v)
    if isinstance(w_x, W_Str):
        return numbers.parse_int(space, w_x.utf8(), 10)
    data = bytesobject.bytes_like(w_x)
    if data is not None:
        return numbers.parse_int(space, data, 10, bytesobject.bytes_repr(data))
    for name in ['__int__', '__index__', '__trunc__']:
        w_meth = space.lookup_special_or_none(w_x, name)
        if w_meth is not None:
            w_res = space.call_function(w_meth, [])
            if not is_int(w_res):
                what = 'non-Integral' if name == '__trunc__' else 'non-int'
                raise space.error(space.w_TypeError, '%s returned %s (type %s)'
                                  % (name, what, space.type(w_res).name))
            return w_res
    raise space.error(space.w_TypeError, "int() argument must be a string, a bytes-like "
                      "object or a real number, not '%s'" % space.type(w_x).name)


def new_float(space, args):
    args_w = B_FLOAT.unpack(space, args)
    if not args_w:
        return space.newfloat(0.0)
    w_x = args_w[0]
    if isinstance(w_x, W_Float):
        return w_x
    if is_int(w_x):
        return space.newfloat(numbers.float_of(space, w_x))
    if isinstance(w_x, W_Str):
        return space.newfloat(numbers.parse_float(space, w_x.utf8()))
    data = bytesobject.bytes_like(w_x)
    if data is not None:
        return space.newfloat(numbers.parse_float(space, data, bytesobject.bytes_repr(data)))
    w_meth = space.lookup_special_or_none(w_x, '__float__')
    if w_meth is not None:
        w_res = space.call_function(w_meth, [])
        if not isinstance(w_res, W_Float):
            raise space.error(space.w_TypeError, '%s.__float__ returned non-float (type %s)'
                              % (space.type(w_x).name, space.type(w_res).name))
        return w_res
    if isinstance(w_x, W_Instance) and \
            space.lookup_special_or_none(w_x, '__index__') is not None:
        return space.newfloat(numbers.float_of(space, index_value(space, w_x)))
    raise space.error(space.w_TypeError, "float() argument must be a string or a real "
                      "number, not '%s'" % space.type(w_x).name)


def new_range(space, args):
    args_w = B_RANGE.unpack(space, args)
    if len(args_w) == 1:
        w_range = W_Range(0, space.int_w(args_w[0]), 1)
    else:
        start = space.int_w(args_w[0])
        stop = space.int_w(args_w[1])
        step = 1
        if len(args_w) == 3:
            step = space.int_w(args_w[2])
            if step == 0:
                raise space.error(space.w_ValueError, 'range() arg 3 must not be zero')
        w_range = W_Range(start, stop, step)
    if w_range.len < 0:
        raise too_long(space)
    return w_range
