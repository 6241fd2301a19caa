"""The fuzzer's own tests: the generator, the comparison, the shrinker and the campaign,
with fake binaries (shell scripts) standing in for gclab."""

import ast
import contextlib
import io
import json
import os
import re
import stat
import subprocess
import sys
import warnings

import pytest

from fuzz import __main__ as cli
from fuzz import campaign, gen, runner, shrink

PY = sys.executable if os.path.basename(sys.executable).startswith('python3') else 'python3'


# ---------------------------------------------------------------------------- generator

def test_same_seed_same_program():
    for seed in (0, 1, 7, 123456):
        assert gen.generate(seed) == gen.generate(seed)


def test_different_seeds_different_programs():
    programs = set(gen.generate(seed) for seed in range(20))
    assert len(programs) == 20


def test_the_program_does_not_depend_on_the_process():
    """Same text in a fresh interpreter with another hash seed (no set/dict-of-str order
    or id() inside the generator)."""
    code = 'import sys; sys.path.insert(0, %r); from fuzz import gen; ' \
           'sys.stdout.write(gen.generate(42))' % campaign.ROOT
    env = dict(os.environ, PYTHONHASHSEED='12345')
    other = subprocess.run([PY, '-c', code], stdout=subprocess.PIPE, env=env, check=True)
    assert other.stdout.decode() == gen.generate(42)


def run_py(path, hashseed):
    env = dict(os.environ, PYTHONHASHSEED=str(hashseed))
    return subprocess.run([PY, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, timeout=60)


@pytest.mark.parametrize('seed', range(12))
def test_programs_are_valid_and_deterministic_on_python3(seed, tmp_path):
    src = gen.generate(seed)
    compile(src, 'p.py', 'exec')
    path = str(tmp_path / 'p.py')
    with open(path, 'w') as f:
        f.write(src)
    a, b = run_py(path, 0), run_py(path, 1)
    assert a.returncode in (0, 1), a.stderr.decode()
    assert (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)
    err = a.stderr.decode()
    if a.returncode == 1:
        # only the deliberate uncaught exception of the last line
        assert src.rstrip().splitlines()[-1].startswith('raise ')
    else:
        assert err == ''          # not even a SyntaxWarning
    out = a.stdout.decode()
    assert out.rstrip().splitlines()[-1].startswith('created')
    # what a block reports is an error of the language under test, never a generator bug
    for bug in ('NameError', 'UnboundLocalError', 'SyntaxError', 'RecursionError'):
        assert 'raised %s' % bug not in out and 'caught %s' % bug not in out


def test_programs_exercise_the_advertised_constructs():
    text = ''.join(gen.generate(seed) for seed in range(40))
    for needle in ['class K1(K0)', 'super().__init__', 'nonlocal', 'lambda', 'try:',
                   'except', 'finally:', 'with Ctx(', 'raise ', 'def __add__', 'def __lt__',
                   'for ', 'while ', ' ** ', "f\"", '.format(', '{', 'del ', 'Node(',
                   '.kids', 'd["self"] = d', 'l.append(l)', 'dive(', '*, ', 'break']:
        assert needle in text, needle
    assert re.search(r'\d{30,}', text)        # big int literals


def test_features_switch_constructs_off_and_unknown_ones_are_errors():
    text = ''.join(gen.generate(seed, {'classes': False, 'floats': False}) for seed in range(10))
    assert 'class K' not in text
    floats = [n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant)
              and isinstance(n.value, float)]
    assert floats == []
    with pytest.raises(ValueError):
        gen.generate(1, {'no-such-feature': True})
    with pytest.raises(NotImplementedError):
        gen.generate(1, {'threads': True})


def test_sets_and_generators_by_default_and_switched_off():
    texts = [gen.generate(seed) for seed in range(30)]
    for t in texts:
        compile(t, 'p.py', 'exec')
    assert any('set(' in t for t in texts) and any('yield ' in t for t in texts)
    off = {'sets': False, 'generators': False}
    assert not any('yield ' in gen.generate(seed, off) or 'set(' in gen.generate(seed, off)
                   for seed in range(30))


def test_del_methods_and_weakrefs_when_asked():
    on = {'del_methods': True, 'weakrefs': True}
    texts = [gen.generate(seed, on) for seed in range(30)]
    for t in texts:
        compile(t, 'p.py', 'exec')
    assert all('import weakref' in t for t in texts)
    assert any('def __del__(self):' in t for t in texts)
    assert any('assert self._me() is self' in t for t in texts)
    assert not any('__del__' in gen.generate(seed) for seed in range(30))


def test_future_features_change_nothing_while_off():
    assert gen.generate(5, {'del_methods': False, 'weakrefs': False,
                            'unicode': False}) == gen.generate(5)


def test_unicode_puts_non_ascii_characters_into_strings():
    """'unicode' draws string literals' characters from a larger alphabet (so the
    rest of a seed's program changes too: a draw from it takes other random numbers)."""
    for seed in range(20):
        compile(gen.generate(seed, {'unicode': True}), 'p.py', 'exec')
        assert all(ord(c) < 128 for c in gen.generate(seed))
    assert any(any(ord(c) > 127 for c in gen.generate(seed, {'unicode': True}))
               for seed in range(20))


# ---------------------------------------------------------------------------- comparison

def make_fake(tmp_path, name, script):
    path = tmp_path / name
    path.write_text('#!/bin/sh\n' + script)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


PROGRAM = "print('hello')\nraise KeyError(3)\n"


@pytest.fixture
def program(tmp_path):
    p = tmp_path / 'prog.py'
    p.write_text(PROGRAM)
    return str(p)


def test_identical_behaviour_passes(tmp_path, program):
    exe = make_fake(tmp_path, 'same', 'exec python3 "$1"\n')
    expected = runner.run_python3(program, 10)
    assert (expected.status, expected.out, expected.exc) == (1, 'hello\n', 'KeyError')
    assert runner.compare(expected, runner.run([exe, program], 10)) is None


@pytest.mark.parametrize('script, kind', [
    ('sleep 30\n', 'timeout'),
    ('kill -SEGV $$\n', 'signal-SIGSEGV'),
    ('kill -ABRT $$\n', 'signal-SIGABRT'),
    ('echo "gclab: internal error: boom" >&2; exit 70\n', 'internal-error'),
    ('echo hello; echo extra\n', 'stdout'),
    ('echo hello; exit 1\n', 'exception-type'),
    ('echo hello; echo "ValueError: 3" >&2; exit 1\n', 'exception-type'),
    ('echo hello; echo "KeyError: 3" >&2; exit 2\n', 'exit-status'),
])
def test_failures_are_flagged(tmp_path, program, script, kind):
    exe = make_fake(tmp_path, 'fake', script)
    expected = runner.run_python3(program, 10)
    got = runner.run([exe, program], 1.0)
    assert runner.compare(expected, got) == kind
    if kind == 'timeout':
        assert got.timed_out and got.seconds < 10


def test_same_exception_type_with_another_message_passes(tmp_path, program):
    exe = make_fake(tmp_path, 'fake', 'echo hello; echo "KeyError: 4" >&2; exit 1\n')
    expected = runner.run_python3(program, 10)
    assert runner.compare(expected, runner.run([exe, program], 10)) is None


def test_python3_problems_make_a_program_invalid(tmp_path):
    p = tmp_path / 'bad.py'
    p.write_text('def f(:\n')
    assert 'SyntaxError' in runner.python3_problem(runner.run_python3(str(p), 10))
    p.write_text('print({"a", "b", "c", "d", "e", "f"})\n')   # set order: hash seed
    a, b = runner.run_python3(str(p), 10, 0), runner.run_python3(str(p), 10, 1)
    assert 'deterministic' in runner.python3_problem(a, b)
    p.write_text('import time\ntime.sleep(5)\n')
    assert runner.python3_problem(runner.run_python3(str(p), 0.5)) == 'python3 timed out'


# ---------------------------------------------------------------------------- shrinker

def runs_fine(text):
    """In-process stand-in for 'python3 runs it': no exception escapes."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            code = compile(text, 'cand', 'exec')
        with contextlib.redirect_stdout(io.StringIO()) if sys.stdout is sys.__stdout__ \
                else contextlib.nullcontext():
            exec(code, {'__name__': '__main__'})
        return True
    except Exception:
        return False


def test_shrinker_shrinks_a_synthetic_failure():
    """The 'bug': a binary that miscomputes pow(x, k, m).  The shrunk program still calls
    pow with three arguments, still runs, and is a small fraction of the original."""
    seed = next(s for s in range(100) if 'pow(' in gen.generate(s) and runs_fine(gen.generate(s)))
    src = gen.generate(seed)

    def still_fails(text):
        return re.search(r'\bpow\(', text) is not None and runs_fine(text)

    small, tests = shrink.shrink(src, still_fails, max_tests=3000, seconds=120)
    assert still_fails(small)
    assert len(small) < len(src) / 10, small
    assert len(small.splitlines()) <= 5, small
    assert tests > 1


def test_shrinker_keeps_the_original_when_nothing_smaller_fails():
    src = 'x = 1\nprint(x)\n'
    small, _ = shrink.shrink(src, lambda text: text == src)
    assert small == src


def test_shrinker_unwraps_blocks_and_simplifies_expressions():
    src = ('for i in range(3):\n    if i > 1:\n        try:\n            print((i * 0 + 42) * 2)\n'
           '        finally:\n            pass\n')

    def still_fails(text):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            if not runs_fine(text):
                return False
        return '* 2' in text and '84' in out.getvalue()

    small, _ = shrink.shrink(src, still_fails)
    tree = ast.parse(small)
    assert [type(s).__name__ for s in tree.body] == ['Expr'], small
    assert '* 2' in small and 'i' not in small.replace('print', ''), small


# ---------------------------------------------------------------------------- campaign

BUGGY = '''python3 "$1"
status=$?
if grep -q 'pow(' "$1"; then echo BUG; fi
exit $status
'''


def test_campaign_finds_shrinks_and_reports(tmp_path):
    bins = tmp_path / 'bin'
    bins.mkdir()
    make_fake(bins, 'gclab-incminimark', 'exec python3 "$1"\n')
    make_fake(bins, 'gclab-refcount', BUGGY)
    seeds = [campaign.program_seed(3, i) for i in range(4)]
    buggy = [s for s in seeds if 'pow(' in gen.generate(s)]
    assert buggy and len(buggy) < 4       # seed 3 makes both kinds of program
    results = tmp_path / 'results'
    c = campaign.Campaign(4, 3, ['incminimark', 'refcount'], str(bins), str(results),
                          timeout=30, shrink_max=1, shrink_tests=30, shrink_seconds=60)
    c.run()
    assert not c.ok()
    assert c.counts['incminimark'] == {'programs': 4, 'ok': 4, 'failed': 0}
    assert c.counts['refcount']['failed'] == len(buggy)
    assert c.counts['refcount']['stdout'] == len(buggy)
    assert sorted(f.seed for f in c.failures) == buggy
    summary = json.loads((results / 'summary.json').read_text())
    assert summary['seed'] == 3 and summary['counts'] == c.counts
    shrunk = [f.shrunk for f in c.failures if f.shrunk]
    assert len(shrunk) == 1                  # one per plan and kind of failure
    text = open(shrunk[0]).read()
    original = open(os.path.join(os.path.dirname(shrunk[0]), 'program.py')).read()
    assert 'pow(' in text and len(text) < len(original)
    assert 'FAILURE refcount: stdout' in (results / 'report.txt').read_text()


def test_cli_missing_binary_is_a_usage_error(tmp_path, capsys):
    status = cli.main(['run', '--n', '1', '--plans', 'incminimark', '--bin-dir', str(tmp_path),
                       '--results', str(tmp_path / 'r')])
    assert status == 2
    assert 'gclab-incminimark is missing' in capsys.readouterr().err


def test_cli_unknown_plan_and_feature(tmp_path, capsys):
    assert cli.main(['run', '--plans', 'nosuch', '--bin-dir', str(tmp_path)]) == 2
    assert cli.main(['gen', '1', '--features', '+nosuch']) == 2
    assert cli.main(['gen', '1', '--features=-floats']) == 0


def test_cli_run_passes_on_a_faithful_binary(tmp_path, capsys):
    make_fake(tmp_path, 'gclab-incminimark', 'exec python3 "$1"\n')
    status = cli.main(['run', '--n', '2', '--seed', '9', '--plans', 'incminimark',
                       '--bin-dir', str(tmp_path), '--results', str(tmp_path / 'r')])
    out = capsys.readouterr().out
    assert status == 0, out
    assert re.search(r'incminimark +2 programs +2 ok +0 failed', out)


def test_a_crash_is_shrunk_keeping_the_signal(tmp_path):
    """A fake binary that segfaults on programs calling pow(); the reproducer keeps the
    call and drops the rest, and python3 still runs it."""
    exe = make_fake(tmp_path, 'gclab-x', 'if grep -q "pow(" "$1"; then kill -SEGV $$; fi\n'
                                         'exec python3 "$1"\n')
    src = 'x = 3\nprint(x)\nfor i in range(2):\n    print(pow(i, 2, 5))\ny = [x] * 2\nprint(y)\n'
    path = str(tmp_path / 'p.py')
    with open(path, 'w') as f:
        f.write(src)
    expected = runner.run_python3(path, 10)
    got = runner.run([exe, path], 10)
    kind = runner.compare(expected, got)
    assert kind == 'signal-SIGSEGV'
    failure = campaign.Failure(1, 'x', kind, runner.signature(kind, expected, got),
                               expected, got, src)
    small, tests = campaign.shrink_failure(failure, exe, 10, str(tmp_path), 100, 120)
    assert 'pow(' in small and 'y' not in small and 'print(x)' not in small, small
    assert len(small.splitlines()) <= 2, small
