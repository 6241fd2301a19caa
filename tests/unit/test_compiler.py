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
        '         4 COMPARE_AND_BRANCH     320 (<, if false to 10)\n'
        '   3     6 LOAD_FAST              0 (n)\n'
        '         8 RETURN_VALUE\n'
        '   4    10 LOAD_GLOBAL            0 (fib)\n'
        '        12 LOAD_FAST              0 (n)\n'
        '        14 LOAD_CONST             1 (1)\n'
        '        16 BINARY_OP              1 (-)\n'
        '        18 CALL_FUNCTION          1\n'
        '        20 LOAD_GLOBAL            0 (fib)\n'
        '        22 LOAD_FAST              0 (n)\n'
        '        24 LOAD_CONST             0 (2)\n'
        '        26 BINARY_OP              1 (-)\n'
        '        28 CALL_FUNCTION          1\n'
        '        30 BINARY_OP              0 (+)\n'
        '        32 RETURN_VALUE\n'
        '        34 LOAD_CONST             2 (None)\n'
        '        36 RETURN_VALUE\n')


def code_of(text, name):
    """The listing of one code object, without its header line."""
    start = text.index('Disassembly of %s ' % name)
    start = text.index('\n', start) + 1
    end = text.find('\nDisassembly of ', start)
    if end < 0:
        return text[start:]
    return text[start:end + 1]


def test_await_delegates_as_yield_from_and_marks_a_coroutine():
    space = ObjSpace('untranslated')
    code = compile_source(space, 'async def f(a):\n    return await a\n', '<test>')
    text = disassemble(space, code)
    assert code_of(text, 'f') == (
        '   2     0 LOAD_FAST              0 (a)\n'
        '         2 GET_AWAITABLE          0\n'
        '         4 LOAD_CONST             0 (None)\n'
        '         6 YIELD_FROM\n'
        '         8 RETURN_VALUE\n'
        '        10 LOAD_CONST             0 (None)\n'
        '        12 RETURN_VALUE\n')
    from gclab.interp.pycode import CO_COROUTINE, CO_GENERATOR
    f_code = [c for c in code.all_code() if c.name == 'f'][0]
    assert f_code.flags & CO_COROUTINE and not f_code.flags & CO_GENERATOR


def test_async_for_step_catches_stop_async_iteration():
    text = dis('async def g(it):\n'
               '    async for x in it:\n'
               '        pass\n')
    assert code_of(text, 'g') == (
        '   2     0 LOAD_FAST              0 (it)\n'
        '         2 GET_AITER\n'
        '         4 SETUP_FINALLY          16 (to 16)\n'
        '         6 GET_ANEXT\n'
        '         8 LOAD_CONST             0 (None)\n'
        '        10 YIELD_FROM\n'
        '        12 POP_BLOCK\n'
        '        14 JUMP                   32 (to 32)\n'
        '        16 DUP_TOP\n'
        "        18 LOAD_CONST             1 (<class 'StopAsyncIteration'>)\n"
        '        20 JUMP_IF_NOT_EXC_MATCH  30 (to 30)\n'
        '        22 POP_TOP\n'
        '        24 POP_EXCEPT\n'
        '        26 POP_TOP\n'
        '        28 JUMP                   36 (to 36)\n'
        '        30 RERAISE\n'
        '        32 STORE_FAST             1 (x)\n'
        '        34 JUMP                   4 (to 4)\n'
        '        36 LOAD_CONST             0 (None)\n'
        '        38 RETURN_VALUE\n')


def test_while_not_compare_branches_if_true():
    text = dis('def f(a):\n'
               '    while not a >= 10:\n'
               '        a = a + 1\n'
               '    return a\n')
    # the arg packs target 16, "jump if true" (16) and >= (5): 16 << 5 | 16 | 5
    assert code_of(text, 'f') == (
        '   2     0 LOAD_FAST              0 (a)\n'
        '         2 LOAD_CONST             0 (10)\n'
        '         4 COMPARE_AND_BRANCH     533 (>=, if true to 16)\n'
        '   3     6 LOAD_FAST              0 (a)\n'
        '         8 LOAD_CONST             1 (1)\n'
        '        10 BINARY_OP              0 (+)\n'
        '        12 STORE_FAST             0 (a)\n'
        '   2    14 JUMP                   0 (to 0)\n'
        '   4    16 LOAD_FAST              0 (a)\n'
        '        18 RETURN_VALUE\n'
        '        20 LOAD_CONST             2 (None)\n'
        '        22 RETURN_VALUE\n')


def test_chained_compare_in_if_branches_at_every_link():
    text = dis('def f(a):\n'
               '    if 0 < a <= 2:\n'
               '        return 1\n'
               '    return 0\n')
    assert code_of(text, 'f') == (
        '   2     0 LOAD_CONST             0 (0)\n'
        '         2 LOAD_FAST              0 (a)\n'
        '         4 DUP_TOP\n'
        '         6 ROT_THREE\n'
        '         8 COMPARE_AND_BRANCH     512 (<, if false to 16)\n'
        '        10 LOAD_CONST             1 (2)\n'
        '        12 COMPARE_AND_BRANCH     769 (<=, if false to 24)\n'
        '        14 JUMP                   20 (to 20)\n'
        '        16 POP_TOP\n'
        '        18 JUMP                   24 (to 24)\n'
        '   3    20 LOAD_CONST             2 (1)\n'
        '        22 RETURN_VALUE\n'
        '   4    24 LOAD_CONST             0 (0)\n'
        '        26 RETURN_VALUE\n'
        '        28 LOAD_CONST             3 (None)\n'
        '        30 RETURN_VALUE\n')


def test_comprehension_condition_branches_back_to_its_loop():
    text = dis('x = [i for i in range(5) if i != 2]\n')
    assert code_of(text, '<listcomp>') == (
        '   1     0 BUILD_LIST             0\n'
        '         2 LOAD_FAST              0 (.0)\n'
        '         4 FOR_ITER               20 (to 20)\n'
        '         6 STORE_FAST             1 (i)\n'
        '         8 LOAD_FAST              1 (i)\n'
        '        10 LOAD_CONST             0 (2)\n'
        '        12 COMPARE_AND_BRANCH     131 (!=, if false to 4)\n'
        '        14 LOAD_FAST              1 (i)\n'
        '        16 LIST_APPEND            2\n'
        '        18 JUMP                   4 (to 4)\n'
        '        20 RETURN_VALUE\n')


def test_set_display_with_starred_parts_as_cpython():
    # the items before the first starred one make the set; each later one is added
    text = dis('def f(a):\n    return {1, *a, a, *a}\n')
    assert code_of(text, 'f').startswith(
        '   2     0 LOAD_CONST             0 (1)\n'
        '         2 BUILD_SET              1\n'
        '         4 LOAD_FAST              0 (a)\n'
        '         6 SET_UPDATE             1\n'
        '         8 LOAD_FAST              0 (a)\n'
        '        10 SET_ADD                1\n'
        '        12 LOAD_FAST              0 (a)\n'
        '        14 SET_UPDATE             1\n'
        '        16 RETURN_VALUE\n')


def test_set_comprehension_adds_to_its_set():
    text = dis('x = {i for i in range(5)}\n')
    assert code_of(text, '<setcomp>') == (
        '   1     0 BUILD_SET              0\n'
        '         2 LOAD_FAST              0 (.0)\n'
        '         4 FOR_ITER               14 (to 14)\n'
        '         6 STORE_FAST             1 (i)\n'
        '         8 LOAD_FAST              1 (i)\n'
        '        10 SET_ADD                2\n'
        '        12 JUMP                   4 (to 4)\n'
        '        14 RETURN_VALUE\n')


def test_compare_as_a_value_stays_compare_op():
    text = dis('def f(a, b):\n    return a is not b\n')
    assert code_of(text, 'f').startswith(
        '   2     0 LOAD_FAST              0 (a)\n'
        '         2 LOAD_FAST              1 (b)\n'
        '         4 COMPARE_OP             9 (is not)\n'
        '         6 RETURN_VALUE\n')
    assert 'COMPARE_AND_BRANCH' not in text


def test_branch_arg_packing_round_trips():
    for cmpop in range(len(op.CMPOPS)):
        for if_true in (False, True):
            arg = op.pack_branch(cmpop, if_true, 0)
            arg = op.with_jump_target(op.COMPARE_AND_BRANCH, arg, 1234)
            assert op.jump_target(op.COMPARE_AND_BRANCH, arg) == 1234
            assert arg & op.BRANCH_CMP_MASK == cmpop
            assert bool(arg & op.BRANCH_IF_TRUE) == if_true
    assert op.jump_target(op.JUMP, 1234) == 1234
    assert op.with_jump_target(op.JUMP, -1, 40) == 40


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


def test_decorator_calls_have_their_decorators_lines():
    text = dis('@a\n@b(1)\ndef f(): pass\n')
    assert code_of(text, '<module>') == (
        '   1     0 LOAD_GLOBAL            0 (a)\n'
        '   2     2 LOAD_GLOBAL            1 (b)\n'
        '         4 LOAD_CONST             0 (1)\n'
        '         6 CALL_FUNCTION          1\n'
        '   3     8 LOAD_CONST             1 (None)\n'
        '        10 LOAD_CONST             1 (None)\n'
        '        12 LOAD_CONST             1 (None)\n'
        '        14 MAKE_FUNCTION          2 (<code f>)\n'
        '   2    16 CALL_FUNCTION          1\n'
        '   1    18 CALL_FUNCTION          1\n'
        '   3    20 STORE_GLOBAL           2 (f)\n'
        '        22 LOAD_CONST             1 (None)\n'
        '        24 RETURN_VALUE\n'
        '\n')


def test_continue_in_finally_drops_the_pending_return_value():
    text = dis('def f():\n'
               '    for i in x:\n'
               '        try:\n'
               '            return 1\n'
               '        finally:\n'
               '            continue\n')
    assert code_of(text, 'f').startswith(
        '   2     0 LOAD_GLOBAL            0 (x)\n'
        '         2 GET_ITER\n'
        '         4 FOR_ITER               40 (to 40)\n'
        '         6 STORE_FAST             0 (i)\n'
        '   3     8 SETUP_FINALLY          30 (to 30)\n'
        '   4    10 LOAD_CONST             0 (1)\n'
        '        12 POP_BLOCK\n'
        '   6    14 POP_TOP\n'
        '        16 JUMP                   4 (to 4)\n')


@pytest.mark.parametrize('finalbody', ['break', 'continue', 'return 2'])
@pytest.mark.parametrize('body', ['return 1', 'with m:\n                return 1',
                                  'for j in y:\n                return 1'])
def test_returns_leaving_finally_bodies_keep_the_stack_consistent(body, finalbody):
    space = ObjSpace('untranslated')
    compile_source(space, 'def f():\n'
                          '    while x:\n'
                          '        with m:\n'
                          '          try:\n'
                          '            %s\n'
                          '          finally:\n'
                          '            %s\n' % (body, finalbody), 't')


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


def test_star_call_keywords_merge_one_by_one():
    """f(*a, k=1, **d): each keyword merged by DICT_MERGE (so a name given twice is a
    TypeError naming f), and a lone *a is passed as it is (CALL_FUNCTION_EX makes the
    tuple and names f if a is not iterable), as CPython 3.11 compiles them."""
    text = dis('def g(f, a, d):\n'
               '    f(*a, k=1, **d)\n'
               '    f(*a)\n'
               '    f(1, *a)\n')
    assert code_of(text, 'g') == (
        '   2     0 LOAD_FAST              0 (f)\n'
        '         2 LOAD_FAST              1 (a)\n'
        '         4 BUILD_MAP              0\n'
        '         6 LOAD_CONST             0 (\'k\')\n'
        '         8 LOAD_CONST             1 (1)\n'
        '        10 BUILD_MAP              1\n'
        '        12 DICT_MERGE             1\n'
        '        14 LOAD_FAST              2 (d)\n'
        '        16 DICT_MERGE             1\n'
        '        18 CALL_FUNCTION_EX       1\n'
        '        20 POP_TOP\n'
        '   3    22 LOAD_FAST              0 (f)\n'
        '        24 LOAD_FAST              1 (a)\n'
        '        26 CALL_FUNCTION_EX       0\n'
        '        28 POP_TOP\n'
        '   4    30 LOAD_FAST              0 (f)\n'
        '        32 BUILD_LIST             0\n'
        '        34 LOAD_CONST             1 (1)\n'
        '        36 BUILD_LIST             1\n'
        '        38 LIST_EXTEND            1\n'
        '        40 LOAD_FAST              1 (a)\n'
        '        42 LIST_EXTEND            1\n'
        '        44 LIST_TO_TUPLE\n'
        '        46 CALL_FUNCTION_EX       0\n'
        '        48 POP_TOP\n'
        '        50 LOAD_CONST             2 (None)\n'
        '        52 RETURN_VALUE\n')


def test_a_keyword_repeated_beside_star_arguments_is_a_syntax_error():
    for source in ['f(*a, k=1, k=2)', 'f(k=1, **d, k=2)', 'f(k=1, k=2)']:
        with pytest.raises(CompileError) as excinfo:
            dis(source)
        assert excinfo.value.msg == 'keyword argument repeated: k'


def test_annotated_class_body_as_cpython():
    # SETUP_ANNOTATIONS first; the value is stored, then the annotation goes into
    # __annotations__; an attribute target's object and annotation are evaluated and
    # dropped
    text = dis('class C:\n    x: int = 1\n    y: str\n    a.b: int\n')
    assert code_of(text, 'C') == (
        '   1     0 LOAD_NAME              0 (__name__)\n'
        '         2 STORE_NAME             1 (__module__)\n'
        '         4 LOAD_CONST             0 (\'C\')\n'
        '         6 STORE_NAME             2 (__qualname__)\n'
        '         8 SETUP_ANNOTATIONS\n'
        '   2    10 LOAD_CONST             1 (1)\n'
        '        12 STORE_NAME             3 (x)\n'
        '        14 LOAD_NAME              4 (int)\n'
        '        16 LOAD_NAME              5 (__annotations__)\n'
        '        18 LOAD_CONST             2 (\'x\')\n'
        '        20 STORE_SUBSCR\n'
        '   3    22 LOAD_NAME              6 (str)\n'
        '        24 LOAD_NAME              5 (__annotations__)\n'
        '        26 LOAD_CONST             3 (\'y\')\n'
        '        28 STORE_SUBSCR\n'
        '   4    30 LOAD_NAME              7 (a)\n'
        '        32 POP_TOP\n'
        '        34 LOAD_NAME              4 (int)\n'
        '        36 POP_TOP\n'
        '        38 LOAD_CONST             4 (None)\n'
        '        40 RETURN_VALUE\n')


def test_function_annotations_are_strings_under_the_future_import():
    text = dis('from __future__ import annotations\n'
               'def f(a: int | None, b=2) -> list[int]:\n'
               '    v: undefined = 1\n')
    module = code_of(text, '<module>')
    assert "LOAD_CONST             3 ('int | None')" in module
    assert "LOAD_CONST             5 ('list[int]')" in module
    assert 'BUILD_MAP              2\n' in module
    assert 'STORE_ATTR             2 (__annotations__)' in module
    f = code_of(text, 'f')
    assert 'undefined' not in f and 'SETUP_ANNOTATIONS' not in f


def test_annotations_only_in_nested_functions_need_no_dict():
    text = dis('def f():\n    x: int = 1\nclass C:\n    def m(self):\n        y: int = 2\n')
    assert 'SETUP_ANNOTATIONS' not in text


def test_match_sequence_pattern_bytecode():
    text = dis('def f(v):\n'
               '    match v:\n'
               '        case [a, 1]:\n'
               '            return a\n')
    assert code_of(text, 'f') == (
        '   2     0 LOAD_FAST              0 (v)\n'
        '   3     2 DUP_TOP\n'
        '         4 MATCH_SEQUENCE\n'
        '         6 POP_JUMP_IF_FALSE      32 (to 32)\n'
        '         8 GET_LEN\n'
        '        10 LOAD_CONST             0 (2)\n'
        '        12 COMPARE_AND_BRANCH     1026 (==, if false to 32)\n'
        '        14 UNPACK_SEQUENCE        2\n'
        '        16 ROT_TWO\n'                 # a, captured below what is left to match
        '        18 LOAD_CONST             1 (1)\n'
        '        20 COMPARE_AND_BRANCH     1026 (==, if false to 32)\n'
        '        22 STORE_FAST             1 (a)\n'    # bound once the pattern matched
        '        24 POP_TOP\n'
        '   4    26 LOAD_FAST              1 (a)\n'
        '        28 RETURN_VALUE\n'
        '        30 JUMP                   36 (to 36)\n'
        '   3    32 POP_TOP\n'              # a failed test with a and the copy above
        '        34 POP_TOP\n'              # ... the subject
        '        36 LOAD_CONST             2 (None)\n'
        '        38 RETURN_VALUE\n')


def test_match_stack_depths_agree_at_every_join():
    # compute_max_stack raises on a join reached with two depths
    space = ObjSpace('untranslated')
    code = compile_source(space, 'def f(v):\n'
                          '    match v:\n'
                          "        case {'k': [x, *y], **r} | (x, y, r) if x:\n"
                          '            return x\n'
                          '        case P(q, z=[1, (2 | 3) as w]) | {0: (q as w)}:\n'
                          '            return q\n'
                          '        case _:\n'
                          '            return 0\n', 't')
    assert code.max_stack >= 1


def test_except_star_bytecode():
    text = dis('def f():\n'
               '    try:\n'
               '        g()\n'
               '    except* ValueError as e:\n'
               '        h(e)\n')
    assert code_of(text, 'f') == (
        '   2     0 SETUP_FINALLY          12 (to 12)\n'
        '   3     2 LOAD_GLOBAL            0 (g)\n'
        '         4 CALL_FUNCTION          0\n'
        '         6 POP_TOP\n'
        '         8 POP_BLOCK\n'
        '        10 JUMP                   72 (to 72)\n'
        '        12 DUP_TOP\n'                  # [prev, orig, orig]
        '        14 BUILD_LIST             0\n'
        '        16 ROT_TWO\n'                  # [prev, orig, list, orig]
        '   4    18 LOAD_GLOBAL            1 (ValueError)\n'
        '        20 CHECK_EG_MATCH         58 (to 58)\n'   # [.., list, rest, match]
        '        22 ENTER_EG_HANDLER       46 (to 46)\n'   # [.., rest, prev, match]
        '        24 STORE_FAST             0 (e)\n'
        '   5    26 LOAD_GLOBAL            2 (h)\n'
        '        28 LOAD_FAST              0 (e)\n'
        '        30 CALL_FUNCTION          1\n'
        '        32 POP_TOP\n'
        '        34 POP_EXCEPT\n'
        '        36 POP_BLOCK\n'
        '        38 LOAD_CONST             0 (None)\n'
        '        40 STORE_FAST             0 (e)\n'
        '        42 DELETE_FAST            0 (e)\n'
        '        44 JUMP                   58 (to 58)\n'
        '        46 LOAD_CONST             0 (None)\n'     # the clause raised
        '        48 STORE_FAST             0 (e)\n'
        '        50 DELETE_FAST            0 (e)\n'
        '        52 LIST_APPEND            3\n'
        '        54 POP_EXCEPT\n'
        '        56 JUMP                   58 (to 58)\n'
        '        58 LIST_APPEND            1\n'            # the rest
        '        60 PREP_RERAISE_STAR      68 (to 68)\n'
        '        62 ROT_TWO\n'
        '        64 POP_EXCEPT\n'
        '        66 RERAISE\n'
        '        68 POP_EXCEPT\n'
        '        70 JUMP                   72 (to 72)\n'
        '        72 LOAD_CONST             0 (None)\n'
        '        74 RETURN_VALUE\n')


def test_except_star_stack_depths_agree_at_every_join():
    # compute_max_stack raises on a join reached with two depths
    space = ObjSpace('untranslated')
    code = compile_source(space, 'try:\n'
                          '    f()\n'
                          'except* (ValueError, TypeError) as e:\n'
                          '    for x in e.exceptions:\n'
                          '        g(x)\n'
                          'except* KeyError:\n'
                          '    try:\n'
                          '        h()\n'
                          '    except* OSError:\n'
                          '        pass\n'
                          'else:\n'
                          '    k()\n'
                          'finally:\n'
                          '    m()\n', 't')
    # in the KeyError clause (the match popped): prev, orig, list, rest, prev; then the
    # inner statement's prev, orig, list, rest, prev, match on top
    assert code.max_stack == 11


@pytest.mark.parametrize('source, message', [
    ('for x in y:\n    try:\n        pass\n    except* E:\n        break\n',
     "'break', 'continue' and 'return' cannot appear in an except* block"),
    ('for x in y:\n    try:\n        pass\n    except* E:\n        continue\n',
     "'break', 'continue' and 'return' cannot appear in an except* block"),
    ('def f():\n    try:\n        pass\n    except* E:\n        return\n',
     "'break', 'continue' and 'return' cannot appear in an except* block"),
    ('try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n',
     "cannot have both 'except' and 'except*' on the same 'try'"),
    ('try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n',
     "cannot have both 'except' and 'except*' on the same 'try'"),
    ('try:\n    pass\nexcept*:\n    pass\n', 'expected one or more exception types'),
])
def test_except_star_compile_errors(source, message):
    with pytest.raises(CompileError) as info:
        compile_source(ObjSpace('untranslated'), source, '<test>')
    assert info.value.msg == message


def test_loops_and_functions_inside_except_star_may_break_and_return():
    code = compile_source(ObjSpace('untranslated'),
                          'try:\n    pass\nexcept* E:\n    for x in y:\n        break\n'
                          '    def g():\n        return 1\n', '<test>')
    assert code.max_stack >= 6
