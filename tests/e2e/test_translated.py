"""Tier 4: the corpus on every translated plan, compared with python3.

`make test` translates every working plan first.  A working plan whose binary is missing
fails here (it is not skipped); a plan the registry marks as broken is reported as skipped
with its reason."""

import os
import subprocess

import pytest

import corpus
import plans

BUILD = os.path.join(corpus.ROOT, 'build')
TIMEOUT = 60


def binary(plan):
    if not plan.works():
        pytest.skip('plan %s is marked broken in the registry: %s' % (plan.name, plan.status))
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
    assert out == 'gclab 0.1 (memory-manager plan: %s)\n' % plan.name


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


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_deep_recursion_never_crashes(plan):
    """With a raised limit, deep recursion ends in RecursionError, never a segfault."""
    exe = binary(plan)
    src = ('import sys\nsys.setrecursionlimit(10 ** 7)\n'
           'def f(n):\n    return f(n + 1)\n'
           'try:\n    f(0)\nexcept RecursionError:\n    print("RecursionError")\n')
    status, out, err = run([exe, '-c', src])
    assert (status, out) == (0, 'RecursionError\n'), err
