import os
import sys

import pytest

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(TESTS)
for p in [ROOT, TESTS]:
    if p not in sys.path:
        sys.path.insert(0, p)

# untranslated, each guest call takes a few host frames: let guest recursion reach its
# own limit (sys.getrecursionlimit() of the guest, 1000) before the host's
sys.setrecursionlimit(max(sys.getrecursionlimit(), 30000))


class Result(object):
    def __init__(self, status, out, err):
        self.status = status
        self.out = out
        self.err = err


@pytest.fixture
def run(capfd):
    """run(source_or_path, args) -> Result: the untranslated interpreter, in-process."""
    from gclab.objspace.space import ObjSpace
    from gclab.interp.main import entry_point

    def run(source=None, path=None, args=()):
        space = ObjSpace('untranslated')
        capfd.readouterr()
        if path is not None:
            status = entry_point(space, ['gclab', path] + list(args))
        else:
            status = entry_point(space, ['gclab', '-c', source] + list(args))
        out, err = capfd.readouterr()
        return Result(status, out, err)
    return run
