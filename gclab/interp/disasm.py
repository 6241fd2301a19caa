"""Disassembler derived from the opcode table (RPython, so the binary can use it too)."""

from gclab.interp import opcodes as op
from gclab.interp.pycode import PyCode
from gclab.interp.util import rjust, ljust


def arg_note(space, code, opcode, arg):
    name = op.NAMES[opcode]
    if opcode == op.LOAD_CONST or opcode == op.MAKE_FUNCTION:
        w_const = code.consts_w[arg]
        if isinstance(w_const, PyCode):
            return '<code %s>' % w_const.name
        return space.repr_str(w_const)
    if name.endswith('_FAST'):
        return code.varnames[arg]
    if name in ('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE',
                'LOAD_CLASSDEREF'):
        if arg < len(code.cellvars):
            return code.cellvars[arg]
        return code.freevars[arg - len(code.cellvars)]
    if name in ('LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'STORE_NAME',
                'DELETE_NAME', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
                'IMPORT_NAME', 'IMPORT_FROM'):
        return code.names[arg]
    if opcode == op.BINARY_OP or opcode == op.INPLACE_OP:
        return op.BINOPS[arg]
    if opcode == op.UNARY_OP:
        return op.UNOPS[arg]
    if opcode == op.COMPARE_OP:
        return op.CMPOPS[arg]
    if opcode == op.COMPARE_AND_BRANCH:
        sense = 'false'
        if arg & op.BRANCH_IF_TRUE:
            sense = 'true'
        return '%s, if %s to %d' % (op.CMPOPS[arg & op.BRANCH_CMP_MASK], sense,
                                    op.jump_target(opcode, arg))
    if op.JUMPS[opcode]:
        return 'to %d' % arg
    return ''


def disassemble(space, code, recursive=True):
    """Text listing of code: line, offset, opcode name, argument and its meaning."""
    out = ['Disassembly of %s (max stack %d):\n' % (code.name, code.max_stack)]
    last_line = -1
    pc = 0
    while pc < len(code.code):
        opcode = code.code[pc]
        arg = code.code[pc + 1]
        line = code.line_at(pc)
        lineno = '    '
        if line != last_line:
            lineno = rjust(str(line), 4)
            last_line = line
        head = lineno + ' ' + rjust(str(pc), 5) + ' '
        if op.HAS_ARG[opcode]:
            note = arg_note(space, code, opcode, arg)
            text = ljust(op.NAMES[opcode], 22) + ' ' + str(arg)
            if note:
                text += ' (' + note + ')'
            out.append(head + text + '\n')
        else:
            out.append(head + op.NAMES[opcode] + '\n')
        pc += 2
    if recursive:
        for w_const in code.consts_w:
            if isinstance(w_const, PyCode):
                out.append('\n')
                out.append(disassemble(space, w_const, True))
    return ''.join(out)
