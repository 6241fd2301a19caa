"""The thread corpus on every thread-capable plan: python3's output, and a stress run
(each program 20 times on the free-threaded plans, 5 times under a GIL, each run with a
timeout) that must never crash or hang."""

import os

import pytest

import corpus
import plans
from test_translated import binary, run, expected

# The free-threaded plans run each race program 20 times (issue 13).  Under a GIL the
# threads interleave only where the GIL is released, so repeating finds less there: 3
# runs (CI measured 472 s of its 1106 s of e2e tests in the GIL plans' 20 runs; 5 runs
# still took 25 s per GIL plan).
STRESS_RUNS = 20
STRESS_RUNS_GIL = 3


def thread_binary(plan):
    exe = binary(plan)
    if not plan.has_threads():
        pytest.skip('plan %s cannot run threads: %s' % (plan.name, plan.threads))
    return exe


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('path', corpus.thread_programs(), ids=corpus.program_id)
def test_thread_program_matches_python3(plan, path):
    exe = thread_binary(plan)
    status, out, err = expected(path, [])
    got_status, got_out, got_err = run([exe, path])
    assert got_out == out
    assert got_status == status
    assert corpus.normalize_stderr(got_err) == corpus.normalize_stderr(err)


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_thread_stress(plan):
    exe = thread_binary(plan)
    failures = []
    runs = STRESS_RUNS if plan.threading == 'nogil' else STRESS_RUNS_GIL
    for path in corpus.thread_programs():
        status, out, err = expected(path, [])
        for i in range(runs):
            got_status, got_out, got_err = run([exe, path])
            if (got_status, got_out) != (status, out):
                failures.append('%s run %d: status %d, stdout %r, stderr %r'
                                % (corpus.program_id(path), i, got_status, got_out[-200:],
                                   got_err[-300:]))
    assert not failures, '\n'.join(failures[:5])
