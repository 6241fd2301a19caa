"""GC statistics for the tracing plans, counted by gclab's own code (gclab.gc.stats).

What is counted
---------------
  COUNTERS[MINOR_COLLECTIONS]  nursery (young-generation) collections
  COUNTERS[MAJOR_COLLECTIONS]  completed major collections: a full stop-the-world
                               collection (minimark, semispace, generation, hybrid,
                               boehm), or an incremental major cycle of incminimark
                               whose last step has run (a cycle is many steps)
  COUNTERS[PAUSE_TOTAL_NS]     time spent in pauses, in nanoseconds
  COUNTERS[PAUSE_MAX_NS]       the longest pause

A *pause* is one stop of the program for the GC: from the start of the first
collection step to the end of the GC entry point that ran it.  When the nursery is
full, incminimark does a minor collection and, during a major cycle, one (or more)
major steps in the same stop: that is one pause, as is minimark's minor collection
followed by a major collection, or a gc.collect() that runs a whole incremental cycle.
A GC entry point that collects nothing (incminimark jumping over a pinned object,
minimark moving its nursery top, generation's grabbing a new nursery) is no pause.

The GC subclasses
-----------------
For each RPython GC class (rpython/memory/gc/) this module defines a subclass that
overrides two kinds of methods, each calling the RPython method it overrides:
  * the collection *steps*: they start the pause clock (if not running yet) and bump
    MINOR/MAJOR -- incminimark: _minor_collection, major_collection_step;
    minimark: minor_collection, major_collection; semispace: semispace_collect;
    generation and hybrid: semispace_collect, and collect_oldrefs_to_nursery (the
    first thing collect_nursery does when it really collects the nursery);
  * the *entry points* through which the program reaches them (collect,
    collect_and_reserve, external_malloc, minor_collection_with_major_progress,
    try_obtain_free_space, collect_nursery, malloc_varsize_collecting_nursery):
    they only keep a nesting depth, so that the pause ends, and is recorded, when the
    outermost one returns (try/finally: a MemoryError out of the GC still closes it).
Nothing here allocates GC memory: the state is three plain fields of the GC
instance (a prebuilt, non-moving object) plus the raw COUNTERS array.

The clock: clock_gettime(CLOCK_MONOTONIC) (on Linux a vDSO call, not a system call)
into one raw `struct timespec` allocated once at import time (the GC runs with the GIL
held, so one is enough), declared here as an llexternal with _nowrapper=True and
releasegil=False -- rtime.c_clock_gettime has a wrapper that saves errno, and no GIL
release may happen inside a collection.  Two clock reads per pause; nothing per
allocation.  (read_timestamp would need a calibration to nanoseconds.)

The nursery
-----------
RPython's incminimark and minimark size their nursery at start-up, unless
PYPY_GC_NURSERY says otherwise, as half of what rpython/memory/gc/env.py takes for the
L2 cache: the "cache size" field of /proc/cpuinfo.  On Intel processors Linux reports
the last-level (L3) cache there, so the nursery follows the machine's L3: on a machine
with a large L3 the nursery is large enough that a small program runs with one
collection, touching fresh pages like plan `none`, and the tests' "memory stays flat"
checks fail (the numbers measured on this project's virtual machine are in
docs/measured-in-docstrings.md).  A laboratory needs the same GC settings on
every machine, so rpython_patches.py makes env.estimate_best_nursery_size() answer
"unknown" (-1) in the translating process: the GC then uses its translation-time
default, TRANSLATION_PARAMS 'nursery_size' (896 KB for both), as RPython itself does for
the generation and hybrid GCs (generation.py: the estimate is "disabled -- just use the
default value", 3 MB).  PYPY_GC_NURSERY still sets any size at run time.  Each counting
GC writes the nursery size it chose into gclab.gc.stats.NURSERY_BYTES, which --gc-stats
prints as `nursery_kb`.

Installation
------------
The framework GC transformer (rpython/memory/gctransform/framework.py) takes its GC
class from choose_gc_from_config(config) unless the transformer has `GCClass` and
`GC_PARAMS` attributes (RPython's own tests use that).  CountingShadowStackGcPolicy's
transformer is RPython's ShadowStackFrameworkGCTransformer with GCClass set to our
subclass of the GC the config names (and GC_PARAMS to that class's TRANSLATION_PARAMS,
exactly what choose_gc_from_config would return).  For --gc=boehm,
CountingBoehmGcPolicy's start-up code registers a libgc collection-event callback
(GC_set_on_collection_event; Debian bookworm's libgc 8.2): GC_EVENT_START..GC_EVENT_END
of each collection is one pause and one major collection (Boehm's collector is not
generational as RPython uses it: MINOR stays 0).  The callback runs with libgc's
allocation lock held, in C, and allocates nothing.

plan.py names these policies (gc_policy) and says which plans have a fixed nursery;
gclab/gc/rpython_patches.py installs both into RPython while a plan translates.
"""

from rpython.memory.gc.incminimark import IncrementalMiniMarkGC, STATE_SCANNING
from rpython.memory.gc.minimark import MiniMarkGC
from rpython.memory.gc.semispace import SemiSpaceGC
from rpython.memory.gc.generation import GenerationGC
from rpython.memory.gc.hybrid import HybridGC
from rpython.memory.gctransform.shadowstack import ShadowStackFrameworkGCTransformer

from gclab.interp.cstack import MAX_STACK
from rpython.rlib import rtime
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.c import gc as c_gc
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc import stats
from gclab.gc.stats import (COUNTERS, MINOR_COLLECTIONS, MAJOR_COLLECTIONS,
                            PAUSE_TOTAL_NS, PAUSE_MAX_NS, record_pause)


# ---- the clock ---------------------------------------------------------------------

assert rtime.HAS_CLOCK_GETTIME
_clock_gettime = rffi.llexternal(
    'clock_gettime', [lltype.Signed, lltype.Ptr(rtime.TIMESPEC)], rffi.INT,
    compilation_info=rtime.eciclock, _nowrapper=True, releasegil=False,
    sandboxsafe=True)

_TIMESPEC = lltype.malloc(rtime.TIMESPEC, flavor='raw', immortal=True, zero=True)


def now_ns():
    """CLOCK_MONOTONIC in nanoseconds; no GC allocation, no GIL release."""
    _clock_gettime(rtime.CLOCK_MONOTONIC, _TIMESPEC)
    return (rffi.cast(lltype.Signed, _TIMESPEC.c_tv_sec) * 1000000000 +
            rffi.cast(lltype.Signed, _TIMESPEC.c_tv_nsec))


# ---- the pause clock, mixed into every GC subclass ---------------------------------

class PauseClock(object):
    _mixin_ = True

    def _gclab_init(self):
        self.gclab_depth = 0        # GC entry points active (see the docstring)
        self.gclab_timing = False   # a pause is being measured
        self.gclab_start_ns = 0

    def _gclab_enter(self):
        self.gclab_depth += 1

    def _gclab_step(self):
        """A collection step starts: the program is stopped from now on."""
        if not self.gclab_timing:
            self.gclab_timing = True
            self.gclab_start_ns = now_ns()

    def _gclab_leave(self):
        self.gclab_depth -= 1
        if self.gclab_depth == 0 and self.gclab_timing:
            self.gclab_timing = False
            record_pause(now_ns() - self.gclab_start_ns)


def _count(index):
    COUNTERS[index] += 1


# ---- incminimark ---------------------------------------------------------------------

class CountingIncrementalMiniMarkGC(PauseClock, IncrementalMiniMarkGC):
    def __init__(self, *args, **kwds):
        IncrementalMiniMarkGC.__init__(self, *args, **kwds)
        self._gclab_init()

    def setup(self):
        IncrementalMiniMarkGC.setup(self)
        stats.NURSERY_BYTES[0] = self.nursery_size

    # steps
    def _minor_collection(self):
        self._gclab_enter()
        self._gclab_step()
        try:
            IncrementalMiniMarkGC._minor_collection(self)
        finally:
            self._gclab_leave()
        _count(MINOR_COLLECTIONS)

    def major_collection_step(self, reserving_size=0):
        self._gclab_enter()
        self._gclab_step()
        in_cycle = self.gc_state != STATE_SCANNING
        try:
            IncrementalMiniMarkGC.major_collection_step(self, reserving_size)
        finally:
            self._gclab_leave()
        if in_cycle and self.gc_state == STATE_SCANNING:
            _count(MAJOR_COLLECTIONS)     # the cycle's last step

    # entry points
    def collect(self, gen=2):
        self._gclab_enter()
        try:
            IncrementalMiniMarkGC.collect(self, gen)
        finally:
            self._gclab_leave()

    def minor_collection_with_major_progress(self, extrasize=0):
        self._gclab_enter()
        try:
            IncrementalMiniMarkGC.minor_collection_with_major_progress(self, extrasize)
        finally:
            self._gclab_leave()

    def collect_and_reserve(self, totalsize):
        self._gclab_enter()
        try:
            return IncrementalMiniMarkGC.collect_and_reserve(self, totalsize)
        finally:
            self._gclab_leave()
    collect_and_reserve._dont_inline_ = True

    def external_malloc(self, typeid, length, alloc_young):
        self._gclab_enter()
        try:
            return IncrementalMiniMarkGC.external_malloc(self, typeid, length,
                                                         alloc_young)
        finally:
            self._gclab_leave()


# ---- minimark ------------------------------------------------------------------------

class CountingMiniMarkGC(PauseClock, MiniMarkGC):
    def __init__(self, *args, **kwds):
        MiniMarkGC.__init__(self, *args, **kwds)
        self._gclab_init()

    def setup(self):
        MiniMarkGC.setup(self)
        stats.NURSERY_BYTES[0] = self.nursery_size

    # steps
    def minor_collection(self):
        self._gclab_enter()
        self._gclab_step()
        try:
            MiniMarkGC.minor_collection(self)
        finally:
            self._gclab_leave()
        _count(MINOR_COLLECTIONS)

    def major_collection(self, reserving_size=0):
        self._gclab_enter()
        self._gclab_step()
        try:
            MiniMarkGC.major_collection(self, reserving_size)
        finally:
            self._gclab_leave()
        _count(MAJOR_COLLECTIONS)

    # entry points
    def collect(self, gen=1):
        self._gclab_enter()
        try:
            MiniMarkGC.collect(self, gen)
        finally:
            self._gclab_leave()

    def collect_and_reserve(self, prev_result, totalsize):
        self._gclab_enter()
        try:
            return MiniMarkGC.collect_and_reserve(self, prev_result, totalsize)
        finally:
            self._gclab_leave()
    collect_and_reserve._dont_inline_ = True

    def external_malloc(self, typeid, length, alloc_young):
        self._gclab_enter()
        try:
            return MiniMarkGC.external_malloc(self, typeid, length, alloc_young)
        finally:
            self._gclab_leave()


# ---- semispace, generation, hybrid -------------------------------------------------

def _semispace_family(Base, collect_default_gen):
    """A counting subclass of SemiSpaceGC or of one of its subclasses (GenerationGC,
    HybridGC): every semispace_collect() is a major collection; a generational
    class's collect_nursery() is a minor collection when it gets to
    collect_oldrefs_to_nursery() (otherwise it only grabbed a new nursery)."""

    class Counting(PauseClock, Base):
        def __init__(self, *args, **kwds):
            Base.__init__(self, *args, **kwds)
            self._gclab_init()

        # step
        def semispace_collect(self, size_changing=False):
            self._gclab_enter()
            self._gclab_step()
            try:
                Base.semispace_collect(self, size_changing)
            finally:
                self._gclab_leave()
            _count(MAJOR_COLLECTIONS)

        # entry points
        def collect(self, gen=collect_default_gen):
            self._gclab_enter()
            try:
                Base.collect(self, gen)
            finally:
                self._gclab_leave()

        def try_obtain_free_space(self, needed):
            # (obtain_free_space() and the inlined malloc fast paths come here;
            # it may double the space, i.e. collect several times in one stop)
            self._gclab_enter()
            try:
                return Base.try_obtain_free_space(self, needed)
            finally:
                self._gclab_leave()

        if issubclass(Base, GenerationGC):
            def setup(self):
                Base.setup(self)
                stats.NURSERY_BYTES[0] = self.nursery_size

            # the minor step: always called inside collect_nursery(), which ends
            # the pause
            def collect_oldrefs_to_nursery(self):
                self._gclab_step()
                _count(MINOR_COLLECTIONS)
                Base.collect_oldrefs_to_nursery(self)

            def collect_nursery(self):
                self._gclab_enter()
                try:
                    return Base.collect_nursery(self)
                finally:
                    self._gclab_leave()

        if issubclass(Base, HybridGC):
            def malloc_varsize_collecting_nursery(self, totalsize):
                self._gclab_enter()
                try:
                    return Base.malloc_varsize_collecting_nursery(self, totalsize)
                finally:
                    self._gclab_leave()

    Counting.__name__ = 'Counting' + Base.__name__
    return Counting


CountingSemiSpaceGC = _semispace_family(SemiSpaceGC, 0)
CountingGenerationGC = _semispace_family(GenerationGC, 1)
CountingHybridGC = _semispace_family(HybridGC, 2)


# config.translation.gc -> our subclass (the names of choose_gc_from_config)
GC_CLASSES = {
    'incminimark': CountingIncrementalMiniMarkGC,
    'minimark': CountingMiniMarkGC,
    'semispace': CountingSemiSpaceGC,
    'generation': CountingGenerationGC,
    'hybrid': CountingHybridGC,
}


# ---- the C backend's policies -----------------------------------------------------

class CountingShadowStackGCTransformer(ShadowStackFrameworkGCTransformer):
    # Each thread's shadow stack (the GC roots of its C frames) holds as many words as
    # the C stack gclab lets guest recursion use has bytes (gclab/interp/cstack.py:
    # MAX_STACK): RPython's 163,840 words (1.25 MB) are not checked for overflow and
    # were the first to run out once sys.setrecursionlimit() let the C stack check
    # allow more than its default 2.8 MB (incminimark: a segfault between 12,000 and
    # 15,000 guest frames, about 13 roots each).  Measured per guest frame: about 100
    # bytes of shadow stack against 400-600 of C stack.  Untouched pages cost no memory.
    root_stack_depth = MAX_STACK

    def __init__(self, translator):
        # the class attributes RPython's tests use to choose a GC class
        # (BaseFrameworkGCTransformer.__init__: `if hasattr(self, 'GC_PARAMS')`)
        self.GCClass = GC_CLASSES[translator.config.translation.gc]
        self.GC_PARAMS = self.GCClass.TRANSLATION_PARAMS
        ShadowStackFrameworkGCTransformer.__init__(self, translator)


class CountingShadowStackGcPolicy(c_gc.ShadowStackFrameworkGcPolicy):
    def gettransformer(self, translator):
        return CountingShadowStackGCTransformer(translator)


_BOEHM_C = r"""
#include <time.h>
#include <gc/gc.h>
/* gclab: GC statistics for plan boehm (see gclab/gc/tracing/counting.py) */
static long *gclab_boehm_counters;
static struct timespec gclab_boehm_start;

static void GC_CALLBACK gclab_boehm_on_event(GC_EventType event)
{
    struct timespec end;
    long pause;
    if (event == GC_EVENT_START) {
        clock_gettime(CLOCK_MONOTONIC, &gclab_boehm_start);
    }
    else if (event == GC_EVENT_END) {
        clock_gettime(CLOCK_MONOTONIC, &end);
        pause = (end.tv_sec - gclab_boehm_start.tv_sec) * 1000000000L +
                (end.tv_nsec - gclab_boehm_start.tv_nsec);
        gclab_boehm_counters[%(major)d] += 1;
        gclab_boehm_counters[%(total)d] += pause;
        if (pause > gclab_boehm_counters[%(max)d])
            gclab_boehm_counters[%(max)d] = pause;
    }
}

void gclab_boehm_stats_setup(long *counters)
{
    gclab_boehm_counters = counters;
    GC_set_on_collection_event(gclab_boehm_on_event);
}
""" % {'major': MAJOR_COLLECTIONS, 'total': PAUSE_TOTAL_NS, 'max': PAUSE_MAX_NS}


class CountingBoehmGcPolicy(c_gc.BoehmGcPolicy):
    def compilation_info(self):
        eci = c_gc.BoehmGcPolicy.compilation_info(self)
        return eci.merge(ExternalCompilationInfo(
            post_include_bits=['RPY_EXTERN void gclab_boehm_stats_setup(long *);'],
            separate_module_sources=[_BOEHM_C]))

    def gc_startup_code(self):
        for line in c_gc.BoehmGcPolicy.gc_startup_code(self):
            yield line
        # (the first call, before the database is complete, adds COUNTERS to it)
        yield 'gclab_boehm_stats_setup((long *)%s);' % (self.db.get(stats.COUNTERS),)


# ---- the nursery size (see "The nursery" in the docstring) ---------------------------

def no_nursery_estimate():
    """Replaces env.estimate_best_nursery_size() while a plan with a fixed nursery
    translates (gclab/gc/rpython_patches.py): no estimate, so incminimark and minimark
    use TRANSLATION_PARAMS['nursery_size']."""
    return -1
