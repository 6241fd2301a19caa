"""The free-threaded builds' class lookup cache (W_Type.lookup_shared): an immutable
snapshot per user class, replaced by a copy on a miss.  Untranslated, nogil.ACTIVE is
turned on here: a program whose classes change as it runs prints what python3 prints,
and the classes it looked names up in hold snapshots."""

import os
import subprocess

from gclab.gc import nogil
from gclab.objspace import typeobject

PROGRAM = os.path.join(os.path.dirname(__file__), 'lookup_snapshot_program.py')


def test_snapshots_follow_class_changes(run, monkeypatch):
    monkeypatch.setattr(nogil, 'ACTIVE', True)
    published = []
    init = typeobject.LookupSnapshot.__init__

    def recording_init(self, version, names_w):
        published.append(sorted(names_w.keys()))
        init(self, version, names_w)
    monkeypatch.setattr(typeobject.LookupSnapshot, '__init__', recording_init)
    result = run(path=PROGRAM)
    expected = subprocess.check_output(['python3', PROGRAM]).decode('utf-8')
    assert (result.status, result.out) == (0, expected), result.err
    # misses publish snapshots; the 200 calls of extra() in the last loop hit one
    assert any('extra' in names for names in published)
    assert len(published) < 60, len(published)


def test_without_free_threading_no_snapshot_is_made(run, monkeypatch):
    published = []
    monkeypatch.setattr(typeobject.LookupSnapshot, '__init__',
                        lambda self, version, names_w: published.append(1))
    result = run(path=PROGRAM)
    assert result.status == 0, result.err
    assert published == []
