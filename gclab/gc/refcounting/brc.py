"""Biased reference counting without a GIL (`biased-refcount-nogil`): the shared count's
state, the owner threads' merge queues, and the merges (C; biased.py makes the count
updates, deferred.py calls the per-thread steps).

Under a GIL (biased.py) a non-owner that takes the shared count below 0 can merge the
two counts itself, since the owner is stopped.  Without one the local count is the
owner's alone: nobody else may read-modify-write it.  So, as in the paper and in
CPython 3.13t, the shared word carries a state in its two low bits and the count above
them (the count moves in steps of ONE = 4):

    UNMERGED (1)  the owner counts in its local word, the others here; the object's
                  count is local + shared (every object a registered thread makes)
    QUEUED   (2)  a non-owner dropped a reference the owner had counted while the
                  shared count was 0: instead of taking it below 0, it handed that
                  reference to the owner's queue (the queue holds it, still counted in
                  the local word); the owner merges at its next quiescent state
    MERGED   (0)  the owner gave the object up (owner 0): the shared word is the whole
                  count, every thread updates it atomically, and 0 means dead -- the
                  value deferred.py's grace periods expect (its DEFERRED is a multiple
                  of ONE: the state stays MERGED)

    owner:      incref  local += 1 (plain)
                decref  local -= 1; at 0: merge_zero -- alone with an UNMERGED 0
                        shared count, dead at once (plain refcount's path); otherwise
                        give the object up: owner = 0, state MERGED (a CAS), dead if
                        the shared count was 0 (then deferred while others run)
    non-owner:  incref  atomic shared += ONE                     (skipped if immortal)
                decref  CAS: UNMERGED with count 0 -> QUEUED (enqueue to the owner),
                        else shared -= ONE; MERGED and 0 -> dead
    owner, at a quiescent state: for each queued object, merge: owner = 0, shared =
                        MERGED | (shared count + local - 1), local = 0; 0 -> dead

A thread's tag is the address of its record (below), kept in a `__thread` pointer.
Records are never freed, so a tag is never reused: an object whose owner ended keeps a
tag no running thread has, and the local count it left is frozen.  A thread that ends
stops being anybody's owner first (its tag becomes `nobody`), merges what its queue
holds, and marks its record dead under the record's lock; from then on a non-owner that
would queue to it merges at once itself (the lock orders the ended owner's last local
writes before that merge).  A thread that has not registered yet (and RPython's own
threads) has the tag `nobody`: what it allocates starts MERGED with no owner.  The main
thread's record is static and set before main() runs.  Cost: one 64-byte record per
thread ever started.
"""

from rpython.rtyper.lltypesystem import lltype, llmemory
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.cfunc import inline_c

MERGED, UNMERGED, QUEUED = 0, 1, 2
SHIFT = 2
ONE = 1 << SHIFT        # the shared word's count unit

C_HEADER = r"""
#ifndef GCLAB_BRC_H
#define GCLAB_BRC_H
#define GCLAB_BRC_MERGED %(MERGED)dL
#define GCLAB_BRC_UNMERGED %(UNMERGED)dL
#define GCLAB_BRC_QUEUED %(QUEUED)dL
#define GCLAB_BRC_ONE %(ONE)dL
#define GCLAB_BRC_STATE (GCLAB_BRC_ONE - 1)
/* the biased header (biased.py's HDR; the object's address is the header's): three
   words, read and written here as words -- through a struct of its own, the C
   compiler could assume these accesses do not alias the generated code's
   `struct pypy_header0` ones (it did: it took the owner from the zeroing memset) */
#define GCLAB_BRC_LOCAL(hdr) (((long *)(hdr))[0])
#define GCLAB_BRC_SHARED(hdr) (((long *)(hdr))[1])
#define GCLAB_BRC_OWNER(hdr) (((long *)(hdr))[2])
typedef struct { long local; long shared; long owner; } gclab_brc_hdr_t;    /* tests */
typedef struct gclab_brc_thread_s {
    long lock, alive, pending;
    void **items;                           /* pairs: object, deallocator */
    long len, cap;
    long pad[2];
} gclab_brc_thread_t;
extern gclab_brc_thread_t gclab_brc_nobody;
extern __thread gclab_brc_thread_t *gclab_brc_me __attribute__((tls_model("initial-exec")));
extern long gclab_qs_threads;                /* deferred.py */
long gclab_brc_give_up(void *hdr);
long gclab_brc_enqueue(void *hdr, long owner, void *adr, void *dealloc);
long gclab_brc_merge(void *hdr, long drop);
void *gclab_brc_next(void);
void *gclab_brc_next_dealloc(void);
void gclab_brc_register(void);
void gclab_brc_unregister(void);
long gclab_brc_close(void);

/* the running thread's tag (one load from thread-local storage) */
static inline long gclab_brc_thread(void) { return (long)gclab_brc_me; }

/* a new object: the running thread owns it (header zeroed: counts 0, MERGED) */
static inline void gclab_brc_born(void *hdr) {
    gclab_brc_thread_t *me = gclab_brc_me;
    if (me != &gclab_brc_nobody) {
        GCLAB_BRC_OWNER(hdr) = (long)me;
        GCLAB_BRC_SHARED(hdr) = GCLAB_BRC_UNMERGED;
    }
}

static inline void gclab_brc_inc_shared(void *hdr) {
    (void)__atomic_add_fetch(&GCLAB_BRC_SHARED(hdr), GCLAB_BRC_ONE,
                             __ATOMIC_RELAXED);
}

/* a non-owner's decrement: 0 alive, 1 dead, 2 to be queued to the owner */
static inline long gclab_brc_dec_shared(void *hdr) {
    long *s = &GCLAB_BRC_SHARED(hdr);
    long old = __atomic_load_n(s, __ATOMIC_RELAXED), new;
    do {
        new = old == GCLAB_BRC_UNMERGED ? GCLAB_BRC_QUEUED : old - GCLAB_BRC_ONE;
    } while (!__atomic_compare_exchange_n(s, &old, new, 1, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED));
    if (old == GCLAB_BRC_UNMERGED)
        return 2;
    return new == 0;
}

/* the owner's local count reached 0: 1 if the object is dead */
static inline long gclab_brc_merge_zero(void *hdr) {
    if (__atomic_load_n(&GCLAB_BRC_SHARED(hdr), __ATOMIC_ACQUIRE) ==
            GCLAB_BRC_UNMERGED &&
            __atomic_load_n(&gclab_qs_threads, __ATOMIC_ACQUIRE) <= 1)
        return 1;                   /* alone, and nobody else ever counted it */
    return gclab_brc_give_up(hdr);
}

static inline long gclab_brc_pending(void) {
    return __atomic_load_n(&gclab_brc_me->pending, __ATOMIC_ACQUIRE);
}

/* runtime immortality (deferred.immortalize): no owner, a negative local count */
static inline void gclab_brc_immortalize(void *hdr, long immortal) {
    __atomic_store_n(&GCLAB_BRC_OWNER(hdr), 0, __ATOMIC_RELAXED);
    __atomic_store_n(&GCLAB_BRC_LOCAL(hdr), immortal, __ATOMIC_RELEASE);
}
#endif
""" % dict(MERGED=MERGED, UNMERGED=UNMERGED, QUEUED=QUEUED, ONE=ONE)

C_SOURCE = r"""
#include <sched.h>
#include <stdlib.h>
gclab_brc_thread_t gclab_brc_nobody;
static gclab_brc_thread_t gclab_brc_main = {0, 1};
__thread gclab_brc_thread_t *gclab_brc_me __attribute__((tls_model("initial-exec")))
    = &gclab_brc_nobody;
long gclab_qs_defer(void *adr, void *rc, void *dealloc);       /* deferred.py */
static __thread gclab_brc_thread_t *mine;       /* this thread's own record */

__attribute__((constructor)) static void gclab_brc_main_thread(void) {
    mine = &gclab_brc_main;
    gclab_brc_me = &gclab_brc_main;
}

static void brc_lock(long *word) {
    long expected = 0;
    while (!__atomic_compare_exchange_n(word, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
        expected = 0;
        sched_yield();
    }
}

static void brc_unlock(long *word) { __atomic_store_n(word, 0, __ATOMIC_RELEASE); }

/* the owner's local count reached 0 while others may hold the object: give it up */
long gclab_brc_give_up(void *hdr) {
    long *h = (long *)hdr;
    long old = __atomic_load_n(&GCLAB_BRC_SHARED(h), __ATOMIC_RELAXED), new;
    __atomic_store_n(&GCLAB_BRC_OWNER(h), 0, __ATOMIC_RELAXED);
    do {
        new = old & ~GCLAB_BRC_STATE;
    } while (!__atomic_compare_exchange_n(&GCLAB_BRC_SHARED(h), &old, new, 1, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED));
    return new == 0;
}

/* merge the local count into the shared one, less `drop` references (the queue's);
   the object has no owner afterwards.  1 if it is dead.  Called by the owner, or by
   anyone once the owner ended (its local count is then frozen). */
long gclab_brc_merge(void *hdr, long drop) {
    long *h = (long *)hdr;
    long local = GCLAB_BRC_LOCAL(h);
    long old = __atomic_load_n(&GCLAB_BRC_SHARED(h), __ATOMIC_RELAXED), new;
    __atomic_store_n(&GCLAB_BRC_OWNER(h), 0, __ATOMIC_RELAXED);
    do {
        new = (old & ~GCLAB_BRC_STATE) + (local - drop) * GCLAB_BRC_ONE;
    } while (!__atomic_compare_exchange_n(&GCLAB_BRC_SHARED(h), &old, new, 1, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED));
    __atomic_store_n(&GCLAB_BRC_LOCAL(h), 0, __ATOMIC_RELAXED);
    return new == 0;
}

/* hand the dropped reference to the owner: 1 if queued, 0 if the owner has ended
   (the caller merges at once: gclab_brc_merge(hdr, 1)) */
long gclab_brc_enqueue(void *hdr, long owner, void *adr, void *dealloc) {
    gclab_brc_thread_t *t = (gclab_brc_thread_t *)owner;
    brc_lock(&t->lock);
    if (!t->alive) {
        brc_unlock(&t->lock);
        return 0;
    }
    if (t->len + 2 > t->cap) {
        long cap = t->cap * 2 + 64;
        void **items = realloc(t->items, cap * sizeof(void *));
        if (items == NULL)
            abort();
        t->items = items;
        t->cap = cap;
    }
    t->items[t->len++] = adr;
    t->items[t->len++] = dealloc;
    __atomic_store_n(&t->pending, 1, __ATOMIC_RELEASE);
    brc_unlock(&t->lock);
    return 1;
}

/* what this thread merges now: taken from its queue (under the lock) */
static __thread void **taken;
static __thread long taken_len, taken_cap, taken_pos;
static __thread void *next_dealloc;

/* the next object of this thread's queue that the merge finds dead and that is to be
   freed now (while others run it is deferred instead: deferred.py); NULL when the
   queue is empty */
void *gclab_brc_next(void) {
    gclab_brc_thread_t *t = mine;
    if (t == NULL)
        return NULL;
    for (;;) {
        while (taken_pos < taken_len) {
            void *adr = taken[taken_pos];
            void *dealloc = taken[taken_pos + 1];
            taken_pos += 2;
            if (gclab_brc_merge(adr, 1) &&
                    !gclab_qs_defer(adr, &GCLAB_BRC_SHARED(adr), dealloc)) {
                next_dealloc = dealloc;
                return adr;
            }
        }
        taken_len = taken_pos = 0;
        if (!__atomic_load_n(&t->pending, __ATOMIC_ACQUIRE))
            return NULL;
        brc_lock(&t->lock);             /* take what was queued so far */
        {
            void **items = t->items;
            long cap = t->cap, len = t->len;
            t->items = taken; t->cap = taken_cap; t->len = 0;
            __atomic_store_n(&t->pending, 0, __ATOMIC_RELAXED);
            taken = items; taken_cap = cap; taken_len = len;
        }
        brc_unlock(&t->lock);
    }
}

void *gclab_brc_next_dealloc(void) { return next_dealloc; }

/* a new thread's first step */
void gclab_brc_register(void) {
    gclab_brc_thread_t *t = calloc(1, sizeof(gclab_brc_thread_t));
    if (t == NULL)
        abort();
    t->alive = 1;
    mine = t;
    gclab_brc_me = t;               /* never freed: a tag is never reused */
}

/* a thread's last steps: it stops owning anything (its tag becomes `nobody`); then
   it merges its queue (gclab_brc_next) until gclab_brc_close finds it empty and
   marks the record dead */
void gclab_brc_unregister(void) { gclab_brc_me = &gclab_brc_nobody; }

long gclab_brc_close(void) {
    gclab_brc_thread_t *t = mine;
    long closed;
    if (t == NULL)
        return 1;
    brc_lock(&t->lock);
    closed = t->len == 0;
    if (closed)
        t->alive = 0;
    brc_unlock(&t->lock);
    if (closed) {
        free(t->items); free(taken);
        t->items = NULL; t->cap = 0;
        taken = NULL; taken_cap = taken_len = taken_pos = 0;
        mine = NULL;
    }
    return closed;
}
"""

eci = ExternalCompilationInfo(post_include_bits=[C_HEADER],
                              separate_module_sources=[C_SOURCE])


def _c(name, args, result):
    return inline_c(eci, name, args, result)


Adr = llmemory.Address
c_thread = _c('gclab_brc_thread', [], lltype.Signed)
c_born = _c('gclab_brc_born', [Adr], lltype.Void)
c_inc_shared = _c('gclab_brc_inc_shared', [Adr], lltype.Void)
c_dec_shared = _c('gclab_brc_dec_shared', [Adr], lltype.Signed)
c_merge_zero = _c('gclab_brc_merge_zero', [Adr], lltype.Signed)
c_enqueue = _c('gclab_brc_enqueue', [Adr, lltype.Signed, Adr, Adr], lltype.Signed)
c_merge = _c('gclab_brc_merge', [Adr, lltype.Signed], lltype.Signed)
c_pending = _c('gclab_brc_pending', [], lltype.Signed)
c_next = _c('gclab_brc_next', [], Adr)
c_next_dealloc = _c('gclab_brc_next_dealloc', [], Adr)
c_register = _c('gclab_brc_register', [], lltype.Void)
c_unregister = _c('gclab_brc_unregister', [], lltype.Void)
c_close = _c('gclab_brc_close', [], lltype.Signed)
c_immortalize = _c('gclab_brc_immortalize', [Adr, lltype.Signed], lltype.Void)
