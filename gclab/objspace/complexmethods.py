"""complex's special methods for explicit calls (complex.__add__(z, 1), z.__eq__(w)):
the object-space half of gclab.objspace.complexobject (they reach the special-method
and formatting helpers, which the object model's layer cannot import)."""

from gclab.interp import opcodes as op
from gclab.objspace.complexobject import (W_Complex, binop, compare, complex_abs,
                                          complex_conjugate, is_complex_operand, unaryop)
from gclab.objspace.specialmethods import special_self
from gclab.objspace.formatting import format_complex


def special_receiver(space, args, name, nargs):
    w_self = special_self(space, args, name, nargs)
    if not isinstance(w_self, W_Complex):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a 'complex' object "
                          "but received a '%s'" % (name, space.type(w_self).name))
    return w_self


def make_complex_arith(opnum, reflected, name):
    def arith(space, args):
        w_self = special_receiver(space, args, name, 1)
        w_other = args.args_w[1].builtin_value()
        if not is_complex_operand(w_other):
            return space.w_NotImplemented
        if reflected:
            w_res = binop(space, opnum, w_other, w_self)
        else:
            w_res = binop(space, opnum, w_self, w_other)
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    arith.func_name = 'complex' + name[1:-2]
    return arith


def make_complex_compare(opnum, name):
    def cmp(space, args):
        w_self = special_receiver(space, args, name, 1)
        res = compare(space, opnum, w_self, args.args_w[1].builtin_value())
        if res < 0:
            return space.w_NotImplemented
        return space.newbool(res == 1)
    cmp.func_name = 'complex' + name[1:-2]
    return cmp


def make_complex_unary(opnum, name):
    def unary(space, args):
        return unaryop(space, opnum, special_receiver(space, args, name, 0))
    unary.func_name = 'complex' + name[1:-2]
    return unary


def complex_special_repr(space, args):
    return space.newstr(special_receiver(space, args, '__repr__', 0).repr(space))


def complex_special_hash(space, args):
    return space.newint(special_receiver(space, args, '__hash__', 0).hash(space))


def complex_special_bool(space, args):
    return space.newbool(special_receiver(space, args, '__bool__', 0).is_true(space))


def complex_special_abs(space, args):
    return space.newfloat(complex_abs(space, special_receiver(space, args, '__abs__', 0)))


def complex_special_complex(space, args):
    return special_receiver(space, args, '__complex__', 0)


def complex_special_format(space, args):
    w_self = special_receiver(space, args, '__format__', 1)
    spec = space.str_w(args.args_w[1])
    if not spec:
        return space.str(args.args_w[0])    # str(self), a subclass's __str__ too
    return space.newstr(format_complex(space, w_self, spec))


COMPLEX_SPECIAL_METHODS = [
    ('__repr__', complex_special_repr), ('__str__', complex_special_repr),
    ('__hash__', complex_special_hash), ('__bool__', complex_special_bool),
    ('__abs__', complex_special_abs), ('__complex__', complex_special_complex),
    ('__format__', complex_special_format),
    ('__neg__', make_complex_unary(op.UN_NEG, '__neg__')),
    ('__pos__', make_complex_unary(op.UN_POS, '__pos__')),
    ('__eq__', make_complex_compare(op.CMP_EQ, '__eq__')),
    ('__ne__', make_complex_compare(op.CMP_NE, '__ne__')),
    ('__lt__', make_complex_compare(op.CMP_LT, '__lt__')),
    ('__le__', make_complex_compare(op.CMP_LE, '__le__')),
    ('__gt__', make_complex_compare(op.CMP_GT, '__gt__')),
    ('__ge__', make_complex_compare(op.CMP_GE, '__ge__')),
    ('__add__', make_complex_arith(op.OP_ADD, False, '__add__')),
    ('__radd__', make_complex_arith(op.OP_ADD, True, '__radd__')),
    ('__sub__', make_complex_arith(op.OP_SUB, False, '__sub__')),
    ('__rsub__', make_complex_arith(op.OP_SUB, True, '__rsub__')),
    ('__mul__', make_complex_arith(op.OP_MUL, False, '__mul__')),
    ('__rmul__', make_complex_arith(op.OP_MUL, True, '__rmul__')),
    ('__truediv__', make_complex_arith(op.OP_TRUEDIV, False, '__truediv__')),
    ('__rtruediv__', make_complex_arith(op.OP_TRUEDIV, True, '__rtruediv__')),
    ('__pow__', make_complex_arith(op.OP_POW, False, '__pow__')),
    ('__rpow__', make_complex_arith(op.OP_POW, True, '__rpow__')),
]


COMPLEX_METHODS = [('conjugate', complex_conjugate)] + COMPLEX_SPECIAL_METHODS
