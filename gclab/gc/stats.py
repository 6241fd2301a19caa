"""GC statistics shared by the project's GC code and the interpreter.

One prebuilt raw array of counters: the plans' GC code (transformers, GC subclasses)
updates it without allocating GC memory, and `--gc-stats` reads it at exit.  A counter a
plan does not maintain stays at -1 (gclab.interp.accounting.gc_stats_start sets them)."""

from rpython.rtyper.lltypesystem import lltype, rffi

from gclab.gc import nogil

MINOR_COLLECTIONS = 0
MAJOR_COLLECTIONS = 1       # completed major collections (or full collections)
PAUSE_TOTAL_NS = 2          # time spent inside collections, nanoseconds
PAUSE_MAX_NS = 3            # the longest single pause (one stop of the program)
OBJECTS_ALLOCATED = 4       # refcount plans: objects allocated
OBJECTS_FREED = 5           # refcount plans: objects freed
# every plan: the interpreter's exceptions (guest exceptions and syntax errors) and the
# guest frames they left (the refcount plans free both: tests/e2e/test_gc.py)
EXCEPTIONS_RAISED = 6
FRAMES_UNWOUND = 7
# refcount plans, their cycle collector (gclab.objspace.cyclegc): the objects it found
# unreachable, and the collections it stopped because a count went below 0 (a bug)
CYCLE_GARBAGE = 8
CYCLE_ERRORS = 9
# plan counting-refcount: every increment and decrement of a count
RC_INCREMENTS = 10
RC_DECREMENTS = 11
NUM_COUNTERS = 12

NAMES = ['minor_collections', 'major_collections', 'pause_total_ns', 'pause_max_ns',
         'objects_allocated', 'objects_freed', 'exceptions_raised', 'frames_unwound',
         'cycle_garbage', 'cycle_errors', 'rc_increments', 'rc_decrements']

COUNTERS = lltype.malloc(rffi.CArray(lltype.Signed), NUM_COUNTERS, flavor='raw',
                         immortal=True, zero=True)

# Not a counter: the size in bytes of the nursery of the plans that have one, written
# once by the GC at start-up (gclab.gc.tracing.counting); 0 for the others (--gc-stats
# prints null).  With PYPY_GC_NURSERY below the GC's minimum it is that minimum (the
# GC then collects after every few allocations; see RPython's incminimark.py).
NURSERY_BYTES = lltype.malloc(rffi.CArray(lltype.Signed), 1, flavor='raw',
                              immortal=True, zero=True)

# the counters as --gc-stats reports them: copied (without allocating) once the
# program's state is released, before the report itself allocates its strings
SNAPSHOT = lltype.malloc(rffi.CArray(lltype.Signed), NUM_COUNTERS, flavor='raw',
                         immortal=True, zero=True)


def get(index):
    return COUNTERS[index]


def add(index, delta):
    """Atomic in free-threaded builds, where every thread counts its exceptions."""
    nogil.atomic_add(COUNTERS, index, delta)


def record_pause(pause_ns):
    """One stop of the program for the GC, pause_ns long: the total and the longest
    (the tracing plans' pause clock, gclab.gc.tracing.counting, and the refcount plans'
    cycle collector, gclab.objspace.cyclegc)."""
    COUNTERS[PAUSE_TOTAL_NS] += pause_ns
    if pause_ns > COUNTERS[PAUSE_MAX_NS]:
        COUNTERS[PAUSE_MAX_NS] = pause_ns


def snapshot():
    for i in range(NUM_COUNTERS):
        SNAPSHOT[i] = COUNTERS[i]
