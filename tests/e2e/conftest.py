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


def shard():
    """GCLAB_TEST_SHARD="i/n" (set by `make test-translated`, which runs n pytest
    processes side by side): this process runs every n-th selected test from the i-th.
    Collection is deterministic, so the n processes run each test exactly once."""
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
    mine = [item for k, item in enumerate(keep) if k % n == i]
    if len(mine) < len(keep):
        drop.extend(item for k, item in enumerate(keep) if k % n != i)
        keep = mine
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
