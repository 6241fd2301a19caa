"""The free-threaded builds' attribute caches (space.load_attr_shared, store_attr_shared,
lookup_method_shared): immutable entries published by one pointer store.  Untranslated,
nogil.ACTIVE is turned on here: a program whose instances and classes change under the
cached sites prints what python3 prints, and its loops hit entries instead of
publishing one per access."""

import os
import subprocess

import pytest

from gclab.gc import nogil
from gclab.objspace import typeobject

PROGRAM = os.path.join(os.path.dirname(__file__), 'attr_entries_program.py')


def record(monkeypatch, cls, published):
    init = cls.__init__

    def recording_init(self, *args):
        published.append(cls.__name__)
        init(self, *args)
    monkeypatch.setattr(cls, '__init__', recording_init)


@pytest.mark.parametrize('mode', ['gil', 'nogil'])
def test_entries_follow_instance_and_class_changes(run, monkeypatch, mode):
    monkeypatch.setattr(nogil, 'ACTIVE', mode == 'nogil')
    published = []
    for cls in (typeobject.LoadEntry, typeobject.StoreEntry, typeobject.MethodEntry,
                typeobject.CtorEntry):
        record(monkeypatch, cls, published)
    result = run(path=PROGRAM)
    expected = subprocess.check_output(['python3', PROGRAM]).decode('utf-8')
    assert (result.status, result.out) == (0, expected), result.err
    if mode == 'gil':
        assert published == []
    else:
        for kind in ('LoadEntry', 'StoreEntry', 'MethodEntry', 'CtorEntry'):
            assert kind in published, kind


MONOMORPHIC = """
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right
    def check(self):
        return 1 if self.left is None else 1 + self.left.check() + self.right.check()
def make(d):
    return Node(None, None) if d == 0 else Node(make(d - 1), make(d - 1))
print(make(8).check())
"""


def test_hits_publish_nothing(run, monkeypatch):
    # 511 instances made (1,022 attribute stores), 511 checks (511 method loads and
    # 1,021 attribute loads): a handful of entries, one per site, and one remembered
    # constructor for 511 calls of the class
    monkeypatch.setattr(nogil, 'ACTIVE', True)
    published = []
    for cls in (typeobject.LoadEntry, typeobject.StoreEntry, typeobject.MethodEntry,
                typeobject.CtorEntry):
        record(monkeypatch, cls, published)
    result = run(MONOMORPHIC)
    assert (result.status, result.out) == (0, '511\n'), result.err
    assert published.count('CtorEntry') == 1, published
    assert 3 <= len(published) <= 10, published
