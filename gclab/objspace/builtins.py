"""The builtins module: builtin functions and the constructors of builtin types."""

from rpython.rlib.rbigint import rbigint

from gclab.interp.error import OperationError
from gclab.objspace.objects import (W_Int, W_Bool, W_Long, W_Float, W_Str, W_Tuple, W_List,
                                    W_Dict, W_Range)
from gclab.objspace.typeobject import W_Type, W_Instance, W_ExceptionObject
from gclab.objspace.function import (W_Function, W_StaticMethod, W_ClassMethod, W_Property,
                                     W_Super, Arguments)
from gclab.objspace import numbers


def install(space):
    b = space.builtins_w
    for name, impl in FUNCTIONS:
        b[name] = space.wrap_builtin(name, impl)
    space.w_build_class = b['__build_class__']
    for w_type in [space.w_object, space.w_type, space.w_int, space.w_bool, space.w_float,
                   space.w_str, space.w_tuple, space.w_list, space.w_dict, space.w_range,
                   space.w_staticmethod, space.w_classmethod, space.w_property,
                   space.w_super, space.w_slice]:
        b[w_type.name] = w_type
    for name, w_type in space.exception_types_w.items():
        b[name] = w_type
    b['None'] = space.w_None
    b['True'] = space.w_True
    b['False'] = space.w_False
    b['NotImplemented'] = space.w_NotImplemented
    b['Ellipsis'] = space.w_Ellipsis


def arity(space, args, name, nmin, nmax):
    """Check the number of positional arguments of a builtin; no keywords allowed."""
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)
    n = len(args.args_w)
    if n < nmin or n > nmax:
        if nmin == nmax == 1:
            raise space.error(space.w_TypeError, '%s() takes exactly one argument (%d given)'
                              % (name, n))
        if n < nmin:
            raise space.error(space.w_TypeError, '%s expected at least %d argument%s, got %d'
                              % (name, nmin, '' if nmin == 1 else 's', n))
        raise space.error(space.w_TypeError, '%s expected at most %d argument%s, got %d'
                          % (name, nmax, '' if nmax == 1 else 's', n))
    return args.args_w


def keyword(space, args, name, allowed):
    """The value of keyword argument `name`, or None; rejects unknown keywords."""
    w_value = None
    if args.kw_names is not None:
        for i in range(len(args.kw_names)):
            kw = args.kw_names[i]
            if kw == name:
                w_value = args.kw_values_w[i]
            elif kw not in allowed:
                raise space.error(space.w_TypeError, "'%s' is an invalid keyword argument "
                                  "for this function" % kw)
    return w_value


def b_print(space, args):
    allowed = ['sep', 'end', 'file', 'flush']
    w_sep = keyword(space, args, 'sep', allowed)
    w_end = keyword(space, args, 'end', allowed)
    w_file = keyword(space, args, 'file', allowed)
    sep = ' '
    end = '\n'
    if w_sep is not None and w_sep is not space.w_None:
        if not isinstance(w_sep, W_Str):
            raise space.error(space.w_TypeError, 'sep must be None or a string, not %s'
                              % space.type(w_sep).name)
        sep = w_sep.strval
    if w_end is not None and w_end is not space.w_None:
        if not isinstance(w_end, W_Str):
            raise space.error(space.w_TypeError, 'end must be None or a string, not %s'
                              % space.type(w_end).name)
        end = w_end.strval
    parts = [space.str_str(w) for w in args.args_w]
    text = sep.join(parts) + end
    if w_file is not None and w_file is not space.w_None:
        w_write = space.getattr(w_file, 'write')
        space.call_function(w_write, [space.newstr(text)])
    else:
        space.write_stdout(text)
    return space.w_None


def b_len(space, args):
    w_obj = arity(space, args, 'len', 1, 1)[0]
    return space.newint(space.len_w(w_obj))


def b_repr(space, args):
    return space.repr(arity(space, args, 'repr', 1, 1)[0])


def b_abs(space, args):
    w_x = arity(space, args, 'abs', 1, 1)[0]
    if isinstance(w_x, W_Float):
        return space.newfloat(abs(w_x.floatval))
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
    w_obj, w_cls = arity(space, args, 'isinstance', 2, 2)
    return space.newbool(isinstance_check(space, w_obj, w_cls, 'isinstance'))


def isinstance_check(space, w_obj, w_cls, what):
    if isinstance(w_cls, W_Tuple):
        for w_c in w_cls.items_w:
            if isinstance_check(space, w_obj, w_c, what):
                return True
        return False
    if not isinstance(w_cls, W_Type):
        raise space.error(space.w_TypeError, '%s() arg 2 must be a type, a tuple of types, '
                          'or a union' % what)
    if what == 'issubclass':
        if not isinstance(w_obj, W_Type):
            raise space.error(space.w_TypeError, 'issubclass() arg 1 must be a class')
        return w_obj.is_subtype(w_cls)
    return space.type(w_obj).is_subtype(w_cls)


def b_issubclass(space, args):
    w_obj, w_cls = arity(space, args, 'issubclass', 2, 2)
    return space.newbool(isinstance_check(space, w_obj, w_cls, 'issubclass'))


def b_build_class(space, args):
    args_w = args.args_w
    if len(args_w) < 2:
        raise space.error(space.w_TypeError, '__build_class__: not enough arguments')
    w_body = args_w[0]
    name = space.str_w(args_w[1])
    return space.build_class(w_body, name, args_w[2:], args.kw_names)


def b_min(space, args):
    return min_max(space, args, 'min', 0)


def b_max(space, args):
    return min_max(space, args, 'max', 4)


def min_max(space, args, name, cmp):
    w_key = keyword(space, args, 'key', ['key', 'default'])
    w_default = keyword(space, args, 'default', ['key', 'default'])
    args_w = args.args_w
    if len(args_w) == 0:
        raise space.error(space.w_TypeError, '%s expected at least 1 argument, got 0' % name)
    if len(args_w) == 1:
        items_w = space.listview(args_w[0])
        if not items_w:
            if w_default is not None:
                return w_default
            raise space.error(space.w_ValueError, '%s() iterable argument is empty' % name)
    else:
        items_w = args_w
    w_best = items_w[0]
    w_best_key = w_best
    if w_key is not None and w_key is not space.w_None:
        w_best_key = space.call_function(w_key, [w_best])
    for i in range(1, len(items_w)):
        w_item = items_w[i]
        w_k = w_item
        if w_key is not None and w_key is not space.w_None:
            w_k = space.call_function(w_key, [w_item])
        if space.is_true(space.compare(cmp, w_k, w_best_key)):
            w_best = w_item
            w_best_key = w_k
    return w_best


def b_sum(space, args):
    args_w = arity(space, args, 'sum', 1, 2)
    w_total = space.newint(0)
    if len(args_w) == 2:
        w_total = args_w[1]
    w_iter = space.iter(args_w[0])
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return w_total
        w_total = space.binop(0, w_total, w_item)


def b_id(space, args):
    return space.newint(space.id_of(arity(space, args, 'id', 1, 1)[0]))


def b_hash(space, args):
    return space.newint(space.hash_w(arity(space, args, 'hash', 1, 1)[0]))


FUNCTIONS = [
    ('print', b_print),
    ('len', b_len),
    ('repr', b_repr),
    ('abs', b_abs),
    ('isinstance', b_isinstance),
    ('issubclass', b_issubclass),
    ('min', b_min),
    ('max', b_max),
    ('sum', b_sum),
    ('id', b_id),
    ('hash', b_hash),
    ('__build_class__', b_build_class),
]


# --- constructors of builtin types ------------------------------------------------------

def construct_builtin(space, w_type, args):
    if w_type is space.w_int:
        return new_int(space, args)
    if w_type is space.w_bool:
        args_w = arity(space, args, 'bool', 0, 1)
        if not args_w:
            return space.w_False
        return space.newbool(space.is_true(args_w[0]))
    if w_type is space.w_str:
        args_w = arity(space, args, 'str', 0, 1)
        if not args_w:
            return space.newstr('')
        return space.str(args_w[0])
    if w_type is space.w_float:
        return new_float(space, args)
    if w_type is space.w_list:
        args_w = arity(space, args, 'list', 0, 1)
        if not args_w:
            return space.newlist([])
        return space.newlist(space.listview(args_w[0]))
    if w_type is space.w_tuple:
        args_w = arity(space, args, 'tuple', 0, 1)
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
            space.dict_update(w_dict, args.args_w[0])
        if args.kw_names is not None:
            for i in range(len(args.kw_names)):
                space.setitem(w_dict, space.newstr(args.kw_names[i]), args.kw_values_w[i])
        return w_dict
    if w_type is space.w_range:
        return new_range(space, args)
    if w_type is space.w_type:
        args_w = arity(space, args, 'type', 1, 1)
        return space.type(args_w[0])
    if w_type is space.w_object:
        arity(space, args, 'object', 0, 0)
        return W_Instance(space.w_object)
    if w_type is space.w_staticmethod:
        return W_StaticMethod(arity(space, args, 'staticmethod', 1, 1)[0])
    if w_type is space.w_classmethod:
        return W_ClassMethod(arity(space, args, 'classmethod', 1, 1)[0])
    if w_type is space.w_property:
        args_w = arity(space, args, 'property', 0, 2)
        w_fget = None
        w_fset = None
        if len(args_w) > 0 and args_w[0] is not space.w_None:
            w_fget = args_w[0]
        if len(args_w) > 1 and args_w[1] is not space.w_None:
            w_fset = args_w[1]
        return W_Property(w_fget, w_fset)
    if w_type is space.w_super:
        args_w = arity(space, args, 'super', 2, 2)
        w_start = args_w[0]
        if not isinstance(w_start, W_Type):
            raise space.error(space.w_TypeError, 'super() argument 1 must be a type, not %s'
                              % space.type(w_start).name)
        return W_Super(w_start, args_w[1])
    raise space.error(space.w_TypeError, "cannot create '%s' instances" % w_type.name)


def new_int(space, args):
    args_w = args.args_w
    w_base = keyword(space, args, 'base', ['base'])
    if len(args_w) > 2:
        raise space.error(space.w_TypeError, 'int() takes at most 2 arguments (%d given)'
                          % len(args_w))
    if len(args_w) == 2:
        w_base = args_w[1]
    if not args_w:
        return space.newint(0)
    w_x = args_w[0]
    if w_base is not None:
        base = space.int_w(w_base)
        if not isinstance(w_x, W_Str):
            raise space.error(space.w_TypeError, "int() can't convert non-string with "
                              "explicit base")
        if base != 0 and (base < 2 or base > 36):
            raise space.error(space.w_ValueError, 'int() base must be >= 2 and <= 36, or 0')
        return numbers.parse_int(space, w_x.strval, base)
    if isinstance(w_x, W_Bool):
        return space.newint(w_x.intval)
    if isinstance(w_x, W_Int) or isinstance(w_x, W_Long):
        return w_x
    if isinstance(w_x, W_Float):
        v = w_x.floatval
        try:
            return space.newlong(rbigint.fromfloat(v))
        except OverflowError:
            raise space.error(space.w_OverflowError,
                              'cannot convert float infinity to integer')
        except ValueError:
            raise space.error(space.w_ValueError, 'cannot convert float NaN to integer')
    if isinstance(w_x, W_Str):
        return numbers.parse_int(space, w_x.strval, 10)
    for name in ['__int__', '__index__']:
        w_meth = space.lookup_special_or_none(w_x, name)
        if w_meth is not None:
            return space.call_function(w_meth, [])
    raise space.error(space.w_TypeError, "int() argument must be a string, a bytes-like "
                      "object or a real number, not '%s'" % space.type(w_x).name)


def new_float(space, args):
    args_w = arity(space, args, 'float', 0, 1)
    if not args_w:
        return space.newfloat(0.0)
    w_x = args_w[0]
    if isinstance(w_x, W_Float):
        return w_x
    if numbers.is_int(w_x):
        return space.newfloat(numbers.float_of(space, w_x))
    if isinstance(w_x, W_Str):
        return space.newfloat(numbers.parse_float(space, w_x.strval))
    w_meth = space.lookup_special_or_none(w_x, '__float__')
    if w_meth is not None:
        return space.call_function(w_meth, [])
    raise space.error(space.w_TypeError, "float() argument must be a string or a real "
                      "number, not '%s'" % space.type(w_x).name)


def new_range(space, args):
    args_w = arity(space, args, 'range', 1, 3)
    if len(args_w) == 1:
        return W_Range(0, space.int_w(args_w[0]), 1)
    start = space.int_w(args_w[0])
    stop = space.int_w(args_w[1])
    step = 1
    if len(args_w) == 3:
        step = space.int_w(args_w[2])
        if step == 0:
            raise space.error(space.w_ValueError, 'range() arg 3 must not be zero')
    return W_Range(start, stop, step)
