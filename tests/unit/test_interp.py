"""Untranslated unit tests of the interpreter: small programs, their output and errors."""

import pytest


def test_print_and_arithmetic(run):
    r = run('print(1 + 2 * 3, "a", 7 // 2, 7 % 3, -3)')
    assert (r.status, r.out) == (0, '7 a 3 1 -3\n')


def test_overflow_promotes_to_big_int(run):
    r = run('print(2 ** 62 * 4, 9223372036854775807 + 1)')
    assert r.out == '18446744073709551616 9223372036854775808\n'


def test_print_sep_end(run):
    r = run('print(1, 2, sep="-", end="!\\n")')
    assert r.out == '1-2!\n'


def test_function_defaults_and_keywords(run):
    r = run('def f(a, b=2, *rest, c=5, **kw):\n'
            '    return a + b + c + len(rest) + len(kw)\n'
            'print(f(1), f(1, 1, 9, 9, c=0, z=1))')
    assert r.out == '8 5\n'


def test_missing_argument_message(run):
    r = run('def f(a, b):\n    pass\nf(1)')
    assert r.status == 1
    assert r.err.endswith("TypeError: f() missing 1 required positional argument: 'b'\n")


def test_closures_and_nonlocal(run):
    r = run('def counter():\n'
            '    n = 0\n'
            '    def inc():\n'
            '        nonlocal n\n'
            '        n += 1\n'
            '        return n\n'
            '    return inc\n'
            'c = counter()\n'
            'c()\n'
            'print(c(), c())')
    assert r.out == '2 3\n'


def test_class_with_init_and_method(run):
    r = run('class P:\n'
            '    def __init__(self, x):\n'
            '        self.x = x\n'
            '    def double(self):\n'
            '        return self.x * 2\n'
            'print(P(21).double())')
    assert r.out == '42\n'


def test_try_finally_return_runs_finally(run):
    r = run('def f():\n'
            '    try:\n'
            '        return 1\n'
            '    finally:\n'
            '        print("fin")\n'
            'print(f())')
    assert r.out == 'fin\n1\n'


def test_break_inside_try_finally_in_loop(run):
    r = run('for i in range(5):\n'
            '    try:\n'
            '        if i == 2:\n'
            '            break\n'
            '    finally:\n'
            '        print("f", i)\n'
            'print("done", i)')
    assert r.out == 'f 0\nf 1\nf 2\ndone 2\n'


def test_list_comprehension_uses_enclosing_local(run):
    r = run('def f(k):\n    return [x * k for x in range(4) if x != 2]\nprint(f(3))')
    assert r.out == '[0, 3, 9]\n'


def test_recursion_error_is_catchable(run):
    r = run('import sys\n'
            'sys.setrecursionlimit(50)\n'
            'def f(n):\n    return f(n + 1)\n'
            'try:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)')
    assert r.out == 'caught maximum recursion depth exceeded\n'


def test_sys_exit_string(run):
    r = run('import sys\nsys.exit("bye")')
    assert (r.status, r.err) == (1, 'bye\n')


def test_unknown_module(run):
    r = run('import socket')
    assert r.status == 1
    assert r.err.endswith("ModuleNotFoundError: No module named 'socket'\n")


def test_syntax_error_shape(run):
    r = run('x = (1 +\nprint(x')
    assert r.status == 1
    assert r.err.startswith('  File "<string>", line 2\n    print(x\n')
    assert "SyntaxError: '(' was never closed" in r.err


def test_syntax_error_caret(run):
    r = run('x = 1\nif x\n    pass')
    assert r.err == ('  File "<string>", line 2\n'
                     '    if x\n'
                     '        ^\n'
                     "SyntaxError: expected ':'\n")
    assert r.status == 1


def test_unsupported_feature_is_a_clear_syntax_error(run):
    r = run('async def g():\n    await x')
    assert r.status == 1
    assert 'SyntaxError: async is not supported by gclab' in r.err


@pytest.mark.parametrize('source, message', [
    ('yield 1', "'yield' outside function"),
    ('class C:\n    yield 1', "'yield' outside function"),
    ('def f():\n    return [(yield x) for x in y]', "'yield' inside list comprehension"),
    ('def f():\n    return {(yield x) for x in y}', "'yield' inside set comprehension"),
    ('def f():\n    return ((yield x) for x in y)', "'yield' inside generator expression"),
    ('def f():\n    return {k: (yield) for k in y}', "'yield' inside dict comprehension"),
])
def test_yield_where_cpython_refuses_it(run, source, message):
    r = run(source)
    assert r.status == 1
    assert r.err.endswith('SyntaxError: %s\n' % message)


def test_generator_frames_leave_the_handled_exception_stack_clean(run):
    # a generator suspended inside an except block takes its exception with it
    r = run('import sys\n'
            'def g():\n'
            '    try:\n'
            '        raise KeyError(1)\n'
            '    except KeyError:\n'
            '        yield sys.exception()\n'
            '        yield sys.exception()\n'
            'it = g()\n'
            'print(repr(next(it)), sys.exception())\n'
            'print(repr(next(it)), sys.exception())\n')
    assert (r.status, r.out) == (0, 'KeyError(1) None\nKeyError(1) None\n')


def test_empty_program(run):
    r = run('')
    assert (r.status, r.out, r.err) == (0, '', '')


def test_missing_file(run, tmpdir):
    missing = str(tmpdir.join('nope.py'))
    r = run(path=missing)
    assert r.status == 2
    assert r.err == ("gclab: can't open file '%s': [Errno 2] No such file or directory\n"
                     % missing)


def test_directory_argument(run, tmpdir):
    r = run(path=str(tmpdir))
    assert r.status == 1
    assert "can't find '__main__' module" in r.err


def test_non_utf8_file(run, tmpdir):
    f = tmpdir.join('latin1.py')
    f.write_binary(b'print("caf\xe9")\n')
    r = run(path=str(f))
    assert r.status == 1
    assert r.err.startswith("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ")


def test_version_names_plan(run):
    from gclab.objspace.space import ObjSpace
    from gclab.interp.main import entry_point
    assert entry_point(ObjSpace('refcount'), ['gclab', '--version']) == 0


def test_multiline_bracket_then_block(run):
    r = run('def f(a,\n      b=2):\n    return a + b\n\n\nx = [1,\n     2]\nprint(f(1), x)')
    assert r.out == '3 [1, 2]\n'


@pytest.mark.parametrize('source', [
    'x = 1\nfrom __future__ import division',
    'def f():\n    from __future__ import division',
    'import os; from __future__ import division',
    '"""doc"""\n"""not a docstring"""\nfrom __future__ import division',
])
def test_future_import_only_at_the_start(run, source):
    """CPython's rule; gclab's caret is a single one where CPython underlines the
    statement (docs/language.md)."""
    r = run(source)
    assert r.status == 1
    assert r.err.endswith('SyntaxError: from __future__ imports must occur at the '
                          'beginning of the file\n')


def test_future_import_after_docstring_and_other_future_imports(run):
    r = run('"""doc"""\nfrom __future__ import division\n'
            'from __future__ import annotations, print_function\nprint(7 / 2)')
    assert (r.status, r.out, r.err) == (0, '3.5\n', '')


@pytest.mark.parametrize('source, message', [
    ('(a.b := 1)', 'cannot use assignment expressions with attribute'),
    ('(a[0] := 1)', 'cannot use assignment expressions with subscript'),
    ('(1 := 2)', 'cannot use assignment expressions with literal'),
    ('x := 5', 'invalid syntax'),
    ('[i := 0 for i in range(3)]',
     "assignment expression cannot rebind comprehension iteration variable 'i'"),
    ('class C:\n    [(z := 1) for q in range(2)]',
     'assignment expression within a comprehension cannot be used in a class body'),
    ('[z for z in (w := [1, 2])]',
     'assignment expression cannot be used in a comprehension iterable expression'),
    ('[z for y in [1] for z in (lambda: (q := [3]))()]',
     'assignment expression cannot be used in a comprehension iterable expression'),
])
def test_walrus_errors(run, source, message):
    r = run(source)
    assert r.status == 1
    assert r.err.endswith('SyntaxError: %s\n' % message)
