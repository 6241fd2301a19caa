"""The special methods behind the operators, indexed by the opcodes' operator numbers
(gclab.interp.opcodes): used by the space's operations and by the builtin types' special
methods."""

from gclab.interp import opcodes as op

BINOP_SPECIAL = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
                 '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__',
                 '__matmul__']
BINOP_RSPECIAL = ['__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__',
                  '__rmod__', '__rpow__', '__rlshift__', '__rrshift__', '__rand__', '__ror__',
                  '__rxor__', '__rmatmul__']
BINOP_ISPECIAL = ['__iadd__', '__isub__', '__imul__', '__itruediv__', '__ifloordiv__',
                  '__imod__', '__ipow__', '__ilshift__', '__irshift__', '__iand__', '__ior__',
                  '__ixor__', '__imatmul__']
CMP_SPECIAL = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__']
CMP_SWAPPED = [op.CMP_GT, op.CMP_GE, op.CMP_EQ, op.CMP_NE, op.CMP_LT, op.CMP_LE]
UNARY_SPECIAL = ['__neg__', '__pos__', '__invert__', '']
