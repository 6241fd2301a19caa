"""Deferred freeing for the free-threaded refcount plans (`atomic-refcount-nogil`,
`atomic-immortal-refcount-nogil`): quiescent-state-based reclamation (QSBR).

The race it closes.  RPython's refcount transform loads a reference from a heap slot and
then increments its count.  Under a GIL nothing runs in between; without one, another
thread can overwrite the slot, drop the count to 0 and free the object before the
increment lands (a use after free).  Module globals and class dicts are read without a
lock (gclab/objspace/freethreading.py), and the elisions of elide.py read some slots
without any increment at all, so locking every read is no remedy.

The remedy.  While more than one thread runs, an object whose count reaches 0 is not
freed: its count is set to DEFERRED (a compare-and-swap from 0, so that an object that a
racing reader took again is left alone) and it joins its thread's current batch.  A
thread passes a *quiescent state* wherever it holds no loaded-but-uncounted reference:
at every guest call and backward jump (space.tick), and while it is blocked in an
external call (RPython's GIL release/acquire hooks, which free-threaded builds keep as
"offline"/"online" marks).  A thread's batch is closed by advancing a global epoch to T;
once every registered thread has announced an epoch >= T (or is offline), no thread can
still be between the load and the increment of any object in the batch, so its objects
are freed -- each one after taking DEFERRED off its count: an object that a reader took
again in the meantime (DEFERRED + k) is left with its k references and freed by whoever
drops the last one.  Freeing an object drops its references, whose objects are deferred
in turn.

When only one thread is left (gclab_qs_threads == 1: the parent counts a thread before
starting it, the thread uncounts itself after its last reference is gone) a count that
reaches 0 frees at once, exactly as in the GIL build, and the next quiescent state frees
every batch.  So a single-threaded program pays one load and a compare per call.

A thread that ends hands its batches to an orphan list that the next thread to pass a
quiescent state adopts.  Which thread frees an object (and so runs the RPython-level
destructor that queues a guest __del__) is whichever passes the quiescent state.

Everything here is only referenced by a free-threaded refcount build (nogil.REFCOUNT).
"""

import sys

from rpython.rtyper.lltypesystem import lltype, llmemory
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.rlib.objectmodel import we_are_translated, specialize
from rpython.rtyper.annlowlevel import cast_instance_to_base_ptr
from rpython.rtyper.extregistry import ExtRegistryEntry

from gclab.gc import nogil
from gclab.gc.cfunc import inline_c
from gclab.gc.refcounting import brc

# far above any real count, below the count of RPython's prebuilt objects (maxint // 2)
# and the cycle collector's PREBUILT_COUNT (maxint // 4); immortal counts are negative
DEFERRED = 1 << 50
MAX_THREADS = 1024       # threads registered at once; more wait for a slot
# a thread looks at its deferred objects every POLL_EVERY quiescent states (closing a
# batch advances the shared epoch, and checking a grace period reads every thread's
# slot: both cost cache-line transfers)
POLL_EVERY = 32

C_COMMON = r"""
#ifndef GCLAB_QS_COMMON
#define GCLAB_QS_COMMON
#include <limits.h>
#include <sched.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#define GCLAB_QS_DEFERRED %(DEFERRED)dL
#define GCLAB_QS_MAX_THREADS %(MAX_THREADS)d
#define GCLAB_QS_POLL_EVERY %(POLL_EVERY)d
typedef struct { long seen; long pad[7]; } gclab_qs_slot_t;
#endif
""" % dict(DEFERRED=DEFERRED, MAX_THREADS=MAX_THREADS, POLL_EVERY=POLL_EVERY)

C_HEADER = C_COMMON + r"""
extern long gclab_qs_threads;
extern long gclab_qs_epoch;
extern long gclab_qs_orphans;
extern __thread gclab_qs_slot_t *gclab_qs_me;
extern __thread long gclab_qs_pending;
extern __thread long gclab_qs_countdown;
long gclab_qs_defer(void *adr, void *rc, void *dealloc);
long gclab_qs_poll(void);
void *gclab_qs_next(void);
void *gclab_qs_next_dealloc(void);
void gclab_qs_register(void);
void gclab_qs_unregister(void);
void gclab_qs_thread_starting(void);
void gclab_qs_uncount(void);
void gclab_qs_wait_alone(void);
static inline long gclab_qs_count_threads(void) {
    return __atomic_load_n(&gclab_qs_threads, __ATOMIC_SEQ_CST);
}
/* a count that increments and decrements skip (immortal.py: negative) */
static inline void gclab_qs_immortalize(void *rc, long immortal) {
    __atomic_store_n((long *)rc, immortal, __ATOMIC_RELAXED);
}

/* at every guest call and backward jump: announce the epoch; every POLL_EVERY-th
   time, if this thread has deferred objects, close a batch or take the ones whose
   grace period is over: nonzero if objects are ready to be freed (the caller then
   takes them with gclab_qs_next) */
static inline long gclab_qs_quiescent(void) {
    gclab_qs_slot_t *me = gclab_qs_me;
    if (me == NULL)
        return 0;
    long e = __atomic_load_n(&gclab_qs_epoch, __ATOMIC_ACQUIRE);
    if (__atomic_load_n(&me->seen, __ATOMIC_RELAXED) != e)
        __atomic_store_n(&me->seen, e, __ATOMIC_SEQ_CST);
    if (--gclab_qs_countdown > 0)
        return 0;
    gclab_qs_countdown = GCLAB_QS_POLL_EVERY;
    if (gclab_qs_pending || __atomic_load_n(&gclab_qs_orphans, __ATOMIC_RELAXED))
        return gclab_qs_poll();
    return 0;
}

/* around a blocking external call (RPython's GIL release and acquire) */
static inline void gclab_qs_offline(void) {
    gclab_qs_slot_t *me = gclab_qs_me;
    if (me != NULL)
        __atomic_store_n(&me->seen, LONG_MAX, __ATOMIC_SEQ_CST);
}
static inline void gclab_qs_online(void) {
    gclab_qs_slot_t *me = gclab_qs_me;
    if (me != NULL)
        __atomic_store_n(&me->seen, __atomic_load_n(&gclab_qs_epoch, __ATOMIC_SEQ_CST),
                         __ATOMIC_SEQ_CST);
}
"""

C_SOURCE = C_COMMON + r"""

/* one object waiting: its address, the address of its count, its deallocator */
typedef struct { void *adr; long *rc; void *dealloc; } gclab_qs_item_t;
typedef struct { gclab_qs_item_t *items; long len, cap, target; } gclab_qs_batch_t;

long gclab_qs_threads = 1;                       /* threads that may hold references */
long gclab_qs_epoch __attribute__((aligned(64))) = 1;
long gclab_qs_orphans;                           /* items on the orphan list */
static long gclab_qs_nslots;                     /* slots ever used (scan bound) */
static gclab_qs_slot_t gclab_qs_slots[GCLAB_QS_MAX_THREADS] __attribute__((aligned(64)));
static long gclab_qs_orphan_lock;
static gclab_qs_batch_t gclab_qs_orphan;

__thread gclab_qs_slot_t *gclab_qs_me;
__thread long gclab_qs_pending;                  /* this thread has items somewhere */
__thread long gclab_qs_countdown;                /* quiescent states to the next poll */
static __thread gclab_qs_batch_t cur, waiting, ready;
static __thread long ready_pos;
static __thread void *next_dealloc;

static void push(gclab_qs_batch_t *b, void *adr, long *rc, void *dealloc) {
    if (b->len == b->cap) {
        long cap = b->cap * 2 + 256;
        gclab_qs_item_t *items = realloc(b->items, cap * sizeof(gclab_qs_item_t));
        if (items == NULL)
            abort();
        b->items = items;
        b->cap = cap;
    }
    b->items[b->len].adr = adr;
    b->items[b->len].rc = rc;
    b->items[b->len].dealloc = dealloc;
    b->len++;
}

static void append(gclab_qs_batch_t *dst, gclab_qs_batch_t *src, long from) {
    long i;
    for (i = from; i < src->len; i++)
        push(dst, src->items[i].adr, src->items[i].rc, src->items[i].dealloc);
    src->len = 0;
}

static void swap(gclab_qs_batch_t *a, gclab_qs_batch_t *b) {
    gclab_qs_batch_t t = *a; *a = *b; *b = t;
}

static void spin_lock(long *word) {
    long expected = 0;
    while (!__atomic_compare_exchange_n(word, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
        expected = 0;
        sched_yield();
    }
}

static void spin_unlock(long *word) { __atomic_store_n(word, 0, __ATOMIC_RELEASE); }

/* a count reached 0: 1 if it is deferred (or taken again: not ours), 0 to free now */
long gclab_qs_defer(void *adr, void *rc, void *dealloc) {
    long zero = 0;
    if (__atomic_load_n(&gclab_qs_threads, __ATOMIC_SEQ_CST) <= 1 || gclab_qs_me == NULL)
        return 0;
    if (!__atomic_compare_exchange_n((long *)rc, &zero, GCLAB_QS_DEFERRED, 0,
                                     __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
        return 1;        /* a thread that loaded it before took it again */
    push(&cur, adr, (long *)rc, dealloc);
    gclab_qs_pending = 1;
    return 1;
}

/* every registered thread has announced an epoch >= target (or is offline) */
static int grace_period_over(long target) {
    long i, n = __atomic_load_n(&gclab_qs_nslots, __ATOMIC_SEQ_CST);
    for (i = 0; i < n; i++) {
        long seen = __atomic_load_n(&gclab_qs_slots[i].seen, __ATOMIC_SEQ_CST);
        if (seen != 0 && seen < target)
            return 0;
    }
    return 1;
}

/* move what is safe to free into `ready`; close the current batch when none waits.
   Nonzero if `ready` has items. */
long gclab_qs_poll(void) {
    if (ready_pos < ready.len)
        return 1;
    ready.len = ready_pos = 0;
    if (__atomic_load_n(&gclab_qs_orphans, __ATOMIC_RELAXED)) {
        spin_lock(&gclab_qs_orphan_lock);
        append(&cur, &gclab_qs_orphan, 0);
        __atomic_store_n(&gclab_qs_orphans, 0, __ATOMIC_RELAXED);
        spin_unlock(&gclab_qs_orphan_lock);
    }
    if (__atomic_load_n(&gclab_qs_threads, __ATOMIC_SEQ_CST) <= 1) {
        /* alone: nobody can be between a load and its increment */
        swap(&ready, &waiting);
        append(&ready, &cur, 0);
    }
    else if (waiting.len > 0) {
        if (grace_period_over(waiting.target))
            swap(&ready, &waiting);
    }
    if (waiting.len == 0 && cur.len > 0) {
        swap(&waiting, &cur);
        waiting.target = __atomic_add_fetch(&gclab_qs_epoch, 1, __ATOMIC_SEQ_CST);
        if (gclab_qs_me != NULL)
            __atomic_store_n(&gclab_qs_me->seen, waiting.target, __ATOMIC_SEQ_CST);
    }
    gclab_qs_pending = (cur.len > 0 || waiting.len > 0 || ready.len > 0);
    return ready.len > 0;
}

/* the next object of `ready` that is still unreferenced (its count taken from DEFERRED
   to 0: the caller frees it; gclab_qs_next_dealloc() is its deallocator), or NULL */
void *gclab_qs_next(void) {
    while (ready_pos < ready.len) {
        gclab_qs_item_t *it = &ready.items[ready_pos++];
        if (__atomic_sub_fetch(it->rc, GCLAB_QS_DEFERRED, __ATOMIC_ACQ_REL) == 0) {
            next_dealloc = it->dealloc;
            return it->adr;
        }
        /* else a reader took it again: it keeps its references, and whoever drops
           the last one defers it anew */
    }
    ready.len = ready_pos = 0;
    gclab_qs_pending = (cur.len > 0 || waiting.len > 0);
    return NULL;
}

void *gclab_qs_next_dealloc(void) { return next_dealloc; }

/* the parent, before it starts a thread */
void gclab_qs_thread_starting(void) {
    if (gclab_qs_me == NULL)
        gclab_qs_register();         /* the main thread, at the first start */
    __atomic_add_fetch(&gclab_qs_threads, 1, __ATOMIC_SEQ_CST);
}

/* the thread could not be started after all */
void gclab_qs_uncount(void) { __atomic_sub_fetch(&gclab_qs_threads, 1, __ATOMIC_SEQ_CST); }

/* at exit: the threads that finished their guest code finish their last steps */
void gclab_qs_wait_alone(void) {
    while (__atomic_load_n(&gclab_qs_threads, __ATOMIC_SEQ_CST) > 1)
        sched_yield();
}

void gclab_qs_register(void) {
    for (;;) {
        long i;
        for (i = 0; i < GCLAB_QS_MAX_THREADS; i++) {
            long expected = 0;
            long n = __atomic_load_n(&gclab_qs_nslots, __ATOMIC_SEQ_CST);
            if (__atomic_load_n(&gclab_qs_slots[i].seen, __ATOMIC_SEQ_CST) != 0)
                continue;
            /* first make the scans include the slot (free: they skip it), then take
               it: a scan never misses a registered thread */
            while (n < i + 1 && !__atomic_compare_exchange_n(
                       &gclab_qs_nslots, &n, i + 1, 0, __ATOMIC_SEQ_CST,
                       __ATOMIC_RELAXED))
                ;
            if (__atomic_compare_exchange_n(
                    &gclab_qs_slots[i].seen, &expected,
                    __atomic_load_n(&gclab_qs_epoch, __ATOMIC_SEQ_CST), 0,
                    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) {
                gclab_qs_me = &gclab_qs_slots[i];
                return;
            }
        }
        sched_yield();              /* MAX_THREADS registered: wait for one to end */
    }
}

/* the thread's last step: its batches go to the orphan list, its slot is freed */
void gclab_qs_unregister(void) {
    if (gclab_qs_me == NULL)
        return;
    spin_lock(&gclab_qs_orphan_lock);
    append(&gclab_qs_orphan, &ready, ready_pos);
    append(&gclab_qs_orphan, &waiting, 0);
    append(&gclab_qs_orphan, &cur, 0);
    __atomic_store_n(&gclab_qs_orphans, gclab_qs_orphan.len, __ATOMIC_RELAXED);
    spin_unlock(&gclab_qs_orphan_lock);
    free(ready.items); free(waiting.items); free(cur.items);
    memset(&ready, 0, sizeof(ready)); memset(&waiting, 0, sizeof(waiting));
    memset(&cur, 0, sizeof(cur));
    ready_pos = 0;
    gclab_qs_pending = 0;
    __atomic_store_n(&gclab_qs_me->seen, 0, __ATOMIC_SEQ_CST);
    gclab_qs_me = NULL;
    __atomic_sub_fetch(&gclab_qs_threads, 1, __ATOMIC_SEQ_CST);
}
"""

eci = ExternalCompilationInfo(post_include_bits=[C_HEADER],
                              separate_module_sources=[C_SOURCE])


def _c(name, args, result):
    return inline_c(eci, name, args, result)


Adr = llmemory.Address
c_defer = _c('gclab_qs_defer', [Adr, Adr, Adr], lltype.Signed)
c_quiescent = _c('gclab_qs_quiescent', [], lltype.Signed)
c_poll = _c('gclab_qs_poll', [], lltype.Signed)
c_next = _c('gclab_qs_next', [], Adr)
c_next_dealloc = _c('gclab_qs_next_dealloc', [], Adr)
c_offline = _c('gclab_qs_offline', [], lltype.Void)
c_online = _c('gclab_qs_online', [], lltype.Void)
c_thread_starting = _c('gclab_qs_thread_starting', [], lltype.Void)
c_register = _c('gclab_qs_register', [], lltype.Void)
c_unregister = _c('gclab_qs_unregister', [], lltype.Void)
c_uncount = _c('gclab_qs_uncount', [], lltype.Void)
c_wait_alone = _c('gclab_qs_wait_alone', [], lltype.Void)
c_threads = _c('gclab_qs_count_threads', [], lltype.Signed)
c_immortalize = _c('gclab_qs_immortalize', [Adr, lltype.Signed], lltype.Void)


def enabled():
    """A free-threaded refcount build (a constant for RPython)."""
    return nogil.ACTIVE and nogil.REFCOUNT


IMMORTALIZE = False     # the plan's counts skip immortal objects (configure())
BIASED = False          # biased-refcount-nogil: owners merge their queues (brc.py)
IMMORTAL_REFCOUNT = -(sys.maxint // 2) - 1      # immortal.py's (it checks)
DEALLOC_PTR = lltype.Ptr(lltype.FuncType([llmemory.Address], lltype.Void))


class RefcountFunctions(object):
    """What deferred freeing calls in refcount.py (which imports this module): set
    by refcount.py when it is imported."""

    def __init__(self, release_now, fold_counts):
        self.release_now = release_now      # frees now, no deferral
        self.fold_counts = fold_counts

    def _freeze_(self):
        return True


RC = [None]
RC_DELTA = 0            # from an object to its count: RPython's C backend puts the
                        # header (here one word, the count: checked by the
                        # transformer) at the start of the object's struct


def configure(plan):
    """rpython_patches.apply, after nogil.configure, for a free-threaded refcount
    plan."""
    global IMMORTALIZE, BIASED
    IMMORTALIZE = 'immortal' in plan.properties and plan.free_threaded()
    BIASED = 'biased' in plan.properties and plan.free_threaded()


def reset():
    global IMMORTALIZE, BIASED
    IMMORTALIZE = False
    BIASED = False


def offline_release():
    """rgil.release in a free-threaded refcount build: the thread is about to block in
    an external call, where it holds no uncounted reference."""
    c_offline()


def online_acquire():
    """rgil.acquire: back from the external call (and nogil's per-thread setup)."""
    from rpython.rlib import rthread
    rthread.gc_thread_run()
    c_online()


for _f in (offline_release, online_acquire):
    _f._gctransformer_hint_cannot_collect_ = True
    _f._dont_reach_me_in_del_ = True


def replacements():
    """What rpython_patches.apply() installs over nogil's replacements."""
    from rpython.rlib import rgil
    return [(rgil, 'release', offline_release), (rgil, 'acquire', online_acquire)]


@specialize.argtype(0)
def immortalize(w_obj):
    """Make a guest object immortal (its count never changes again, it is never
    freed): with IMMORTALIZE only."""
    if IMMORTALIZE and enabled() and we_are_translated():
        adr = llmemory.cast_ptr_to_adr(cast_instance_to_base_ptr(w_obj))
        _immortalize(adr)


def _immortalize(adr):
    if BIASED:
        brc.c_immortalize(adr + RC_DELTA, IMMORTAL_REFCOUNT)    # (and no owner)
    else:
        c_immortalize(adr + RC_DELTA, IMMORTAL_REFCOUNT)


def gc_address(x):
    """The address of the GC object an RPython list (or string) is, translated; None
    untranslated.  (annlowlevel's casts take instances only.)"""
    return None


class GcAddressEntry(ExtRegistryEntry):
    _about_ = gc_address

    def compute_result_annotation(self, s_obj):
        from rpython.rtyper.llannotation import SomeAddress
        return SomeAddress()

    def specialize_call(self, hop):
        hop.exception_cannot_occur()
        v_obj = hop.inputarg(hop.args_r[0], 0)
        assert isinstance(v_obj.concretetype, lltype.Ptr)
        assert v_obj.concretetype.TO._gckind == 'gc'
        return hop.genop('cast_ptr_to_adr', [v_obj], resulttype=llmemory.Address)


@specialize.call_location()
def immortalize_array(lst):
    """The same for an RPython list that never changes size (a GC array: the code
    object's names, constants, local names...): threads calling one function read
    its code object's arrays, whose counts would otherwise be written by each."""
    if IMMORTALIZE and enabled() and we_are_translated():
        adr = gc_address(lst)
        if adr:
            _immortalize(adr)


def quiescent():
    """A quiescent state of the running thread (space.tick: every guest call and
    backward jump): free the objects whose grace period is over."""
    if enabled():
        if BIASED and brc.c_pending():
            merge_queue()
        if c_quiescent():
            drain()


def drain():
    while True:
        adr = c_next()
        if not adr:
            break
        dealloc = llmemory.cast_adr_to_ptr(c_next_dealloc(), DEALLOC_PTR)
        RC[0].release_now(adr, dealloc)


drain._dont_inline_ = True


def merge_queue():
    """biased-refcount-nogil: merge the counts of the objects other threads queued to
    this one, their owner (brc.py); free the dead ones (deferred while others run)."""
    while True:
        adr = brc.c_next()
        if not adr:
            break
        dealloc = llmemory.cast_adr_to_ptr(brc.c_next_dealloc(), DEALLOC_PTR)
        RC[0].release_now(adr, dealloc)


merge_queue._dont_inline_ = True


def finish():
    """At exit, once every other thread has run its guest code to the end: wait for
    them to finish their last steps, then free every deferred object (nothing is left
    to wait for when one thread remains)."""
    if enabled():
        c_wait_alone()
        if BIASED:
            merge_queue()
        while c_poll():
            drain()
        RC[0].fold_counts()


def others_running():
    """Another thread runs (a free-threaded refcount build): a cheap test, no draining."""
    return enabled() and c_threads() > 1


def alone():
    """No other thread can change a count (always true under a GIL).  In a free-
    threaded refcount build, what waited for a grace period is freed first."""
    if not enabled():
        return True
    if c_threads() > 1:
        return False
    if BIASED:
        merge_queue()
    while c_poll():
        drain()
    return True


def thread_starting():
    """In the parent, before it starts a thread (the main thread registers itself at
    the first)."""
    if enabled():
        c_thread_starting()


def thread_not_started():
    if enabled():
        c_uncount()


def register_thread():
    """First step of a new thread."""
    if enabled():
        c_register()
        if BIASED:
            brc.c_register()


def unregister_thread():
    """Last step of a thread: its counts go to the process's, its deferred objects to
    the orphan list."""
    if enabled():
        if BIASED:
            brc.c_unregister()          # it owns nothing from here on
            while True:
                merge_queue()
                if brc.c_close():
                    break
        RC[0].fold_counts()
        c_unregister()
