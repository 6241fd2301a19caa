"""The one opcode table.  Every instruction is two ints in the code list: (opcode, arg).

Each row: (name, takes_arg, stack_effect, jump_effect, ends_block)
  stack_effect  the change of stack depth when execution falls through; an int, or a pair
                (base, per_arg) meaning base + per_arg * arg
  jump_effect   for jumps: the change of stack depth on the branch taken; None otherwise
  ends_block    True if execution never falls through (unconditional jump, return, raise)
The opcode numbers, the disassembler (gclab.interp.disasm), the compiler's maximum stack
depth computation and the interpreter's dispatch (gclab.interp.frame: one handler method
per row, named as the row) are all derived from this table; tests/unit/test_opcodes.py
checks that every row has a handler and a compiler emitter.

A jump's arg is its target, except COMPARE_AND_BRANCH's, which packs the target above the
comparison and the branch sense (see pack_branch); jump_target() and with_jump_target()
read and write any jump's target.
"""

TABLE = [
    # name                   arg  effect      jump    ends
    ('POP_TOP',               0,  -1,         None,   False),
    ('DUP_TOP',               0,  1,          None,   False),
    ('DUP_TOP_TWO',           0,  2,          None,   False),
    ('ROT_TWO',               0,  0,          None,   False),
    ('ROT_THREE',             0,  0,          None,   False),
    ('ROT_N',                 1,  0,          None,   False),   # the top to the arg-th place
    ('LOAD_CONST',            1,  1,          None,   False),
    ('LOAD_FAST',             1,  1,          None,   False),
    ('STORE_FAST',            1,  -1,         None,   False),
    ('DELETE_FAST',           1,  0,          None,   False),
    ('LOAD_GLOBAL',           1,  1,          None,   False),
    ('STORE_GLOBAL',          1,  -1,         None,   False),
    ('DELETE_GLOBAL',         1,  0,          None,   False),
    ('LOAD_NAME',             1,  1,          None,   False),
    ('STORE_NAME',            1,  -1,         None,   False),
    ('DELETE_NAME',           1,  0,          None,   False),
    ('LOAD_DEREF',            1,  1,          None,   False),
    ('STORE_DEREF',           1,  -1,         None,   False),
    ('DELETE_DEREF',          1,  0,          None,   False),
    ('LOAD_CLOSURE',          1,  1,          None,   False),
    ('LOAD_CLASSDEREF',       1,  1,          None,   False),
    ('LOAD_ATTR',             1,  0,          None,   False),
    ('STORE_ATTR',            1,  -2,         None,   False),
    ('DELETE_ATTR',           1,  -1,         None,   False),
    ('LOAD_METHOD',           1,  1,          None,   False),
    ('CALL_METHOD',           1,  (-1, -1),   None,   False),
    ('BINARY_SUBSCR',         0,  -1,         None,   False),
    ('STORE_SUBSCR',          0,  -3,         None,   False),
    ('DELETE_SUBSCR',         0,  -2,         None,   False),
    ('BINARY_OP',             1,  -1,         None,   False),
    ('INPLACE_OP',            1,  -1,         None,   False),
    ('UNARY_OP',              1,  0,          None,   False),
    ('COMPARE_OP',            1,  -1,         None,   False),
    ('COMPARE_AND_BRANCH',    1,  -2,         -2,     False),   # arg: see pack_branch()
    ('JUMP',                  1,  0,          0,      True),
    ('POP_JUMP_IF_FALSE',     1,  -1,         -1,     False),
    ('POP_JUMP_IF_TRUE',      1,  -1,         -1,     False),
    ('JUMP_IF_FALSE_OR_POP',  1,  -1,         0,      False),
    ('JUMP_IF_TRUE_OR_POP',   1,  -1,         0,      False),
    ('GET_ITER',              0,  0,          None,   False),
    ('FOR_ITER',              1,  1,          -1,     False),
    ('BUILD_TUPLE',           1,  (1, -1),    None,   False),
    ('BUILD_LIST',            1,  (1, -1),    None,   False),
    ('BUILD_MAP',             1,  (1, -2),    None,   False),
    ('BUILD_SET',             1,  (1, -1),    None,   False),
    ('BUILD_SLICE',           1,  (1, -1),    None,   False),
    ('BUILD_STRING',          1,  (1, -1),    None,   False),
    ('LIST_APPEND',           1,  -1,         None,   False),
    ('MAP_ADD',               1,  -2,         None,   False),
    ('SET_ADD',               1,  -1,         None,   False),
    ('LIST_EXTEND',           1,  -1,         None,   False),
    ('DICT_UPDATE',           1,  -1,         None,   False),
    ('DICT_MERGE',            1,  -1,         None,   False),
    ('SET_UPDATE',            1,  -1,         None,   False),
    ('LIST_TO_TUPLE',         0,  0,          None,   False),
    ('UNPACK_SEQUENCE',       1,  (-1, 1),    None,   False),
    ('UNPACK_EX',             1,  None,       None,   False),   # see stack_effect()
    ('FORMAT_VALUE',          1,  None,       None,   False),   # see stack_effect()
    ('CALL_FUNCTION',         1,  (0, -1),    None,   False),
    ('CALL_FUNCTION_KW',      1,  (-1, -1),   None,   False),
    ('CALL_FUNCTION_EX',      1,  (-1, -1),   None,   False),   # arg 1: kwargs dict present
    ('MAKE_FUNCTION',         1,  -2,         None,   False),   # arg: const index of the code
    ('LOAD_BUILD_CLASS',      0,  1,          None,   False),
    ('SETUP_ANNOTATIONS',     0,  0,          None,   False),   # __annotations__ = {}
    ('RETURN_VALUE',          0,  -1,         None,   True),
    ('IMPORT_NAME',           1,  1,          None,   False),
    ('IMPORT_FROM',           1,  1,          None,   False),
    ('RAISE_VARARGS',         1,  (0, -1),    None,   True),
    ('SETUP_FINALLY',         1,  0,          2,      False),
    ('POP_BLOCK',             0,  0,          None,   False),
    ('POP_EXCEPT',            0,  -1,         None,   False),
    ('RERAISE',               0,  -1,         None,   True),
    ('JUMP_IF_NOT_EXC_MATCH', 1,  -2,         -2,     False),
    ('SETUP_WITH',            1,  1,          2,      False),
    ('WITH_EXIT',             0,  -1,         None,   False),
    ('WITH_EXCEPT',           0,  1,          None,   False),
    ('LOAD_ASSERTION_ERROR',  0,  1,          None,   False),
    # generators: YIELD_VALUE suspends the frame with the top value as its result and,
    # resumed, pushes the value sent; YIELD_FROM sends the top value into the iterator
    # below it and suspends with what that yields, re-running itself when resumed,
    # until the iterator returns: then the two are replaced by its return value
    ('YIELD_VALUE',           0,  0,          None,   False),
    ('GET_YIELD_FROM_ITER',   0,  0,          None,   False),
    ('YIELD_FROM',            0,  -1,         None,   False),
    ('IMPORT_STAR',           0,  -1,         None,   False),   # from m import *: pops m
    # the match statement (gclab/objspace/matching.py), as CPython 3.11's: the subject
    # stays below what MATCH_SEQUENCE/MATCH_MAPPING (a bool), GET_LEN (its len) and
    # MATCH_KEYS (the values of the keys tuple on top, or None) push; MATCH_CLASS
    # replaces subject, class and keyword-names tuple by the attributes' tuple or None;
    # COPY_DICT_WITHOUT_KEYS replaces the keys tuple by a dict of the subject's other items
    ('GET_LEN',               0,  1,          None,   False),
    ('MATCH_SEQUENCE',        0,  1,          None,   False),
    ('MATCH_MAPPING',         0,  1,          None,   False),
    ('MATCH_KEYS',            0,  1,          None,   False),
    ('MATCH_CLASS',           1,  -2,         None,   False),   # arg: positional count
    ('COPY_DICT_WITHOUT_KEYS', 0, 0,          None,   False),
    # coroutines (gclab.objspace.generator): GET_AWAITABLE replaces the top value by
    # the iterator an `await` of it delegates to (a YIELD_FROM follows; arg: where the
    # value comes from, generator.AWAIT_EXPR/AENTER/AEXIT, for the error); GET_AITER
    # replaces it by its __aiter__(), GET_ANEXT pushes the awaitable of the iterator's
    # __anext__(); BEFORE_ASYNC_WITH replaces the manager by its __aexit__ and the
    # awaitable of its __aenter__(), and SETUP_ASYNC_WITH, once that is awaited, sets
    # up the block the body's exceptions go to, as SETUP_WITH's
    ('GET_AWAITABLE',         1,  0,          None,   False),
    ('GET_AITER',             0,  0,          None,   False),
    ('GET_ANEXT',             0,  1,          None,   False),
    ('BEFORE_ASYNC_WITH',     0,  1,          None,   False),
    ('SETUP_ASYNC_WITH',      1,  0,          1,      False),
    # try/except* (gclab.objspace.exceptionobject): CHECK_EG_MATCH pops the clause's
    # type and what is left of the exception, and pushes the unmatched rest (None when
    # nothing is left), then the matched part, or jumps without it if nothing matched;
    # ENTER_EG_HANDLER sets up a block whose handler (its target) gets what the
    # clause raises, then enters a handler of the matched part on top (an
    # EXCEPT_HANDLER block, the exception handled before and the part pushed, as an
    # exception caught by SETUP_FINALLY); PREP_RERAISE_STAR pops the list of what
    # the clauses raised and left and the original exception, and pushes what the
    # statement raises, or jumps if nothing
    ('CHECK_EG_MATCH',        1,  0,          -1,     False),
    ('ENTER_EG_HANDLER',      1,  1,          1,      False),
    ('PREP_RERAISE_STAR',     1,  -1,         -2,     False),
    # compile(..., 'single'): an expression statement of the module's code passes its
    # value to sys.displayhook
    ('PRINT_EXPR',            0,  -1,         None,   False),
]

NAMES = [row[0] for row in TABLE]
HAS_ARG = [row[1] for row in TABLE]
JUMPS = [row[3] is not None for row in TABLE]
ENDS_BLOCK = [row[4] for row in TABLE]

for _i in range(len(TABLE)):
    globals()[TABLE[_i][0]] = _i

# operator arguments of BINARY_OP / INPLACE_OP, UNARY_OP and COMPARE_OP
BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
UNOPS = ['-', '+', '~', 'not']
CMPOPS = ['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not']

OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT, \
    OP_AND, OP_OR, OP_XOR, OP_MATMUL = range(len(BINOPS))
UN_NEG, UN_POS, UN_INVERT, UN_NOT = range(len(UNOPS))
CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_IN, CMP_NOT_IN, CMP_IS, CMP_IS_NOT = \
    range(len(CMPOPS))


# COMPARE_AND_BRANCH's arg: bits 0-3 the comparison (an index of CMPOPS), bit 4 set if the
# branch is taken when the comparison is true (clear: when it is false), the target above
BRANCH_CMP_MASK = 0xF
BRANCH_IF_TRUE = 0x10
BRANCH_TARGET_SHIFT = 5


def pack_branch(cmpop, if_true, target):
    arg = (target << BRANCH_TARGET_SHIFT) | cmpop
    if if_true:
        arg |= BRANCH_IF_TRUE
    return arg


# per opcode: how far its arg is shifted left to hold its jump target (0 for plain jumps)
TARGET_SHIFT = [0] * len(TABLE)
TARGET_SHIFT[COMPARE_AND_BRANCH] = BRANCH_TARGET_SHIFT


def jump_target(opcode, arg):
    """The target of a jump instruction."""
    return arg >> TARGET_SHIFT[opcode]


def with_jump_target(opcode, arg, target):
    """arg with its jump target replaced by target (the packed low bits kept)."""
    shift = TARGET_SHIFT[opcode]
    return (target << shift) | (arg & ((1 << shift) - 1))


def _base(effect):
    if isinstance(effect, tuple):
        return effect[0]
    return effect or 0


def _per_arg(effect):
    if isinstance(effect, tuple):
        return effect[1]
    return 0


# flat lists derived from TABLE, usable from RPython
EFFECT_BASE = [_base(row[2]) for row in TABLE]
EFFECT_PER_ARG = [_per_arg(row[2]) for row in TABLE]
JUMP_EFFECT = [row[3] or 0 for row in TABLE]


def stack_effect(op, arg, jump):
    """Stack depth change of one instruction, on the branch taken if jump is True."""
    if jump:
        return JUMP_EFFECT[op]
    if op == UNPACK_EX:            # arg = before | (after << 8); pushes before+after+1
        return (arg & 0xFF) + (arg >> 8)
    if op == FORMAT_VALUE:         # arg & 4: a format spec is on the stack too
        if arg & 4:
            return -1
        return 0
    return EFFECT_BASE[op] + EFFECT_PER_ARG[op] * arg
