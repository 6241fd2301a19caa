"""Traceback and frame objects for the guest (RPython): e.__traceback__,
sys.exc_info()[2], sys._getframe().

Neither keeps an interpreter frame (nor its locals) alive.  A W_Traceback wraps the
TracebackEntry chain the exception recorded as it propagated (gclab.interp.error:
code, line, module); a W_Frame is a snapshot of a frame: its code, its line when the
snapshot was made, its module (f_globals) and the snapshot of its caller (f_back).
tb_next, tb_frame are made on first use and kept, so that they keep their identity.

References: a traceback refers to its next traceback (inwards) and to its frame; a
frame to its caller's frame (outwards) and to its module; nothing refers back to a
traceback but an exception (its __traceback__) and the guest.  So no cycle passes
through a traceback except through a module, which lives as long as the program
(as through a function's __globals__): tracebacks are not tracked by the cycle
collector.  A frame snapshot that sys._getframe made holds its frame's locals, which
may come to hold it: those are tracked (W_Frame)."""

from gclab.objspace.objects import W_Root
from gclab.objspace.typeobject import W_ExceptionObject
from gclab.objspace import freethreading, gcslots


class W_Frame(W_Root):
    """A snapshot of a frame: f_code, f_lineno, f_globals, f_back, and f_locals for one
    that sys._getframe made (the frame's locals() when the snapshot was made; None
    for a traceback's frame, whose locals are gone: f_locals is then {})."""
    _attrs_ = ['code', 'lineno', 'w_module', 'w_back', 'w_locals', 'gc_slot']
    _immutable_fields_ = ['code', 'lineno', 'w_module', 'w_back']

    def __init__(self, code, lineno, w_module, w_back, w_locals=None):
        self.code = code
        self.lineno = lineno
        self.w_module = w_module        # its globals (a W_Module)
        self.w_back = w_back            # the caller's snapshot, or None
        # a dict that may come to hold this snapshot (l.append(sys._getframe())):
        # tracked by the cycle collector if the dict or the caller's snapshot is
        # (cyclegc.HOLDER_CLASSES; its clear() drops the dict)
        self.w_locals = w_locals
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_locals, w_back)

    def getclass(self, space):
        return space.w_frame

    def repr(self, space):
        return "<frame at 0x%x, file '%s', line %d, code %s>" % (
            space.id_of(self), self.code.filename, self.lineno, self.code.name)


class W_Traceback(W_Root):
    """One entry of an exception's traceback (outermost first, as CPython's)."""
    _attrs_ = ['entry', 'w_outer_frame', 'w_frame', 'w_next']

    def __init__(self, entry, w_outer_frame):
        self.entry = entry                  # a gclab.interp.error.TracebackEntry
        self.w_outer_frame = w_outer_frame  # the previous entry's frame: f_back
        self.w_frame = None
        self.w_next = None

    def getclass(self, space):
        return space.w_traceback

    def repr(self, space):
        return '<traceback object at 0x%x>' % space.id_of(self)

    # (made under the traceback's lock in free-threaded builds: one object each, and
    # no two stores into a field that would both drop the old value's reference)

    def frame(self):
        held = freethreading.lock(self)
        try:
            w_frame = self.w_frame
            if w_frame is None:
                entry = self.entry
                w_frame = W_Frame(entry.code, entry.lineno, entry.w_module,
                                  self.w_outer_frame)
                self.w_frame = w_frame
        finally:
            freethreading.unlock(self, held)
        return w_frame

    def next_traceback(self):
        w_frame = self.frame()
        held = freethreading.lock(self)
        try:
            w_next = self.w_next
            if w_next is None and self.entry.next is not None:
                w_next = W_Traceback(self.entry.next, w_frame)
                self.w_next = w_next
        finally:
            freethreading.unlock(self, held)
        return w_next


def exception_traceback(space, w_exc):
    """e.__traceback__: the traceback object of the exception's recorded entries (the
    same object while they stay the same), or None."""
    assert isinstance(w_exc, W_ExceptionObject)
    entry = w_exc.traceback
    if entry is None:
        return space.w_None
    w_tb = w_exc.w_tb
    if isinstance(w_tb, W_Traceback) and w_tb.entry is entry:
        return w_tb
    w_tb = W_Traceback(entry, None)
    w_exc.set_traceback_object(entry, w_tb)
    return w_tb


def set_exception_traceback(space, w_exc, w_tb):
    """e.__traceback__ = tb, e.with_traceback(tb): a traceback or None."""
    assert isinstance(w_exc, W_ExceptionObject)
    if w_tb is space.w_None:
        w_exc.set_traceback_object(None, None)
        return
    if not isinstance(w_tb, W_Traceback):
        raise space.error(space.w_TypeError, '__traceback__ must be a traceback or None')
    w_exc.set_traceback_object(w_tb.entry, w_tb)


def frame_snapshots(space, frames, depth):
    """The snapshot of the running frame `depth` calls out from the innermost of
    frames (the thread's running frames, outermost first), with its callers'."""
    from gclab.objspace.execbuiltins import frame_locals
    w_back = None
    for i in range(len(frames) - depth):
        frame = frames[i]
        w_back = W_Frame(frame.code, frame.lineno(), frame.w_module, w_back,
                         frame_locals(space, frame))
    return w_back
