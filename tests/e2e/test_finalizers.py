"""__del__ and weak references on every plan (gclab.objspace.finalizers): the finalizer
programs print what python3 prints -- on the 'prompt' plans (refcount) at the same
moments, on the 'collection' plans (tracing) once gc.collect() has run -- or, where the
plans differ by design, the output expected for the plan's finalization
(tests/programs/finalizers/*.<finalization>.out).  'never' (none): only the programs
with a never.out run there.  'conservative' (boehm): a collection may keep a dead object
that a stale word on the C stack seems to point to -- which varies from run to run with
address-space randomization -- so which objects gc.collect() finalizes is not checked;
each program must still run to its end (its last line printed) and exit as python3
does, without an internal error."""

import pytest

import corpus
import plans
from test_translated import binary, run, expected

REPEATS = 5


def expected_for(plan, path):
    """(status, stdout, stderr) the plan must give, or None if its output is not
    checked (see the module's docstring)."""
    status, out, err = expected(path, [])
    special = corpus.finalization_output(path, plan.finalization)
    if special is not None:
        return status, special, err
    if plan.finalization in ('never', 'conservative'):
        return None
    return status, out, err


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
@pytest.mark.parametrize('path', corpus.finalizer_programs(), ids=corpus.program_id)
def test_finalizer_program(plan, path):
    exe = binary(plan)
    want = expected_for(plan, path)
    got_status, got_out, got_err = run([exe, path])
    if want is None:
        status, out, err = expected(path, [])
        assert got_status == status
        assert 'internal error' not in got_err
        assert 'Fatal' not in got_err
        if plan.finalization == 'conservative':
            # it ran to its end: its last line is there, by its label (what the line
            # reports may differ: a conservative collection can keep a dead object)
            label = out.splitlines()[-1].split(':', 1)[0]
            assert label in [line.split(':', 1)[0] for line in got_out.splitlines()]
        return
    status, out, err = want
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
        for i in range(REPEATS):
            got_status, got_out, got_err = run([exe, path])
            if (got_status, got_out) != want[:2]:
                failures.append('%s run %d: exit %d\n%s' % (corpus.program_id(path), i,
                                                            got_status, got_out))
                break
    assert not failures, '\n'.join(failures)


def test_every_expected_output_names_a_finalization():
    import os
    folder = os.path.dirname(corpus.finalizer_programs()[0])
    for name in os.listdir(folder):
        if name.endswith('.out'):
            program, finalization = name[:-len('.out')].rsplit('.', 1)
            assert finalization in plans.FINALIZATIONS, name
            assert os.path.exists(os.path.join(folder, program + '.py')), name
