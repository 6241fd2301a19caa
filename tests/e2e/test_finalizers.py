"""__del__ on every plan (gclab.objspace.finalizers): the finalizer programs print what
python3 prints -- on the refcount plans at the same moments, on the tracing plans once
gc.collect() has run -- or, where the plans differ by design, the expected output of
their kind (tests/programs/finalizers/*.<kind>.out).  `none` never frees: only the
programs with a none.out run there, and must print exactly that."""

import pytest

import corpus
import plans
from test_translated import binary, run, expected

STRESS_RUNS = 5


def expected_for(plan, path):
    """(status, stdout, stderr) the plan must give, or None if the program does not
    apply to the plan."""
    status, out, err = expected(path, [])
    kind_out = corpus.kind_output(path, plan.kind)
    if kind_out is not None:
        return status, kind_out, err
    if plan.kind == 'none':
        return None
    return status, out, err


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('path', corpus.finalizer_programs(), ids=corpus.program_id)
def test_finalizer_program(plan, path):
    exe = binary(plan)
    want = expected_for(plan, path)
    if want is None:
        pytest.skip('plan %s never frees: its expected output is only given for '
                    'del_timing.py' % plan.name)
    status, out, err = want
    got_status, got_out, got_err = run([exe, path])
    assert got_out == out
    assert got_status == status
    assert corpus.normalize_stderr(got_err) == corpus.normalize_stderr(err)


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_finalizers_are_deterministic(plan):
    """Each finalizer program several times: a collector that keeps a dead object (a
    stale root) or finalizes twice would show as a run that differs."""
    exe = binary(plan)
    failures = []
    for path in corpus.finalizer_programs():
        want = expected_for(plan, path)
        if want is None:
            continue
        for i in range(STRESS_RUNS):
            got_status, got_out, got_err = run([exe, path])
            if (got_status, got_out) != want[:2]:
                failures.append('%s run %d: exit %d\n%s' % (corpus.program_id(path), i,
                                                            got_status, got_out))
                break
    assert not failures, '\n'.join(failures)


def test_every_kind_output_names_a_kind():
    import os
    folder = os.path.dirname(corpus.finalizer_programs()[0])
    for name in os.listdir(folder):
        if name.endswith('.out'):
            program, kind = name[:-len('.out')].rsplit('.', 1)
            assert kind in plans.KINDS, name
            assert os.path.exists(os.path.join(folder, program + '.py')), name
