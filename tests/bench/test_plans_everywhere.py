"""A plan declared in one module appears everywhere plans are listed: the target's
--mm (its --help), `make translate`, `make bench PLANS=`, the harness, the test matrix
and the README's table -- with nothing else edited.

A copy of the repository's code gets one new file, gclab/gc/tiny/plan.py (as
docs/adding-a-plan.md tells a newcomer to write it); every consumer is asked about it.
Nothing is translated (`make -n` shows the commands make would run)."""

import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

TINY = '''
MANAGERS = [
    dict(name='tiny',
         description='A test manager: RPython --gc=none under another name',
         kind='none', rpython_gc='none',
         threading={'gil': 'ok', 'nogil': 'no: a test plan'}),
]
'''


@pytest.fixture(scope='module')
def repo(tmp_path_factory):
    dest = str(tmp_path_factory.mktemp('repo'))
    files = subprocess.check_output(['git', 'ls-files'], cwd=ROOT, text=True).split()
    for rel in files:
        if rel.split('/')[0] in ('gclab', 'tools', 'targets', 'bench', 'tests',
                                  'examples') or \
                rel in ('Makefile', 'versions.mk', 'README.md'):
            os.makedirs(os.path.join(dest, os.path.dirname(rel)), exist_ok=True)
            shutil.copy(os.path.join(ROOT, rel), os.path.join(dest, rel))
    os.makedirs(os.path.join(dest, 'gclab', 'gc', 'tiny'))
    with open(os.path.join(dest, 'gclab', 'gc', 'tiny', 'plan.py'), 'w') as f:
        f.write(TINY)
    return dest


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=300)


def test_plans_tool_lists_it_and_its_axes(repo):
    names = run([sys.executable, 'tools/plans.py', 'names'], repo).stdout.split()
    assert 'tiny' in names
    assert 'tiny-nogil' not in names
    check = run([sys.executable, 'tools/plans.py', 'check', 'tiny-nogil'], repo)
    assert check.returncode == 1 and 'no: a test plan' in check.stdout


def test_readme_table_has_it(repo):
    table = run([sys.executable, 'tools/plans.py', 'table'], repo).stdout
    assert '| `tiny` | none | `--gc=none` | A test manager' in table


def test_make_translate_knows_it(repo):
    out = run(['make', '-n', 'translate', 'MM=tiny'], repo).stdout
    assert 'tools/plans.py check tiny' in out
    out = run(['make', '-n', 'translate-all'], repo).stdout
    assert 'build/gclab-tiny' in out and 'build/gclab-tiny-nogil' not in out


def test_make_bench_takes_it(repo):
    out = run(['make', '-n', 'bench', 'PLANS=tiny'], repo).stdout
    assert 'build/gclab-tiny' in out and '--plans tiny' in out


def test_harness_registry_has_it(repo):
    code = ('import bench; r = bench.load_plans(); p = r.get("tiny"); '
            'print(p.name, p.kind, p.works())')
    out = run([sys.executable, '-c', code], repo)
    assert out.stdout.strip() == 'tiny none True', out.stdout


def test_target_help_lists_it(repo):
    pypy = os.path.join(ROOT, 'tools', 'pypy')
    if not os.path.exists(os.path.join(ROOT, '.toolchain')):
        pytest.fail('no toolchain: run make setup')
    code = 'import sys; sys.argv = ["x"]; import targetgclab; targetgclab.print_help(None)'
    out = run([pypy, '-c', 'import sys; sys.path.insert(0, "targets"); ' + code], repo)
    assert 'tiny ' in out.stdout, out.stdout
    assert 'tiny-nogil' in out.stdout and 'no: a test plan' in out.stdout


def test_test_matrix_has_it(repo):
    out = run([sys.executable, '-m', 'pytest', '--collect-only', '-q', '-p',
               'no:cacheprovider', 'tests/e2e/test_translated.py'], repo).stdout
    assert 'test_version_names_the_plan[tiny]' in out, out[-2000:]
    assert 'test_version_names_the_plan[tiny-nogil]' not in out


def test_a_bad_declaration_is_refused(repo):
    with open(os.path.join(repo, 'gclab', 'gc', 'tiny', 'plan.py'), 'w') as f:
        f.write(TINY.replace("kind='none'", "kind='none', colour='red'"))
    try:
        out = run([sys.executable, 'tools/plans.py', 'names'], repo)
    finally:
        with open(os.path.join(repo, 'gclab', 'gc', 'tiny', 'plan.py'), 'w') as f:
            f.write(TINY)
    assert out.returncode != 0 and "unknown field(s) colour" in out.stdout


def test_make_test_takes_it(repo):
    """A new plan is in CI unless its declaration says why not (field ci)."""
    out = run(['make', '-n', 'translate-test'], repo).stdout
    assert 'build/gclab-tiny' in out and 'build/gclab-tiny-nogil' not in out
    out = run(['make', '-n', 'test-translated'], repo).stdout
    assert 'GCLAB_TEST_PLANS="' in out and ' tiny"' in out, out


def test_ci_covers_every_kind_of_plan():
    """The plans CI leaves out (field ci) are combinations of what it covers: every
    kind, every property of the generated C, every allocator, every headline plan and
    every gc_policy class but those of plans whose reason names the one that covers
    it."""
    sys.path.insert(0, os.path.join(ROOT, 'gclab', 'gc'))
    import plans
    ci = [p for p in plans.PLANS if p.in_ci()]
    left = [p for p in plans.PLANS if not p.in_ci()]
    assert left and ci, 'the test would pass vacuously'
    assert set(p.kind for p in ci) == set(p.kind for p in plans.PLANS)
    assert set(a for p in ci for a in p.properties) == \
        set(a for p in plans.PLANS for a in p.properties)
    assert set(p.allocator for p in ci) == set(p.allocator for p in plans.PLANS)
    assert all(p.in_ci() for p in plans.PLANS if p.headline)
    # the poisoned debug builds of the plain and of the atomic, immortal-skipping counts
    poisoned = set(tuple(p.properties) for p in ci if p.allocator == 'poisoned')
    assert () in poisoned and ('atomic', 'immortal') in poisoned
    for p in left:
        assert p.ci.startswith('no: ') and len(p.ci) > 20, p.name
        if p.gc_policy not in set(q.gc_policy for q in ci):
            assert any(q.name in p.ci for q in ci), (p.name, p.ci)
