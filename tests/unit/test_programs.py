"""Tier 3, untranslated: every corpus program, run by the interpreter on the PyPy host,
prints what python3 prints and exits with the same status."""

import pytest

import corpus


# programs that start threads need a binary translated with --thread: see tests/e2e
@pytest.mark.parametrize('path', corpus.programs(with_threads=False), ids=corpus.program_id)
def test_program_matches_python3(run, path):
    args = corpus.args_of(path)
    status, out, err = corpus.python3_result(path, args)
    result = run(path=path, args=args)
    assert result.out == out
    assert result.status == status
    assert corpus.normalize_stderr(result.err) == corpus.normalize_stderr(err)
