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


WITH_CM = ('class CM:\n'
           '    def __enter__(self): return self\n'
           '    def __exit__(self, *a): print("exit")\n')


def test_return_in_finally_replaces_the_return_of_try_inside_with(run):
    r = run(WITH_CM +
            'def f():\n'
            '    with CM():\n'
            '        try:\n'
            '            return "r1"\n'
            '        finally:\n'
            '            return "r2"\n'
            'def g():\n'
            '    with CM():\n'
            '        with CM():\n'
            '            try:\n'
            '                raise ValueError\n'
            '            except ValueError:\n'
            '                return "exc"\n'
            '            finally:\n'
            '                try:\n'
            '                    return "r3"\n'
            '                finally:\n'
            '                    print("inner")\n'
            'print(f())\n'
            'print(g())')
    assert (r.status, r.err) == (0, '')
    assert r.out == 'exit\nr2\ninner\nexit\nexit\nr3\n'


def test_break_and_continue_in_finally_cancel_a_return(run):
    r = run(WITH_CM +
            'def f(stop):\n'
            '    n = 0\n'
            '    for i in range(3):\n'
            '        n += 1\n'
            '        try:\n'
            '            return "ret"\n'
            '        finally:\n'
            '            if stop:\n'
            '                break\n'
            '            continue\n'
            '    return n\n'
            'def g():\n'
            '    while True:\n'
            '        with CM():\n'
            '            try:\n'
            '                return "ret"\n'
            '            finally:\n'
            '                break\n'
            '    return "after"\n'
            'print(f(False), f(True), g())')
    assert (r.status, r.err) == (0, '')
    assert r.out == 'exit\n3 1 after\n'


def test_decorator_that_raises_is_reported_on_its_own_line(run):
    source = ('def bad(f):\n'
              '    raise ValueError("bad")\n'
              'def outer(x):\n'
              '    if x:\n'
              '        raise KeyError("outer")\n'
              '    return bad\n'
              'def ok(f): return f\n'
              '%s\n')
    for decorators, line in [('@bad\nclass K:\n    pass', 8),
                             ('@ok\n@bad\n@ok\ndef f(): pass', 9),
                             ('@outer(1)\ndef f(): pass', 8),
                             ('@ok\n@outer(\n    0)\nclass K(\n  object): pass', 9),
                             ('class C:\n    @ok\n    @bad\n    def m(self): pass', 10)]:
        r = run(source % decorators)
        assert r.status == 1
        assert 'File "<string>", line %d, in' % line in r.err


def test_class_cell_reaches_nested_functions(run):
    r = run('class B:\n'
            '    def m(self): return "B"\n'
            'class A(B):\n'
            '    def lam(self): return (lambda: __class__)().__name__\n'
            '    def deep(self):\n'
            '        def g():\n'
            '            def h(): return __class__.__name__\n'
            '            return h()\n'
            '        return g()\n'
            '    def arg(self):\n'
            '        def g(x): return super().m()\n'
            '        return g(self)\n'
            '    def noarg(self):\n'
            '        def g(): return super().m()\n'
            '        return g()\n'
            'a = A()\n'
            'print(a.lam(), a.deep(), a.arg())\n'
            'a.noarg()')
    assert r.out == 'A A B\n'
    assert r.err.endswith('RuntimeError: super(): no arguments\n')


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


def test_relative_import_outside_a_package_is_cpythons_import_error(run):
    r = run('from . import x')
    assert r.status == 1
    assert r.err.endswith('ImportError: attempted relative import with no known parent '
                          'package\n')


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
