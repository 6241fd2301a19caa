"""Frames kept for the next call of their code (pycode.REUSE_FRAMES, Frame.recycle):
on the GIL builds of the refcount plans.  Untranslated, the switch is turned on here:
programs print what python3 prints, and the frames made are far fewer than the calls."""

import os
import subprocess

import pytest

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


def python3_output():
    return subprocess.check_output(['python3', PROGRAM]).decode('utf-8')


def test_reused_frames_give_python3_output(run, monkeypatch, counting):
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


def test_recycled_frame_is_empty(run, monkeypatch):
    monkeypatch.setattr(pycode, 'REUSE_FRAMES', True)
    kept = []
    recycle = framemodule.Frame.recycle

    def checking_recycle(self):
        recycle(self)
        if self.code.free_frame is self:
            kept.append(self)
            assert self.block is None and self.w_handled is None and self.pc == 0
            assert self.sp == len(self.code.varnames)
            assert all(w is None for w in self.locals_w)
    monkeypatch.setattr(framemodule.Frame, 'recycle', checking_recycle)
    result = run(path=PROGRAM)
    assert result.status == 0
    assert len(kept) > 10
