"""Frames kept for the next call of their code (pycode.REUSE_FRAMES, Frame.recycle):
on the refcount plans, by the code object under a GIL and by the thread free-threaded
(nogil.ACTIVE).  Untranslated, the switches are turned on here: programs print what
python3 prints, and the frames made are far fewer than the calls."""

import os
import subprocess

import pytest

from gclab.gc import nogil
from gclab.interp import pycode
from gclab.interp import frame as framemodule

PROGRAM = os.path.join(os.path.dirname(__file__), 'frame_reuse_program.py')


@pytest.fixture
def counting(monkeypatch):
    made = []
    init = framemodule.Frame.__init__

    def counting_init(self, *args):
        made.append(self)
        init(self, *args)
    monkeypatch.setattr(framemodule.Frame, '__init__', counting_init)
    return made


@pytest.fixture(params=['gil', 'nogil'])
def threading_mode(request, monkeypatch):
    monkeypatch.setattr(nogil, 'ACTIVE', request.param == 'nogil')
    return request.param


def kept_first(space, frame):
    """Whether frame is the first of the frames kept for its code."""
    if nogil.ACTIVE:
        return space.current_ec().kept_frames[frame.code.frame_slot] is frame
    return frame.code.free_frame is frame


def python3_output():
    return subprocess.check_output(['python3', PROGRAM]).decode('utf-8')


def test_reused_frames_give_python3_output(run, monkeypatch, counting, threading_mode):
    monkeypatch.setattr(pycode, 'REUSE_FRAMES', True)
    result = run(path=PROGRAM)
    assert result.status == 0, result.err
    assert result.out == python3_output()
    # fib(15) alone makes 1973 calls, the trees 127 constructions and 127 checks
    assert len(counting) < 200, len(counting)


def test_without_reuse_every_call_makes_a_frame(run, monkeypatch, counting):
    monkeypatch.setattr(pycode, 'REUSE_FRAMES', False)
    result = run(path=PROGRAM)
    assert result.out == python3_output()
    assert len(counting) > 2000


def test_recycled_frame_is_empty(run, monkeypatch, threading_mode):
    monkeypatch.setattr(pycode, 'REUSE_FRAMES', True)
    kept = []
    recycle = framemodule.Frame.recycle

    def checking_recycle(self):
        recycle(self)
        if kept_first(self.space, self):
            kept.append(self)
            assert self.block is None and self.w_handled is None and self.pc == 0
            assert self.sp == len(self.code.varnames)
            assert all(w is None for w in self.locals_w)
    monkeypatch.setattr(framemodule.Frame, 'recycle', checking_recycle)
    result = run(path=PROGRAM)
    assert result.status == 0
    assert len(kept) > 10
