"""`make test-translated` splits the corpus between pytest processes (GCLAB_TEST_SHARD,
tests/e2e/conftest.py): together they must run every selected test exactly once."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLANS = 'incminimark refcount boehm-nogil'


def collected(shard=None):
    env = dict(os.environ, GCLAB_TEST_PLANS=PLANS)
    env.pop('GCLAB_TEST_SHARD', None)
    if shard is not None:
        env['GCLAB_TEST_SHARD'] = shard
    out = subprocess.run([sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider',
                          '--collect-only', '-q', 'tests/e2e'],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    return [line for line in out.stdout.splitlines() if '::' in line]


def test_shards_partition_the_selected_tests():
    everything = collected()
    assert len(everything) > 100 and len(set(everything)) == len(everything)
    parts = [collected('%d/3' % i) for i in range(3)]
    assert sorted(sum(parts, [])) == sorted(everything)
    # balanced by weight (conftest.WEIGHTS): no shard more than the heaviest test from
    # an even share (plan names with 'nogil' are the free-threaded plans)
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        'e2e_conftest', os.path.join(ROOT, 'tests', 'e2e', 'conftest.py'))
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)

    def weight(nodeid):
        name = nodeid.split('::')[-1].split('[')[0]
        return conftest.weight_of(name, 'nogil' in nodeid)
    loads = [sum(weight(t) for t in p) for p in parts]
    heaviest = max(weight(t) for t in everything)
    assert max(loads) - min(loads) <= heaviest, loads
    assert len(conftest.WEIGHTS) > 0 and heaviest > conftest.DEFAULT_WEIGHT


def test_a_bad_shard_is_refused():
    env = dict(os.environ, GCLAB_TEST_PLANS=PLANS, GCLAB_TEST_SHARD='2/2')
    out = subprocess.run([sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider',
                          '--collect-only', '-q', 'tests/e2e'],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode != 0 and 'GCLAB_TEST_SHARD' in out.stdout + out.stderr
