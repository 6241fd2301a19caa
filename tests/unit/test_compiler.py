"""Compiler tests: the disassembly of small functions, and the stack-depth computation."""

import pytest

from gclab.interp.compiler import compile_source, compute_max_stack
from gclab.interp.disasm import disassemble
from gclab.interp.error import CompileError
from gclab.interp import opcodes as op
from gclab.objspace.space import ObjSpace


def dis(source):
    space = ObjSpace('untranslated')
    return disassemble(space, compile_source(space, source, '<test>'))


def test_fib_bytecode():
    text = dis('def fib(n):\n'
               '    if n < 2:\n'
               '        return n\n'
               '    return fib(n - 1) + fib(n - 2)\n')
    fib = text[text.index('Disassembly of fib'):]
    assert fib == (
        'Disassembly of fib (max stack 4):\n'
        '   2     0 LOAD_FAST              0 (n)\n'
        '         2 LOAD_CONST             0 (2)\n'
        '         4 COMPARE_OP             0 (<)\n'
        '         6 POP_JUMP_IF_FALSE      12 (to 12)\n'
        '   3     8 LOAD_FAST              0 (n)\n'
        '        10 RETURN_VALUE\n'
        '   4    12 LOAD_GLOBAL            0 (fib)\n'
        '        14 LOAD_FAST              0 (n)\n'
        '        16 LOAD_CONST             1 (1)\n'
        '        18 BINARY_OP              1 (-)\n'
        '        20 CALL_FUNCTION          1\n'
        '        22 LOAD_GLOBAL            0 (fib)\n'
        '        24 LOAD_FAST              0 (n)\n'
        '        26 LOAD_CONST             0 (2)\n'
        '        28 BINARY_OP              1 (-)\n'
        '        30 CALL_FUNCTION          1\n'
        '        32 BINARY_OP              0 (+)\n'
        '        34 RETURN_VALUE\n'
        '        36 LOAD_CONST             2 (None)\n'
        '        38 RETURN_VALUE\n')


def test_method_call_uses_load_method():
    text = dis('x = []\nx.append(1)\n')
    assert 'LOAD_METHOD            1 (append)' in text
    assert 'CALL_METHOD            1' in text


def test_chained_comparison_and_names():
    text = dis('a = 1\nprint(0 < a < 2)\n')
    assert text.count('COMPARE_OP             0 (<)') == 2
    assert 'JUMP_IF_FALSE_OR_POP' in text


def test_closure_cells():
    text = dis('def f():\n    x = 1\n    def g():\n        return x\n    return g\n')
    assert 'STORE_DEREF            0 (x)' in text
    assert 'LOAD_CLOSURE           0 (x)' in text
    assert 'LOAD_DEREF             0 (x)' in text


def test_max_stack_follows_the_table():
    code = [op.LOAD_CONST, 0, op.LOAD_CONST, 0, op.LOAD_CONST, 0, op.BUILD_TUPLE, 3,
            op.RETURN_VALUE, 0]
    assert compute_max_stack(code, 1) == 3


def test_max_stack_of_exception_handler():
    space = ObjSpace('untranslated')
    code = compile_source(space, 'try:\n    pass\nexcept ValueError as e:\n    pass\n', 't')
    assert code.max_stack == 4     # prev, exc, exc copy, type


def test_every_opcode_row_is_well_formed():
    names = set()
    for name, takes_arg, effect, jump, ends in op.TABLE:
        assert name not in names
        names.add(name)
        assert takes_arg in (0, 1)
        assert ends in (True, False)
        assert jump is None or isinstance(jump, int)


@pytest.mark.parametrize('source, message', [
    ('break\n', "'break' outside loop"),
    ('return 1\n', "'return' outside function"),
    ('f() = 1\n', "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
    ('def f(a, a): pass\n', "duplicate argument 'a' in function definition"),
    ('x = [i for i in range(3)\n', "'[' was never closed"),
])
def test_compile_errors(source, message):
    with pytest.raises(CompileError) as info:
        compile_source(ObjSpace('untranslated'), source, '<test>')
    assert info.value.msg == message
