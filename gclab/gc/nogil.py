"""RPython's runtime without a GIL: what a free-threaded plan (`<manager>-nogil`) changes.

RPython 0.2.1 runs every thread under one GIL and keeps its runtime state in globals.
A free-threaded plan changes four things, installed by gclab.gc.rpython_patches.apply()
before annotation from replacements() below (and taken back by undo()):

  the GIL        rgil.allocate/release/acquire/yield_thread become no-ops; `acquire`
                 (which every releasing external call makes on its way back) keeps only
                 rthread.gc_thread_run(), which creates the thread's RPython
                 thread-local block the first time (rthread.get_ident() reads it);
  exceptions     the exception state (the transform's prebuilt `ExcData`) is declared
                 `__thread` (the C backend honours the 'thread_local' hint); Boehm
                 does not scan thread-local storage, so each thread registers its
                 own copy as a root range while it runs (register_thread_roots);
  stack check    rstack.stack_check() compares against the running thread's own stack
                 base (a `__thread` word here) instead of RPython's one global copy,
                 which every thread's slow path rewrote;
  dtoa           RPython's dtoa.c keeps a free list and a cache of powers of 5 in
                 globals; -DPy_USING_MEMORY_DEBUGGER makes it malloc/free instead.

The same C file gives the interpreter its atomics (gclab/objspace/freethreading.py): a
compare-and-swap lock word per stripe of objects and an atomic add.
"""

from rpython.rlib.objectmodel import we_are_translated
from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.cfunc import inline_c

# Stripes of the object lock table (gclab/objspace/freethreading.py): a power of two;
# one cache line (8 words) per stripe so that two stripes never share a line.
STRIPES = 4096
STRIPE_WORDS = 8

C_HEADER = r"""
#include <sched.h>
#include <stdint.h>
#define GCLAB_STRIPES %(STRIPES)d
#define GCLAB_STRIPE_WORDS %(STRIPE_WORDS)d
extern __thread char gclab_thread_marker;
extern long gclab_lock_words[];
extern __thread char *gclab_stack_end;
long gclab_lock_slow(long *word, long me);
char gclab_stack_too_big_slowpath(long current);

/* A nonzero word that differs between running threads: the address of a __thread
   byte (one instruction, no call). */
static inline long gclab_thread_id(void) { return (long)&gclab_thread_marker; }

static inline long *gclab_stripe(long addr) {
    uint64_t h = ((uint64_t)addr >> 4) * 0x9E3779B97F4A7C15ULL;
    return &gclab_lock_words[(h >> (64 - 12)) * GCLAB_STRIPE_WORDS];
}

/* Take the lock of the stripe of the object at addr: 1 if this call took it (the
   caller releases it), 0 if this thread already held it (recursion: it does not). */
static inline long gclab_lock(long addr) {
    long *word = gclab_stripe(addr);
    long me = gclab_thread_id();
    long expected = 0;
    if (__atomic_compare_exchange_n(word, &expected, me, 0, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED))
        return 1;
    if (expected == me)
        return 0;
    return gclab_lock_slow(word, me);
}

static inline void gclab_unlock(long addr) {
    __atomic_store_n(gclab_stripe(addr), 0, __ATOMIC_RELEASE);
}

static inline long gclab_atomic_add(long *array, long index, long delta) {
    return __atomic_add_fetch(&array[index], delta, __ATOMIC_SEQ_CST);
}

static inline long gclab_stack_get_end(void) { return (long)gclab_stack_end; }

/* Publication through the namespaces threads read without a lock (module globals, class
   dicts: gclab/objspace/freethreading.py).  A writer calls gclab_publish() after making
   the value and before the store that makes it reachable; a reader calls
   gclab_subscribe() after the load and before it uses what it loaded.  C11: a release
   fence and an acquire fence (on x86, only compiler barriers: its stores are not
   reordered with stores, nor its loads with loads).  ThreadSanitizer does not model
   fences, so its builds (make tsan) also say so with its annotations, on one sync
   address shared by every namespace. */
#if defined(__SANITIZE_THREAD__)
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
extern char gclab_namespace_sync;
#define GCLAB_TSAN_RELEASE() __tsan_release(&gclab_namespace_sync)
#define GCLAB_TSAN_ACQUIRE() __tsan_acquire(&gclab_namespace_sync)
#else
#define GCLAB_TSAN_RELEASE() ((void)0)
#define GCLAB_TSAN_ACQUIRE() ((void)0)
#endif
static inline void gclab_publish(void) {
    __atomic_thread_fence(__ATOMIC_RELEASE);
    GCLAB_TSAN_RELEASE();
}
static inline void gclab_subscribe(void) {
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    GCLAB_TSAN_ACQUIRE();
}
""" % dict(STRIPES=STRIPES, STRIPE_WORDS=STRIPE_WORDS)

C_SOURCE = r"""
#include <sched.h>
#include <stdint.h>
#define GCLAB_STRIPES %(STRIPES)d
#define GCLAB_STRIPE_WORDS %(STRIPE_WORDS)d
__thread char gclab_thread_marker;
long gclab_lock_words[GCLAB_STRIPES * GCLAB_STRIPE_WORDS] __attribute__((aligned(64)));
__thread char *gclab_stack_end;
char gclab_namespace_sync;      /* ThreadSanitizer's sync address (gclab_publish) */

/* contended: spin a little, then give the core away until the word is free */
long gclab_lock_slow(long *word, long me) {
    int spins = 0;
    for (;;) {
        long expected = 0;
        if (__atomic_load_n(word, __ATOMIC_RELAXED) == 0 &&
            __atomic_compare_exchange_n(word, &expected, me, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            return 1;
        if (++spins < 64)
            __builtin_ia32_pause();
        else
            sched_yield();
    }
}

/* RPython's one copy of the check's length (translator/c/src/stack.h), read only */
extern struct { char *stack_end; long stack_length; char report_error; }
    rpy_stacktoobig;

/* LL_stack_too_big_slowpath with the stack base kept per thread */
char gclab_stack_too_big_slowpath(long current) {
    char *curptr = (char *)current;
    char *base = gclab_stack_end;
    long max = rpy_stacktoobig.stack_length;
    if (base != NULL) {
        long diff = base - curptr;
        if ((unsigned long)diff <= (unsigned long)max)
            return 0;
        if ((unsigned long)-diff > (unsigned long)max)
            return rpy_stacktoobig.report_error;     /* overflow */
        /* else the first guess of the base was too low: raise it */
    }
    gclab_stack_end = curptr;
    return 0;
}
""" % dict(STRIPES=STRIPES, STRIPE_WORDS=STRIPE_WORDS)

eci = ExternalCompilationInfo(
    post_include_bits=[C_HEADER],
    separate_module_sources=[C_SOURCE],
    compile_extra=['-DPy_USING_MEMORY_DEBUGGER'])


def _inline(name, args, result):
    return inline_c(eci, name, args, result)


c_lock = _inline('gclab_lock', [lltype.Signed], lltype.Signed)
c_unlock = _inline('gclab_unlock', [lltype.Signed], lltype.Void)
c_atomic_add = _inline('gclab_atomic_add', [rffi.LONGP, lltype.Signed, lltype.Signed],
                       lltype.Signed)
c_stack_get_end = _inline('gclab_stack_get_end', [], lltype.Signed)
c_publish = _inline('gclab_publish', [], lltype.Void)
c_subscribe = _inline('gclab_subscribe', [], lltype.Void)
c_stack_too_big_slowpath = _inline('gclab_stack_too_big_slowpath', [lltype.Signed],
                                   lltype.Char)


# ---- the GIL, gone ----------------------------------------------------------------------

def _no_gil():
    pass


def _no_gil_acquire():
    from rpython.rlib import rthread
    rthread.gc_thread_run()


_no_gil._gctransformer_hint_cannot_collect_ = True
_no_gil._dont_reach_me_in_del_ = True
_no_gil_acquire._gctransformer_hint_cannot_collect_ = True
_no_gil_acquire._dont_reach_me_in_del_ = True


# ---- the exception state, per thread ------------------------------------------------------

class ThreadLocalExcData(object):
    """The exception transform's ExcData, declared __thread.  Installed over
    ExceptionTransformer.setup_excdata; its struct is made here, before annotation, so
    that register_thread_roots() can name it."""

    def __init__(self):
        from rpython.rtyper import rclass
        self.EXCDATA = lltype.Struct('ExcData',
                                     ('exc_type', rclass.CLASSTYPE),
                                     ('exc_value', rclass.OBJECTPTR),
                                     hints={'thread_local': True})
        self.exc_data = lltype.malloc(self.EXCDATA, immortal=True)

    def setup_excdata(self, transformer):
        from rpython.flowspace.model import Constant
        assert transformer.lltype_of_exception_type == self.EXCDATA.exc_type
        assert transformer.lltype_of_exception_value == self.EXCDATA.exc_value
        transformer.EXCDATA = self.EXCDATA
        transformer.exc_data_ptr = self.exc_data
        transformer.cexcdata = Constant(self.exc_data, lltype.Ptr(self.EXCDATA))
        null_type = lltype.nullptr(transformer.lltype_of_exception_type.TO)
        null_value = lltype.nullptr(transformer.lltype_of_exception_value.TO)
        transformer.c_null_etype = Constant(null_type, transformer.lltype_of_exception_type)
        transformer.c_null_evalue = Constant(null_value,
                                             transformer.lltype_of_exception_value)
        return self.exc_data, null_type, null_value


ACTIVE = False          # the plan being translated is free-threaded (configure())
REFCOUNT = False        # ... and counts references (gclab/gc/refcounting/deferred.py)


def atomic_add(array, index, delta):
    """array[index] += delta on a raw array of Signed; atomic in free-threaded builds
    (the statistics counters, gclab/gc/stats.py)."""
    if ACTIVE and we_are_translated():
        c_atomic_add(array, index, delta)
    else:
        array[index] += delta


def atomic_add_fetch(array, index, delta):
    """array[index] += delta, returning the new value; atomic in free-threaded builds."""
    if ACTIVE and we_are_translated():
        return c_atomic_add(array, index, delta)
    array[index] += delta
    return array[index]


# What the plan being translated uses, read as constants by the functions below (set by
# configure(), before annotation).
_BOEHM = False          # register each thread's exception state with libgc
_EXC_DATA = None        # ThreadLocalExcData().exc_data
_EXC_SIZE = 0           # its size in bytes (an llmemory offset)

_gc_add_roots = None     # libgc's GC_add_roots / GC_remove_roots (configure(), Boehm only)
_gc_remove_roots = None


def _boehm_externals():
    from rpython.rtyper.tool.rffi_platform import configure_boehm
    boehm = configure_boehm()
    return [rffi.llexternal(name, [llmemory.Address, llmemory.Address], lltype.Void,
                            compilation_info=boehm, _nowrapper=True, sandboxsafe=True)
            for name in ('GC_add_roots', 'GC_remove_roots')]


def register_thread_roots():
    """At the start of every thread of a free-threaded Boehm build (the main one too):
    this thread's exception state is a root (libgc does not scan __thread data, and an
    exception in flight may be referenced from nowhere else)."""
    if _BOEHM:
        start = llmemory.cast_ptr_to_adr(_EXC_DATA)
        _gc_add_roots(start, start + _EXC_SIZE)


def unregister_thread_roots():
    """At the end of the thread, before its thread-local storage goes."""
    if _BOEHM:
        start = llmemory.cast_ptr_to_adr(_EXC_DATA)
        _gc_remove_roots(start, start + _EXC_SIZE)


# ---- configure / reset (rpython_patches.apply / undo, which also install REPLACEMENTS) --

def replacements():
    """[(RPython object, attribute, gclab's replacement)] that rpython_patches.apply()
    installs for a free-threaded plan, after configure()."""
    from rpython.rlib import rgil, rstack
    from rpython.translator.exceptiontransform import ExceptionTransformer
    excdata = _EXCDATA[0]
    return [(rgil, 'allocate', _no_gil), (rgil, 'release', _no_gil),
            (rgil, 'acquire', _no_gil_acquire), (rgil, 'yield_thread', _no_gil),
            (rstack, '_stack_get_end', c_stack_get_end),
            (rstack, '_stack_too_big_slowpath', c_stack_too_big_slowpath),
            (ExceptionTransformer, 'setup_excdata',
             lambda transformer: excdata.setup_excdata(transformer))]


_EXCDATA = [None]


def configure(plan):
    """gclab's own state for a free-threaded plan (nothing of RPython's)."""
    global ACTIVE, REFCOUNT, _BOEHM, _EXC_DATA, _EXC_SIZE, _gc_add_roots
    global _gc_remove_roots
    excdata = ThreadLocalExcData()
    _EXCDATA[0] = excdata
    ACTIVE = True
    REFCOUNT = plan.kind == 'refcount'      # (deferred.configure: rpython_patches)
    _BOEHM = plan.rpython_gc == 'boehm'
    if _BOEHM:
        _gc_add_roots, _gc_remove_roots = _boehm_externals()
    _EXC_DATA = excdata.exc_data
    _EXC_SIZE = llmemory.sizeof(excdata.EXCDATA)


def reset():
    global ACTIVE, REFCOUNT, _BOEHM, _EXC_DATA, _EXC_SIZE, _gc_add_roots
    global _gc_remove_roots
    ACTIVE = False
    REFCOUNT = False
    _BOEHM = False
    _EXC_DATA = None
    _EXC_SIZE = 0
    _gc_add_roots = _gc_remove_roots = None
    _EXCDATA[0] = None
