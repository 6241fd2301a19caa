"""The corpus comparison itself (tests/corpus.py): what normalize_stderr keeps, and the
python3 it compares with."""

import os

import pytest

import corpus

RUNTIME_ERROR = '''Traceback (most recent call last):
  File "p.py", line 2, in <module>
    x = 1 / 0
        ~~^~~
ZeroDivisionError: division by zero
'''

SYNTAX_ERROR = '''  File "p.py", line 3
    def f(x)
            ^
SyntaxError: expected ':'
'''


def test_traceback_position_markers_are_kept_and_compared():
    """gclab prints CPython 3.11's ~~~^^^ markers: a marker line that differs fails."""
    assert corpus.normalize_stderr(RUNTIME_ERROR) == RUNTIME_ERROR.rstrip('\n')
    moved = RUNTIME_ERROR.replace('~~^~~', '~^~~~')
    assert corpus.normalize_stderr(moved) != corpus.normalize_stderr(RUNTIME_ERROR)
    missing = RUNTIME_ERROR.replace('        ~~^~~\n', '')
    assert corpus.normalize_stderr(missing) != corpus.normalize_stderr(RUNTIME_ERROR)


def test_a_threading_frame_is_dropped_with_its_source_and_markers():
    report = ('Traceback (most recent call last):\n'
              '  File "<gclab threading>", line 452, in _invoke_excepthook\n'
              '    hook(args)\n'
              '    ^^^^^^^^^^\n'
              '  File "p.py", line 2, in <module>\n'
              '    x = 1 / 0\n'
              '        ~~^~~\n')
    assert corpus.normalize_stderr(report) == ('Traceback (most recent call last):\n'
                                               '  File "p.py", line 2, in <module>\n'
                                               '    x = 1 / 0\n'
                                               '        ~~^~~')


def test_syntax_error_caret_is_kept_and_compared():
    """A caret one column off fails the comparison (before: every caret line was
    dropped on both sides, so a syntax error's column could never fail)."""
    assert corpus.normalize_stderr(SYNTAX_ERROR) == SYNTAX_ERROR.rstrip('\n')
    moved = SYNTAX_ERROR.replace('            ^', '           ^')
    assert corpus.normalize_stderr(moved) != corpus.normalize_stderr(SYNTAX_ERROR)
    ranged = SYNTAX_ERROR.replace('            ^', '        ^^^^^')
    assert corpus.normalize_stderr(ranged) != corpus.normalize_stderr(SYNTAX_ERROR)
    for kind in ('IndentationError: unexpected indent', 'TabError: inconsistent use'):
        other = SYNTAX_ERROR.replace("SyntaxError: expected ':'", kind)
        assert '            ^' in corpus.normalize_stderr(other)


def fake_python3(tmpdir, says):
    path = tmpdir.join('python3')
    path.write('#!/bin/sh\necho "%s"\n' % says)
    os.chmod(str(path), 0o755)
    return str(path)


def test_the_python3_compared_with_is_cpython_3_11():
    assert corpus.check_python3()[:2] == (3, 11)


@pytest.mark.parametrize('says, message', [
    ('3 12 1 CPython', 'is CPython 3.12.1'),
    ('3 11 7 PyPy', 'is PyPy 3.11.7'),
    ('garbage', 'does not say its version'),
])
def test_another_python3_is_refused_clearly(tmpdir, says, message):
    exe = fake_python3(tmpdir, says)
    with pytest.raises(corpus.WrongPython3) as excinfo:
        corpus.check_python3(exe)
    assert 'the corpus is compared with' in str(excinfo.value)
    assert message in str(excinfo.value)


def test_a_missing_python3_is_refused_clearly(tmpdir):
    with pytest.raises(corpus.WrongPython3) as excinfo:
        corpus.check_python3(str(tmpdir.join('nowhere')))
    assert 'cannot run' in str(excinfo.value)


def test_python3_runs_without_the_hosts_python_path(tmpdir):
    """The untranslated tier runs under tools/env.sh's PYTHONPATH (RPython, the host's
    Python 2 packages): python3 must not see it (it imported the Python 2 `typing`
    backport from there and failed)."""
    prog = tmpdir.join('p.py')
    prog.write('import os, typing\nprint(os.environ.get("PYTHONPATH"), typing.List[int])\n')
    status, out, err = corpus.python3_result(str(prog), [])
    assert (status, out) == (0, 'None typing.List[int]\n'), err
