"""The special methods (__len__, __add__, __eq__...) of the builtin types, as seen by
explicit calls like list.__len__(x) or super().__eq__(other) (RPython)."""


import math

from rpython.rlib import rfloat

from gclab.interp import opcodes as op
from gclab.objspace.numberobject import W_Int, W_Long, W_Float, is_int, plain_int, bigint_of
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.strobject import W_Str
from gclab.objspace.bytesobject import W_AbstractBytes, W_ByteArray, bytes_repr
from gclab.objspace.rangeobject import W_Range
from gclab.objspace.formatting import format_obj
from gclab.objspace.typeobject import W_Instance
from gclab.objspace import numbers, seqops
from gclab.objspace.specialnames import CMP_SPECIAL, BINOP_SPECIAL, BINOP_RSPECIAL
from gclab.objspace.exceptionobject import (exception_str, exception_repr, key_error_str,
                                            exception_add_note, exception_with_traceback,
                                            exception_reduce,
                                            install_attributes)


# --- special methods of the builtin types ------------------------------------------------
# x.__len__(), int.__add__(1, 2), Exception.__str__(self)...: explicit calls of the special
# methods; the operators themselves never look these up (they dispatch on the W_ class).

SEQ_TYPES = 0       # str, list, tuple
NUM_TYPES = 1       # int, float


def install_special_methods(space):
    containers = [space.w_str, space.w_list, space.w_tuple, space.w_dict, space.w_range]
    for w_type in containers:
        for name, impl in [('__len__', special_len), ('__getitem__', special_getitem),
                           ('__contains__', special_contains), ('__iter__', special_iter)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_list, space.w_dict]:
        for name, impl in [('__setitem__', special_setitem), ('__delitem__', special_delitem)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
        w_type.dict_w['__hash__'] = space.w_None
    for w_type in containers + [space.w_int, space.w_float]:
        for i in range(len(COMPARE_NAMES)):
            name = COMPARE_NAMES[i]
            w_type.dict_w[name] = space.wrap_builtin(name, COMPARE_IMPLS[i], w_type)
        for name, impl in [('__repr__', special_repr), ('__str__', special_str)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_str, space.w_int, space.w_float, space.w_tuple]:
        w_type.dict_w['__hash__'] = space.wrap_builtin('__hash__', special_hash, w_type)
    for w_type in [space.w_str, space.w_list, space.w_tuple]:
        for name, impl in [('__add__', special_add), ('__mul__', special_mul),
                           ('__radd__', special_radd), ('__rmul__', special_mul)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_int, space.w_float]:
        for i in range(len(ARITH_NAMES)):
            if w_type is space.w_float and ARITH_OPS[i] in INT_ONLY_OPS:
                continue                    # (1.0).__and__: no such method, as CPython
            name = ARITH_NAMES[i]
            w_type.dict_w[name] = space.wrap_builtin(name, ARITH_IMPLS[i], w_type)
            name = RARITH_NAMES[i]
            w_type.dict_w[name] = space.wrap_builtin(name, RARITH_IMPLS[i], w_type)
        for name, impl in [('__divmod__', special_divmod), ('__rdivmod__', special_rdivmod)]:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for w_type in [space.w_int, space.w_float]:
        impl = special_format_float if w_type is space.w_float else special_format_int
        w_type.dict_w['__format__'] = space.wrap_builtin('__format__', impl, w_type)
        for name, impl in NUMBER_UNARY + NUMBER_ROUNDING:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in [('__invert__', special_invert), ('__index__', special_int)]:
        space.w_int.dict_w[name] = space.wrap_builtin(name, impl, space.w_int)
    install_container_specials(space)
    for name, impl in [('__str__', exception_str), ('__repr__', exception_repr),
                       ('add_note', exception_add_note),
                       ('with_traceback', exception_with_traceback),
                       ('__reduce__', exception_reduce)]:
        space.w_BaseException.dict_w[name] = space.wrap_builtin(name, impl,
                                                               space.w_BaseException)
    space.w_KeyError.dict_w['__str__'] = space.wrap_builtin('__str__', key_error_str,
                                                           space.w_KeyError)
    # what an ImportError made by a program says (import sets `name`: importing.py)
    space.w_ImportError.dict_w['name'] = space.w_None
    space.w_ImportError.dict_w['path'] = space.w_None
    space.w_AttributeError.dict_w['name'] = space.w_None    # (set by the program only)
    space.w_AttributeError.dict_w['obj'] = space.w_None
    install_attributes(space)       # SyntaxError's msg, lineno...; ImportError's msg


def install_container_specials(space):
    """The special methods of the dict views, dict's operators, range, None and str's
    %, for programs that call them by name (the operators do not use them)."""
    from gclab.objspace.iterators import TYPES
    from gclab.objspace.function import W_ClassMethod
    set_ops = [op.OP_AND, op.OP_OR, op.OP_XOR, op.OP_SUB]
    for w_type in [TYPES.w_dict_keys, TYPES.w_dict_items, TYPES.w_dict_values]:
        table = [('__len__', special_len), ('__iter__', special_iter),
                 ('__reversed__', special_reversed)]
        if w_type is not TYPES.w_dict_values:
            table.append(('__contains__', special_contains))
            for opnum in set_ops:
                table.append((BINOP_SPECIAL[opnum], OPERATOR_SPECIALS[opnum]))
                table.append((BINOP_RSPECIAL[opnum], ROPERATOR_SPECIALS[opnum]))
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in [('__or__', OPERATOR_SPECIALS[op.OP_OR]),
                       ('__ror__', ROPERATOR_SPECIALS[op.OP_OR]),
                       ('__ior__', special_inplace_or), ('__reversed__', special_reversed)]:
        space.w_dict.dict_w[name] = space.wrap_builtin(name, impl, space.w_dict)
    for name, impl in [('__bool__', special_truth), ('__reversed__', special_reversed)]:
        space.w_range.dict_w[name] = space.wrap_builtin(name, impl, space.w_range)
    space.w_NoneType.dict_w['__bool__'] = space.wrap_builtin('__bool__', special_truth,
                                                            space.w_NoneType)
    for name, impl in [('__mod__', OPERATOR_SPECIALS[op.OP_MOD]),
                       ('__rmod__', ROPERATOR_SPECIALS[op.OP_MOD])]:
        space.w_str.dict_w[name] = space.wrap_builtin(name, impl, space.w_str)
    for w_type in [space.w_list, space.w_dict, space.w_tuple, space.w_set,
                   space.w_frozenset]:
        w_type.dict_w['__class_getitem__'] = W_ClassMethod(space.wrap_builtin(
            '__class_getitem__', special_class_getitem, w_type))


def make_operator_special(opnum, reflected):
    """The special method of an operator: what the operator gives, NotImplemented
    where it has nothing for the operands."""
    name = (BINOP_RSPECIAL if reflected else BINOP_SPECIAL)[opnum]

    def special(space, args):
        w_self = special_self(space, args, name, 1)
        w_other = args.args_w[1].builtin_value()
        if reflected:
            w_res = builtin_binop_or_none(space, opnum, w_other, w_self)
        else:
            w_res = builtin_binop_or_none(space, opnum, w_self, w_other)
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    special.func_name = 'special_operator' + name[1:-2]
    return special


def builtin_binop_or_none(space, opnum, w_a, w_b):
    """The operator as the builtin operand's type does it, or None: with an instance
    of a user class (not a builtin subclass), only what str's % and the dict views do
    (space.binop_or_none would try the instance's methods, then this method again: {} |
    obj, obj % 'x' must give NotImplemented)."""
    if isinstance(w_a, W_Instance) or isinstance(w_b, W_Instance):
        w_res = seqops.seq_binop(space, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        return space.set_binop_or_none(opnum, w_a, w_b)
    return space.binop_or_none(opnum, w_a, w_b)


OPERATOR_SPECIALS = {}
ROPERATOR_SPECIALS = {}
for _opnum in [op.OP_AND, op.OP_OR, op.OP_XOR, op.OP_SUB, op.OP_MOD]:
    OPERATOR_SPECIALS[_opnum] = make_operator_special(_opnum, False)
    ROPERATOR_SPECIALS[_opnum] = make_operator_special(_opnum, True)


def special_inplace_or(space, args):
    w_self = special_self(space, args, '__ior__', 1)
    return space.inplace_binop(op.OP_OR, w_self, args.args_w[1])


def special_reversed(space, args):
    from gclab.objspace.iterators import TYPES
    return space.call_function(TYPES.w_reversed, [special_self(space, args,
                                                               '__reversed__', 0)])


def special_truth(space, args):
    return space.newbool(space.is_true(special_self(space, args, '__bool__', 0)))


def special_class_getitem(space, args):
    """list[int] through list.__class_getitem__(int)."""
    from gclab.objspace import typealias
    if len(args.args_w) != 2:
        raise space.error(space.w_TypeError, '__class_getitem__() takes exactly one '
                          'argument (%d given)' % (len(args.args_w) - 1))
    return typealias.new_alias(space, args.args_w[0], args.args_w[1])


def special_self(space, args, name, nargs):
    """The receiver of a special method of a builtin type (checked by its owner)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, "descriptor '%s' needs an argument" % name)
    n = len(args.args_w) - 1
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)
    if n != nargs:
        if nargs == 0:
            raise space.error(space.w_TypeError, 'expected 0 arguments, got %d' % n)
        if nargs == 1:
            raise space.error(space.w_TypeError, 'expected 1 argument, got %d' % n)
        raise space.error(space.w_TypeError, 'expected %d arguments, got %d' % (nargs, n))
    return args.args_w[0].builtin_value()


def special_len(space, args):
    return space.newint(space.len_w(special_self(space, args, '__len__', 0)))


def special_getitem(space, args):
    w_self = special_self(space, args, '__getitem__', 1)
    w_key = args.args_w[1]
    w_orig = args.args_w[0]
    if isinstance(w_self, W_Dict) and w_orig is not w_self:
        # a subclass of dict: its __missing__, as CPython's dict.__getitem__
        w_missing = space.type(w_orig).lookup('__missing__')
        if w_missing is not None:
            w_value = w_self.get(w_key, None)
            if w_value is None:
                return space.call_function(space.bind(w_missing, w_orig), [w_key])
            return w_value
    return space.getitem(w_self, w_key)


def special_setitem(space, args):
    w_self = special_self(space, args, '__setitem__', 2)
    space.setitem(w_self, args.args_w[1], args.args_w[2])
    return space.w_None


def special_delitem(space, args):
    w_self = special_self(space, args, '__delitem__', 1)
    space.delitem(w_self, args.args_w[1])
    return space.w_None


def special_contains(space, args):
    w_self = special_self(space, args, '__contains__', 1)
    return space.newbool(space.contains(w_self, args.args_w[1]))


def special_iter(space, args):
    return space.iter(special_self(space, args, '__iter__', 0))


def special_repr(space, args):
    return space.repr(special_self(space, args, '__repr__', 0))


def special_str(space, args):
    w_self = special_self(space, args, '__str__', 0)
    w_orig = args.args_w[0]
    if w_orig is not w_self and not isinstance(w_self, W_Str) and \
            not isinstance(w_self, W_AbstractBytes):
        # an instance of a subclass of list, int...: CPython's types but str, bytes and
        # bytearray have no __str__ of their own, so str() shows the repr -- the
        # subclass's, if it has one
        return space.repr(w_orig)
    if isinstance(w_self, W_ByteArray):
        # CPython's bytearray_str: its repr, which names the instance's class
        return space.newstr(space.type(w_orig).name + '(' +
                            bytes_repr(w_self.as_str(), True) + ')')
    return space.str(w_self)


def special_hash(space, args):
    return space.newint(space.hash_w(special_self(space, args, '__hash__', 0)))


def same_kind(space, w_self, w_other):
    """Whether the builtin method of w_self's type handles w_other (else
    NotImplemented): an int handles ints, a float numbers, a str/list/tuple/dict/range
    its own type."""
    if is_int(w_self):
        return is_int(w_other)
    if isinstance(w_self, W_Float):
        return numbers.is_number(w_other)
    return space.type(w_self) is space.type(w_other)


def special_compare(space, args, opnum):
    w_self = special_self(space, args, CMP_SPECIAL[opnum], 1)
    w_other = args.args_w[1].builtin_value()
    if not same_kind(space, w_self, w_other):
        return space.w_NotImplemented
    if isinstance(w_self, W_Dict) and opnum != op.CMP_EQ and opnum != op.CMP_NE:
        return space.w_NotImplemented
    if isinstance(w_self, W_Range) and opnum != op.CMP_EQ and opnum != op.CMP_NE:
        return space.w_NotImplemented
    return space.richcompare(opnum, w_self, w_other)


def special_lt(space, args):
    return special_compare(space, args, op.CMP_LT)


def special_le(space, args):
    return special_compare(space, args, op.CMP_LE)


def special_eq(space, args):
    return special_compare(space, args, op.CMP_EQ)


def special_ne(space, args):
    return special_compare(space, args, op.CMP_NE)


def special_gt(space, args):
    return special_compare(space, args, op.CMP_GT)


def special_ge(space, args):
    return special_compare(space, args, op.CMP_GE)


COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
COMPARE_IMPLS = [special_lt, special_le, special_eq, special_ne, special_gt, special_ge]


def special_add(space, args):
    w_self = special_self(space, args, '__add__', 1)
    w_other = args.args_w[1].builtin_value()
    if isinstance(w_other, W_Instance):
        return space.w_NotImplemented
    return seqops.seq_binop(space, op.OP_ADD, w_self, w_other)


def special_radd(space, args):
    """`[1] + x` for x an instance of a subclass of list (the operators ask x)."""
    w_self = special_self(space, args, '__radd__', 1)
    w_other = args.args_w[1].builtin_value()
    if isinstance(w_other, W_Instance) or space.type(w_other) is not space.type(w_self):
        return space.w_NotImplemented
    return seqops.seq_binop(space, op.OP_ADD, w_other, w_self)


def special_mul(space, args):
    w_self = special_self(space, args, '__mul__', 1)
    w_other = args.args_w[1].builtin_value()
    if isinstance(w_other, W_Int):
        return space.binop(op.OP_MUL, w_self, w_other)
    if isinstance(w_other, W_Long):
        raise space.error(space.w_OverflowError,
                          "cannot fit 'int' into an index-sized integer")
    if isinstance(w_other, W_Instance):
        # the operators look this up for `seq * instance`: let __rmul__ have its turn
        return space.w_NotImplemented
    raise space.error(space.w_TypeError, "'%s' object cannot be interpreted as an integer"
                      % space.type(w_other).name)


def special_arith(space, args, opnum, reflected):
    """int.__add__(x, y), or reflected int.__radd__(x, y) (`1 + x` for x an instance of
    a subclass of int or float): the number operation, or NotImplemented."""
    names = BINOP_RSPECIAL if reflected else BINOP_SPECIAL
    if opnum == op.OP_POW and len(args.args_w) == 3 and not args.has_keywords():
        # int.__pow__(x, y, mod), int.__rpow__(y, x, mod): pow(x, y, mod)
        w_self = args.args_w[0].builtin_value()
        w_other = args.args_w[1].builtin_value()
        w_mod = args.args_w[2].builtin_value()
        if w_mod is not space.w_None:
            return special_pow_mod(space, w_self, w_other, w_mod, reflected)
    else:
        w_self = special_self(space, args, names[opnum], 1)
        w_other = args.args_w[1].builtin_value()
    if reflected:
        if not numbers.is_number(w_other) or not numbers.is_number(w_self):
            return space.w_NotImplemented
        w_res = numbers.number_binop(space, opnum, w_other, w_self)
    else:
        if not same_kind(space, w_self, w_other):
            return space.w_NotImplemented
        w_res = numbers.number_binop(space, opnum, w_self, w_other)
    if w_res is None:
        return space.w_NotImplemented
    return w_res


def special_divmod(space, args):
    """int.__divmod__, float.__divmod__."""
    w_self = special_self(space, args, '__divmod__', 1)
    w_other = args.args_w[1].builtin_value()
    if not same_kind(space, w_self, w_other):
        return space.w_NotImplemented
    return numbers.number_divmod(space, w_self, w_other)


def special_rdivmod(space, args):
    """int.__rdivmod__, float.__rdivmod__: divmod(other, self)."""
    w_self = special_self(space, args, '__rdivmod__', 1)
    w_other = args.args_w[1].builtin_value()
    if not (numbers.is_number(w_other) and same_kind(space, w_self, w_other)):
        return space.w_NotImplemented
    return numbers.number_divmod(space, w_other, w_self)


def special_pow_mod(space, w_self, w_other, w_mod, reflected):
    """int.__pow__/__rpow__ with a modulus; float's refuse one."""
    if isinstance(w_self, W_Float):
        if not numbers.is_number(w_other):
            return space.w_NotImplemented
        raise space.error(space.w_TypeError, 'pow() 3rd argument not allowed unless all '
                          'arguments are integers')
    if not (is_int(w_self) and is_int(w_other) and is_int(w_mod)):
        return space.w_NotImplemented
    if reflected:
        w_self, w_other = w_other, w_self
    return space.newlong(numbers.pow_mod(space, bigint_of(w_self), bigint_of(w_other),
                                         bigint_of(w_mod)))


ARITH_OPS = [op.OP_ADD, op.OP_SUB, op.OP_MUL, op.OP_TRUEDIV, op.OP_FLOORDIV, op.OP_MOD,
             op.OP_POW, op.OP_LSHIFT, op.OP_RSHIFT, op.OP_AND, op.OP_OR, op.OP_XOR]


def make_arith(opnum, reflected):
    def arith(space, args):
        return special_arith(space, args, opnum, reflected)
    names = BINOP_RSPECIAL if reflected else BINOP_SPECIAL
    arith.func_name = 'special' + names[opnum][1:-2]
    return arith


INT_ONLY_OPS = [op.OP_LSHIFT, op.OP_RSHIFT, op.OP_AND, op.OP_OR, op.OP_XOR]
ARITH_NAMES = [BINOP_SPECIAL[o] for o in ARITH_OPS]
ARITH_IMPLS = [make_arith(o, False) for o in ARITH_OPS]
RARITH_NAMES = [BINOP_RSPECIAL[o] for o in ARITH_OPS]
RARITH_IMPLS = [make_arith(o, True) for o in ARITH_OPS]


def special_number(space, args, name):
    w_self = special_self(space, args, name, 0)
    if not numbers.is_number(w_self):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a number, not '%s'"
                          % (name, space.type(w_self).name))
    return w_self


def special_format_int(space, args):
    return special_format(space, args, False)


def special_format_float(space, args):
    return special_format(space, args, True)


def special_format(space, args, of_float):
    """int.__format__(spec) and float.__format__(spec) (bool's is int's): the format
    mini-language of format(); an empty spec gives str(self), as CPython's."""
    w_base = special_self(space, args, '__format__', 1)
    if of_float:
        ok = isinstance(w_base, W_Float)
    else:
        ok = isinstance(w_base, W_Int) or isinstance(w_base, W_Long)
    if not ok:
        raise space.error(space.w_TypeError, "descriptor '__format__' for '%s' objects "
                          "doesn't apply to a '%s' object"
                          % ('float' if of_float else 'int', space.type(w_base).name))
    w_self = args.args_w[0]
    w_spec = args.args_w[1]
    if not isinstance(w_spec, W_Str):
        raise space.error(space.w_TypeError, '__format__() argument must be str, not %s'
                          % space.type(w_spec).name)
    if not w_spec.utf8():
        return space.str(w_self)
    return space.newstr(format_obj(space, w_base, w_spec.utf8()))


def special_neg(space, args):
    return space.unaryop(op.UN_NEG, special_number(space, args, '__neg__'))


def special_pos(space, args):
    w_self = special_number(space, args, '__pos__')
    if isinstance(w_self, W_Float):
        return w_self
    return plain_int(space, w_self)


def special_invert(space, args):
    return space.unaryop(op.UN_INVERT, special_number(space, args, '__invert__'))


def special_abs(space, args):
    w_self = special_number(space, args, '__abs__')
    if isinstance(w_self, W_Float):
        return space.newfloat(abs(w_self.floatval))
    if space.is_true(space.compare(op.CMP_LT, w_self, space.newint(0))):
        return space.unaryop(op.UN_NEG, w_self)
    return plain_int(space, w_self)


def special_int(space, args):
    w_self = special_number(space, args, '__int__')
    if isinstance(w_self, W_Float):
        return numbers.float_to_int(space, w_self.floatval)
    return plain_int(space, w_self)


def special_float(space, args):
    w_self = special_number(space, args, '__float__')
    return space.newfloat(numbers.float_of(space, w_self))


def special_bool(space, args):
    return space.newbool(space.is_true(special_number(space, args, '__bool__')))


def special_round(space, args):
    """int.__round__(ndigits=None), float.__round__(ndigits=None)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, "descriptor '__round__' needs an argument")
    if args.has_keywords():
        raise space.error(space.w_TypeError, '__round__() takes no keyword arguments')
    n = len(args.args_w) - 1
    if n > 1:
        raise space.error(space.w_TypeError, '__round__ expected at most 1 argument, got %d'
                          % n)
    w_self = args.args_w[0].builtin_value()
    w_ndigits = None
    if n == 1 and args.args_w[1] is not space.w_None:
        w_ndigits = args.args_w[1]
    w_res = numbers.round_number(space, w_self, w_ndigits)
    if w_res is None:
        raise space.error(space.w_TypeError, "descriptor '__round__' requires a number, "
                          "not '%s'" % space.type(w_self).name)
    return w_res


def special_rounding(space, args, name):
    """__floor__, __ceil__, __trunc__ of int and float: an int."""
    w_self = special_number(space, args, name)
    if isinstance(w_self, W_Float):
        x = w_self.floatval
        if name == '__floor__':
            x = math.floor(x) if rfloat.isfinite(x) else x
        elif name == '__ceil__':
            x = math.ceil(x) if rfloat.isfinite(x) else x
        return numbers.float_to_int(space, x)
    return plain_int(space, w_self)


def special_floor(space, args):
    return special_rounding(space, args, '__floor__')


def special_ceil(space, args):
    return special_rounding(space, args, '__ceil__')


def special_trunc(space, args):
    return special_rounding(space, args, '__trunc__')


NUMBER_ROUNDING = [('__round__', special_round), ('__floor__', special_floor),
                   ('__ceil__', special_ceil), ('__trunc__', special_trunc)]
NUMBER_UNARY = [('__neg__', special_neg), ('__pos__', special_pos), ('__abs__', special_abs),
                ('__int__', special_int), ('__float__', special_float),
                ('__bool__', special_bool)]
