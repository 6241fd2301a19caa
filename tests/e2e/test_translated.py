"""Tier 4: the corpus on every translated plan, compared with python3.

`make test` translates every working plan first.  A working plan whose binary is missing
fails here (it is not skipped); a plan the registry marks as broken is reported as skipped
with its reason."""

import os
import subprocess

import pytest

import conftest
import corpus
import plans

BUILD = os.path.join(corpus.ROOT, 'build')
TIMEOUT = 60


def binary(plan):
    if not plan.works():
        pytest.skip('plan %s is marked broken in the registry: %s' % (plan.name, plan.status))
    if plan.name not in conftest.selected_plans():
        # only a test that names its plan gets here (a parametrized one is deselected)
        pytest.skip('plan %s is not among this run\'s plans (GCLAB_TEST_PLANS; '
                    'make test PLANS=...)' % plan.name)
    path = os.path.join(BUILD, 'gclab-' + plan.name)
    if not os.path.exists(path):
        pytest.fail('%s is missing: run make translate MM=%s' % (path, plan.name))
    return path


def run(cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=corpus.ROOT, timeout=TIMEOUT)
    return proc.returncode, proc.stdout.decode('utf-8'), proc.stderr.decode('utf-8')


_expected = {}


def expected(path, args):
    key = (path, tuple(args))
    if key not in _expected:
        _expected[key] = corpus.python3_result(path, args)
    return _expected[key]


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('path', corpus.programs(), ids=corpus.program_id)
def test_program_matches_python3(plan, path):
    exe = binary(plan)
    if corpus.uses_threads(path) and not plan.has_threads():
        pytest.skip('plan %s cannot run threads: %s' % (plan.name, plan.threads))
    args = corpus.args_of(path)
    status, out, err = expected(path, args)
    got_status, got_out, got_err = run([exe, path] + args)
    assert got_out == out
    assert got_status == status
    assert corpus.normalize_stderr(got_err) == corpus.normalize_stderr(err)


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_version_names_the_plan(plan):
    status, out, err = run([binary(plan), '--version'])
    assert status == 0
    threading = ', free-threaded' if plan.free_threaded() else ''
    assert out == 'gclab 0.1 (memory-manager plan: %s%s)\n' % (plan.name, threading)


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_bad_input_exits_cleanly(plan, tmp_path):
    exe = binary(plan)
    status, out, err = run([exe, str(tmp_path / 'missing.py')])
    assert status == 2 and "can't open file" in err
    status, out, err = run([exe])
    assert status == 2 and err.startswith('usage: ')
    status, out, err = run([exe, '-c', 'def f(:\n  pass'])
    assert status == 1 and 'SyntaxError' in err
    status, out, err = run([exe, '-c', 'import sys; sys.exit("bye")'])
    assert (status, err) == (1, 'bye\n')
    # an uncaught KeyboardInterrupt: the traceback, then death by SIGINT, as CPython
    status, out, err = run([exe, '-c', 'print("a")\nraise KeyboardInterrupt'])
    assert (status, out) == (-2, 'a\n') and err.endswith('KeyboardInterrupt\n'), err


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_main_module_names_of_c_code_as_python3(plan):
    """-c code's __main__ has CPython's names (no __file__, no __cached__: a script's
    are compared by the corpus, c_main_module_names.py)."""
    code = 'print(sorted(globals()), __spec__, __package__)'
    mine = run([binary(plan), '-c', code])
    cpython = subprocess.run([corpus.PYTHON3, '-c', code], stdout=subprocess.PIPE,
                             cwd=corpus.ROOT, env=corpus.python3_env(), timeout=TIMEOUT)
    assert mine == (0, cpython.stdout.decode('utf-8'), '')


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_deep_recursion_never_crashes(plan):
    """With a raised limit, deep recursion ends in RecursionError, never a segfault."""
    exe = binary(plan)
    src = ('import sys\nsys.setrecursionlimit(10 ** 7)\n'
           'def f(n):\n    return f(n + 1)\n'
           'try:\n    f(0)\nexcept RecursionError:\n    print("RecursionError")\n')
    status, out, err = run([exe, '-c', src])
    assert (status, out) == (0, 'RecursionError\n'), err


RAISED_LIMIT = '''import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def forever(n):
    return forever(n + 1)
sys.setrecursionlimit(5000)
print(depth(4500))
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(100000)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
'''


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_recursion_reaches_a_raised_limit(plan, tmp_path):
    """sys.setrecursionlimit(5000) lets guest code recurse 4,500 deep, as CPython 3.11
    does (the C stack check follows the limit, within the OS's stack); beyond what the
    stack holds, RecursionError.  In the main thread and in another one."""
    exe = binary(plan)
    sources = [RAISED_LIMIT]
    if plan.has_threads():
        sources.append('import threading\ndef body():\n' +
                       ''.join('    ' + line + '\n' for line in RAISED_LIMIT.splitlines()) +
                       't = threading.Thread(target=body)\nt.start()\nt.join()\n')
    for i, source in enumerate(sources):
        path = tmp_path / ('deep%d.py' % i)
        path.write_text(source)
        want = corpus.python3_result(str(path), [])
        assert want[0] == 0 and want[1].startswith('4500\n')
        assert run([exe, str(path)])[:2] == want[:2]


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('source, error', [
    ('x = ' + '(' * 100000 + '1' + ')' * 100000, 'SyntaxError: too many nested parentheses'),
    ('x = ' + '-' * 100000 + '1', 'MemoryError'),
    ('x = ' + 'a.' * 100000 + 'b',
     'RecursionError: maximum recursion depth exceeded during compilation'),
], ids=['parentheses', 'unary-minus', 'attributes'])
def test_too_deeply_nested_source_is_an_error_not_a_crash(plan, source, error, tmp_path):
    """CPython 3.11's errors for sources nested too deeply to compile (gclab's own C
    stack decides where a parser or compiler recursion ends, not CPython's limits)."""
    path = tmp_path / 'nested.py'
    path.write_text(source + '\n')
    status, out, err = run([binary(plan), str(path)])
    assert status == 1 and out == ''
    assert err.rstrip('\n').splitlines()[-1] == error
    nested = ('try:\n    exec(%r)\nexcept (SyntaxError, MemoryError, RecursionError) as e:\n'
              '    print(type(e).__name__)\nprint("after")\n' % source)
    path.write_text(nested)
    assert run([binary(plan), str(path)])[:2] == (0, '%s\nafter\n' % error.split(':')[0])


STDIN_PROGRAMS = os.path.join(corpus.TESTS, 'programs_stdin')
# a UTF-8 line, a CRLF line (sys.stdin keeps '\r', as CPython's on POSIX), no final newline
STDIN = b'W\xc3\xb6rld\nsecond line\r\n21\na\nb\r\nc'


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('name', sorted(os.listdir(STDIN_PROGRAMS)))
def test_stdin_programs_match_python3(plan, name):
    """input() and sys.stdin read what python3 reads from the same stdin."""
    exe = binary(plan)
    path = os.path.join(STDIN_PROGRAMS, name)
    results = []
    for cmd, env in [([corpus.PYTHON3, path], corpus.python3_env()), ([exe, path], None)]:
        proc = subprocess.run(cmd, input=STDIN, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, cwd=corpus.ROOT, env=env,
                              timeout=TIMEOUT)
        results.append((proc.returncode, proc.stdout.decode('utf-8'),
                        proc.stderr.decode('utf-8')))
    assert results[1] == results[0]
    assert 'EOFError' in results[0][1]
