"""Tier 4: a fixed-seed batch of generated programs (fuzz/) on every translated plan,
compared with python3: stdout, exit status and exception type; a timeout or a signal
fails.  Sized to stay within about 2-3 minutes over every plan on 2 cores; `make fuzz`
runs larger batches and shrinks what fails.

A working plan whose binary is missing fails here (it is not skipped), as in
test_translated.py."""

import os
import sys

import pytest

import corpus
import plans
from test_translated import binary

if corpus.ROOT not in sys.path:
    sys.path.insert(0, corpus.ROOT)

from fuzz import campaign, gen, runner  # noqa: E402

SEED = 2026
N = 24
TIMEOUT = 60

_expected = {}


def batch(tmp_dir):
    """[(program seed, path, python3's outcome)], generated and run on python3 once."""
    if not _expected:
        for i in range(N):
            seed = campaign.program_seed(SEED, i)
            path = os.path.join(tmp_dir, 'fuzz_%d.py' % seed)
            with open(path, 'w') as f:
                f.write(gen.generate(seed))
            expected = runner.run_python3(path, TIMEOUT)
            problem = runner.python3_problem(expected)
            assert problem is None, 'generator bug: seed %d: %s' % (seed, problem)
            _expected[seed] = (path, expected)
    return sorted(_expected.items())


@pytest.fixture(scope='module')
def programs(tmp_path_factory):
    return batch(str(tmp_path_factory.mktemp('fuzz')))


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_fuzz_batch_matches_python3(plan, programs):
    exe = binary(plan)
    failures = []
    for seed, (path, expected) in programs:
        got = runner.run([exe, path], TIMEOUT)
        kind = runner.compare(expected, got)
        if kind is not None:
            failures.append('seed %d: %s (python3: %s; %s: %s)'
                            % (seed, kind, expected.describe(), plan.name, got.describe()))
    assert not failures, (
        '%d of %d generated programs differ from python3 on %s; reproduce and shrink with\n'
        '  .venv/bin/python -m fuzz gen SEED > p.py && .venv/bin/python -m fuzz shrink p.py '
        '--plans %s\n%s' % (len(failures), len(programs), plan.name, plan.name,
                            '\n'.join(failures)))
