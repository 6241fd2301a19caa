import os
import sys

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(TESTS)
for p in [TESTS, os.path.join(ROOT, 'gclab', 'gc')]:
    if p not in sys.path:
        sys.path.insert(0, p)

import pytest  # noqa: E402

import plans  # noqa: E402


def selected_plans():
    """The plans this run tests: GCLAB_TEST_PLANS (set by `make test`, space-separated;
    the plans CI covers unless PLANS= says otherwise), or every working plan."""
    names = os.environ.get('GCLAB_TEST_PLANS', '').split()
    if not names:
        return set(plans.names())
    for name in names:
        try:
            plans.get(name)                 # an unknown name is an error, not a no-op
        except KeyError as e:
            raise pytest.UsageError('GCLAB_TEST_PLANS: %s' % e.args[0])
    return set(names)


# The tests that run the whole corpus (or a program many times) take from 20 s to 4
# minutes each, the others a fraction of a second: the shards share them out by these
# weights (seconds, about as CI measured them) rather than one test in n, which left
# one shard four minutes behind the other.
WEIGHTS = {'test_thread_stress': (25, 80),          # (GIL plan, free-threaded plan)
           'test_corpus_with_collections_forced_often': (40, 60),
           'test_no_leaks_in_corpus_on_refcount_plans': (30, 30),
           'test_finalizers_are_deterministic': (8, 8),
           'test_fuzz_batch_matches_python3': (4, 4)}
DEFAULT_WEIGHT = 0.25


def weight_of(name, free_threaded):
    """The weight of test function `name` on a free-threaded plan or not."""
    gil, nogil = WEIGHTS.get(name, (DEFAULT_WEIGHT, DEFAULT_WEIGHT))
    return nogil if free_threaded else gil


def weight(item):
    name = getattr(item, 'originalname', None) or item.name.split('[')[0]
    callspec = getattr(item, 'callspec', None)
    plan = callspec.params.get('plan') if callspec is not None else None
    return weight_of(name, plan is not None and plan.threading == 'nogil')


def shard():
    """GCLAB_TEST_SHARD="i/n" (set by `make test-translated`, which runs n pytest
    processes side by side): this process runs every n-th selected test from the i-th.
    Collection is deterministic, so the n processes run each test exactly once (split by
    WEIGHTS: pytest_collection_modifyitems)."""
    value = os.environ.get('GCLAB_TEST_SHARD', '')
    if not value:
        return 0, 1
    try:
        i, n = [int(x) for x in value.split('/')]
    except ValueError:
        raise pytest.UsageError('GCLAB_TEST_SHARD: %r is not i/n' % value)
    if not 0 <= i < n:
        raise pytest.UsageError('GCLAB_TEST_SHARD: %r: need 0 <= i < n' % value)
    return i, n


def pytest_collection_modifyitems(config, items):
    """A test of a plan outside GCLAB_TEST_PLANS is deselected (pytest reports how many),
    never run and never counted as passed; so is a test of another shard."""
    chosen = selected_plans()
    i, n = shard()
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, 'callspec', None)
        plan = callspec.params.get('plan') if callspec is not None else None
        if plan is not None and plan.name not in chosen:
            drop.append(item)
        else:
            keep.append(item)
    if n > 1:
        # each test to the shard with the least weight so far (the lowest index on a
        # tie): every process computes the same split of the same collection
        loads = [0.0] * n
        mine = []
        for item in keep:
            k = loads.index(min(loads))
            loads[k] += weight(item)
            if k == i:
                mine.append(item)
            else:
                drop.append(item)
        keep = mine
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
