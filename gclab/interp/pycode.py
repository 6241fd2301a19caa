"""Compiled code objects (RPython)."""

from rpython.rlib.objectmodel import compute_hash

from gclab.gc import nogil
from gclab.gc.refcounting import deferred
from gclab.interp import opcodes as op
from gclab.objspace import freethreading
from gclab.objspace.objects import W_Root
from gclab.objspace.typeobject import AttrCache

CO_VARARGS = 1
CO_VARKEYWORDS = 2
CO_GENERATOR = 0x20     # CPython's value: calling the function makes a generator
CO_COROUTINE = 0x80     # CPython's value: calling it makes a coroutine (async def)
CO_ASYNC_GENERATOR = 0x200  # CPython's: an async def with yield, an asynchronous generator


def nonneg(x):
    assert x >= 0
    return x


class GlobalEntry(object):
    """One LOAD_GLOBAL cache entry of a free-threaded build: a value and the module
    version it was found at, never changed once made, so that one pointer store
    publishes both (a reader cannot pair one thread's version with another's value).
    A replaced entry is freed only when no thread can still be reading it (the
    refcount plans: gclab/gc/refcounting/deferred.py; the others trace)."""
    _immutable_fields_ = ['version', 'w_value']

    def __init__(self, version, w_value):
        self.version = version
        self.w_value = w_value


NO_ENTRY = GlobalEntry(0, None)         # (module versions start at 1)


class FrameRecording(object):
    """Whether the running frames are recorded (ExecutionContext.frames, read by
    sys._getframe): from the moment code naming `_getframe` is compiled (the program,
    or a library module such as inspect or logging as it is imported), so that a
    program that never asks for a frame pays nothing per call for it (a frame pushed
    and cleared at every call took 2-4% of fib's instructions on the refcount plans).
    Frames already running then are not recorded: a sys._getframe() chain stops
    below them (docs/language.md)."""
    def __init__(self):
        self.on = False


FRAME_RECORDING = FrameRecording()


# Whether a call's frame is kept for the next call of its code (Frame.recycle): on the
# GIL builds of the refcount plans (accounting.configure), as CPython before 3.11 kept
# one "zombie" frame per code object.  On those plans a frame and its values array cost
# two allocations, their zeroing, and the release of every field at each call; on the
# tracing plans a frame is a nursery allocation, and a kept (old) frame would cost a
# write barrier at every store into its locals.  Free-threaded builds keep them per
# thread (ExecutionContext.kept_frames), in FRAME_SLOTS slots chosen by code object.
REUSE_FRAMES = False
MAX_FREE_FRAMES = 16    # kept per code object (and thread), at most
FRAME_SLOTS = 64        # free-threaded: each thread's slots of kept frames


# An instruction's position beyond its line, for a traceback's ~~~^^^ markers: the lines
# its expression spans after the first, and its first and end columns (UTF-8 bytes, as
# CPython's col_offset and end_col_offset).
POSITION_COLUMN_BITS = 16
POSITION_COLUMN_MASK = (1 << POSITION_COLUMN_BITS) - 1


def pack_position(lineno, col, end_lineno, end_col):
    """-1 when the expression has no recorded end or does not fit."""
    if end_lineno < lineno or col < 0 or end_col < 0 or \
            col > POSITION_COLUMN_MASK or end_col > POSITION_COLUMN_MASK or \
            end_lineno - lineno > 0x7fff:
        return -1
    return (((end_lineno - lineno) << (2 * POSITION_COLUMN_BITS)) |
            (col << POSITION_COLUMN_BITS) | end_col)


def position_extra_lines(position):
    return position >> (2 * POSITION_COLUMN_BITS)


def position_col(position):
    return (position >> POSITION_COLUMN_BITS) & POSITION_COLUMN_MASK


def position_end_col(position):
    return position & POSITION_COLUMN_MASK


class PyCode(W_Root):
    """Bytecode of one module, function, class body, lambda or comprehension.
    It is a W_Root only so that it can sit in another code object's constants."""

    # (set while the code object is made, never after: the refcount plans read them,
    # and the items of consts_w and names, without a count update --
    # gclab/gc/refcounting/elide.py, pass 1)
    _immutable_fields_ = ['name', 'qualname', 'filename', 'firstlineno', 'argcount', 'kwonlyargcount',
                          'flags', 'code', 'lines', 'positions', 'consts_w[*]', 'names[*]',
                          'varnames', 'cellvars', 'freevars', 'cell_args',
                          'max_stack', 'global_cache_w', 'global_versions', 'global_entries',
                          'attr_caches', 'has_cleanup', 'doc', 'posonlyargcount',
                          'frame_reusable', 'frame_slot']

    # the frames its calls left (REUSE_FRAMES: Frame.recycle), chained through their
    # next_free, and how many
    free_frame = None
    free_frames = 0

    def __init__(self, name, filename, firstlineno, argcount, kwonlyargcount, flags,
                 code, lines, consts_w, names, varnames, cellvars, freevars, cell_args,
                 max_stack, qualname=None):
        self.name = name
        # CPython's __qualname__ (C.f, f.<locals>.g), from the compiler
        self.qualname = qualname if qualname is not None else name
        self.doc = None                     # a function's docstring, set by the compiler
        self.posonlyargcount = 0            # (set by the compiler too) the first ones
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = argcount            # positional parameters
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        # list of ints: opcode, arg, opcode, arg, ...; known non-negative to RPython, so
        # that the dispatch loop's indexing with them needs no negative-index check
        self.code = [nonneg(x) for x in code]
        # a try or with block: a generator of this code is closed when it dies while
        # suspended (gclab.objspace.finalizers)
        self.has_cleanup = False
        for i in range(0, len(code), 2):
            if code[i] == op.SETUP_FINALLY or code[i] == op.SETUP_WITH or \
                    code[i] == op.SETUP_ASYNC_WITH:
                self.has_cleanup = True
        self.lines = lines                  # source line of each instruction (len(code)/2)
        # the columns of each instruction's expression (pack_position), or -1: set by
        # the compiler after it makes the code object
        self.positions = []
        self.consts_w = consts_w
        self.names = names                  # global, attribute and module names
        if not FRAME_RECORDING.on and '_getframe' in names:
            FRAME_RECORDING.on = True
        self.varnames = varnames            # fast locals; parameters first
        self.cellvars = cellvars
        self.freevars = freevars
        self.cell_args = cell_args          # for each cellvar, the parameter index or -1
        # a frame of this code can serve its next call (Frame.recycle): no cells (a
        # call's cells are its own), not a generator's or coroutine's (the frame lives
        # on in the generator)
        self.frame_reusable = (len(cellvars) == 0 and len(freevars) == 0 and
                               flags & (CO_GENERATOR | CO_COROUTINE |
                                        CO_ASYNC_GENERATOR) == 0)
        # free-threaded builds: the slot of a thread's kept frames that this code's
        # use (a hash: two code objects may share one, and then take turns)
        self.frame_slot = (compute_hash(self.qualname) ^ firstlineno) & (FRAME_SLOTS - 1)
        self.max_stack = max_stack
        # LOAD_GLOBAL's cache, one entry per name: the value found, valid while the
        # module's version is the one recorded (versions are never reused)
        self.global_cache_w = [None] * len(names)
        self.global_versions = [0] * len(names)
        self.global_cache_used = False      # registered in its module's cache_users
        self.builtins_cache_used = False    # ... and in the builtins module's: it holds a
                                            # builtin (forgotten when builtins changes)
        # the same cache in free-threaded builds: one immutable entry per name
        if nogil.ACTIVE:
            self.global_entries = [NO_ENTRY] * len(names)
        else:
            self.global_entries = None
        # LOAD_ATTR's, STORE_ATTR's and LOAD_METHOD's caches, one per name
        self.attr_caches = [AttrCache() for _ in names]

    def all_code(self):
        """This code object and every one nested in its constants."""
        result = [self]
        for w_const in self.consts_w:
            if isinstance(w_const, PyCode):
                result.extend(w_const.all_code())
        return result

    def immortalize_arrays(self):
        """Free-threaded immortal plans, when the first thread starts: the arrays every
        call of this code reads (gclab.objspace.threads.immortalize_shared)."""
        deferred.immortalize_array(self.code)
        deferred.immortalize_array(self.consts_w)
        deferred.immortalize_array(self.names)
        deferred.immortalize_array(self.varnames)
        deferred.immortalize_array(self.cellvars)
        deferred.immortalize_array(self.freevars)
        deferred.immortalize_array(self.cell_args)
        deferred.immortalize_array(self.attr_caches)
        if self.global_entries is not None:
            deferred.immortalize_array(self.global_entries)

    def clear_global_cache(self):
        # under the code object's lock, as the free-threaded cache's fillers store
        # (frame.fill_global_entry): two unlocked stores into one slot would both drop
        # the entry they replace (found by race_refcounts.py on biased-refcount-nogil)
        held = freethreading.lock(self)
        try:
            self._empty_global_cache()
            self.global_cache_used = False
        finally:
            freethreading.unlock(self, held)

    def forget_global_values(self):
        """The builtins module changed: forget every cached value (the entries of
        builtins among them), staying registered with the code's own module."""
        held = freethreading.lock(self)
        try:
            self._empty_global_cache()
            self.builtins_cache_used = False
        finally:
            freethreading.unlock(self, held)

    def _empty_global_cache(self):
        for i in range(len(self.names)):
            self.global_cache_w[i] = None
            self.global_versions[i] = 0
            if nogil.ACTIVE:
                self.global_entries[i] = NO_ENTRY

    def clear_caches(self):
        """Forget the cached globals and attributes: they may hold the program's
        functions and classes in reference cycles (function -> code -> cache ->
        function), which the refcount plans would never free."""
        self.clear_global_cache()
        for i in range(len(self.names)):
            self.attr_caches[i] = AttrCache()
        # (code -> kept frame -> code is a cycle too; the kept frames, chained through
        # next_free, go with the first)
        self.free_frame = None
        self.free_frames = 0

    def total_params(self):
        n = self.argcount + self.kwonlyargcount
        if self.flags & CO_VARARGS:
            n += 1
        if self.flags & CO_VARKEYWORDS:
            n += 1
        return n

    def line_at(self, pc):
        """Source line of the instruction at code index pc."""
        i = pc // 2
        if i < 0:
            i = 0
        if i >= len(self.lines):
            i = len(self.lines) - 1
        if i < 0:
            return self.firstlineno
        return self.lines[i]

    def position_at(self, pc):
        """The packed position (pack_position) of the expression whose instruction is
        at code index pc, or -1."""
        i = pc // 2
        if i < 0 or i >= len(self.positions):
            return -1
        return self.positions[i]

    def getclass(self, space):
        return space.w_code
