"""gclab/gc/refcounting/brc.py, biased reference counting without a GIL (its states,
the owners' merge queues, the merges) with deferred.py's grace periods, compiled on its
own with a C driver that makes the count updates as biased.py's free-threaded
operations do.

Producer threads make objects (they own them) and hand them to consumer threads through
a queue: a consumer drops a reference its owner counted, which takes the owner's queue
(or, once the producer has ended, a merge on the spot); consumers also take and drop
references of their own (the shared count).  Everybody replaces the object in one shared
slot and reads it the way the transform does (load, a window, increment), so deferred
freeing has to hold what a reader may still be about to count.  A freed object is
poisoned and never reused: a thread that touches an object after it was freed sees the
poison.  The translated programs are the thread corpus on biased-refcount-nogil."""

import subprocess

import pytest

from gclab.gc.refcounting import brc, deferred

DRIVER = r"""
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

#define MAGIC 0x600DL
#define POISON 0xDEADL
typedef struct { gclab_brc_hdr_t h; long magic; } obj_t;
/* the owner's plain updates of its local count, and everybody's plain reads of the
   owner and the local count, as the generated C makes them; relaxed atomics (the same
   instructions on x86-64) under ThreadSanitizer, which would report them */
#ifdef GCLAB_TSAN
#define LD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define ST(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#else
#define LD(x) (x)
#define ST(x, v) ((x) = (v))
#endif

static obj_t *volatile slot;
static long made, freed, bad, producers_left = %(PRODUCERS)d;

/* the hand-over queue: a ring under a mutex */
#define RING 256
static obj_t *ring[RING];
static long head, tail;
static pthread_mutex_t ring_lock = PTHREAD_MUTEX_INITIALIZER;

static void check(obj_t *o) {
    if (__atomic_load_n(&o->magic, __ATOMIC_RELAXED) != MAGIC)
        __atomic_add_fetch(&bad, 1, __ATOMIC_SEQ_CST);
}

static obj_t *make(void) {
    obj_t *o = calloc(1, sizeof(obj_t));
    gclab_brc_born(o);
    if (o->h.owner == gclab_brc_thread()) o->h.local = 1;
    else gclab_brc_inc_shared(o);           /* made before registering: no owner */
    o->magic = MAGIC;
    __atomic_add_fetch(&made, 1, __ATOMIC_SEQ_CST);
    return o;
}

static void free_now(obj_t *o) {
    check(o);
    o->magic = POISON;                          /* never given back */
    __atomic_add_fetch(&freed, 1, __ATOMIC_SEQ_CST);
}

/* biased.py's rc_inc and rc_drop */
static void incref(obj_t *o) {
    if (LD(o->h.owner) == gclab_brc_thread()) ST(o->h.local, LD(o->h.local) + 1);
    else if (LD(o->h.local) >= 0) gclab_brc_inc_shared(o);
}

static int drop(obj_t *o) {
    long owner = LD(o->h.owner), r;
    if (owner == gclab_brc_thread()) {
        long local = LD(o->h.local) - 1;
        ST(o->h.local, local);
        if (local != 0) return 0;
        return gclab_brc_merge_zero(o) != 0;
    }
    if (LD(o->h.local) < 0) return 0;
    r = gclab_brc_dec_shared(o);
    if (r != 2) return r == 1;
    if (gclab_brc_enqueue(o, owner, o, 0)) return 0;
    return gclab_brc_merge(o, 1) != 0;
}

static void decref(obj_t *o) {
    check(o);
    if (drop(o) && !gclab_qs_defer(o, &o->h.shared, 0))
        free_now(o);
}

static void quiescent(void) {
    void *adr;
    if (gclab_brc_pending())
        while ((adr = gclab_brc_next()) != NULL) free_now(adr);
    if (gclab_qs_quiescent())
        while ((adr = gclab_qs_next()) != NULL) free_now(adr);
}

static void replace_slot(void) {
    obj_t *old = __atomic_exchange_n(&slot, make(), __ATOMIC_ACQ_REL);
    decref(old);
}

static void read_slot(long i) {
    long j;
    obj_t *o = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);       /* the load ... */
    for (j = 0; j < (i & 31); j++)
        __asm__ volatile("" ::: "memory");                      /* ... a window ... */
    check(o);
    incref(o);                                                  /* ... the increment */
    check(o);
    decref(o);
}

static void register_me(void) { gclab_qs_register(); gclab_brc_register(); }

static void unregister_me(void) {
    void *adr;
    gclab_brc_unregister();
    do {
        while ((adr = gclab_brc_next()) != NULL) free_now(adr);
    } while (!gclab_brc_close());
    gclab_qs_unregister();
}

static void *producer(void *arg) {
    long i, n = (long)arg;
    obj_t *kept[16] = {0};
    register_me();
    for (i = 0; i < n; i++) {
        obj_t *o = make();
        if (i %% 3 == 0) {                  /* keep it a while, shared through the slot */
            if (kept[i %% 16]) decref(kept[i %% 16]);
            incref(o);
            kept[i %% 16] = o;
        }
        for (;;) {                          /* hand it over (the reference moves) */
            pthread_mutex_lock(&ring_lock);
            if (tail - head < RING) { ring[tail++ %% RING] = o; o = NULL; }
            pthread_mutex_unlock(&ring_lock);
            if (o == NULL) break;
            quiescent();
            sched_yield();
        }
        if (i %% 7 == 0) replace_slot();
        read_slot(i);
        if (i %% 16 == 0) quiescent();
    }
    for (i = 0; i < 16; i++)
        if (kept[i]) decref(kept[i]);
    __atomic_sub_fetch(&producers_left, 1, __ATOMIC_SEQ_CST);
    unregister_me();
    return NULL;
}

static void *consumer(void *arg) {
    long i = 0;
    register_me();
    for (;;) {
        obj_t *o = NULL;
        pthread_mutex_lock(&ring_lock);
        if (head < tail) o = ring[head++ %% RING];
        pthread_mutex_unlock(&ring_lock);
        if (o == NULL) {
            if (__atomic_load_n(&producers_left, __ATOMIC_SEQ_CST) == 0) {
                pthread_mutex_lock(&ring_lock);
                long empty = head == tail;
                pthread_mutex_unlock(&ring_lock);
                if (empty) break;
            }
            quiescent();
            sched_yield();
            continue;
        }
        check(o);
        if (i & 1) { incref(o); decref(o); }   /* a reference of its own */
        if ((i & 3) == 0) {                     /* held across a quiescent state */
            quiescent();
            check(o);
        }
        decref(o);                              /* the producer's reference */
        if (i %% 5 == 0) replace_slot();
        read_slot(i);
        if (i %% 8 == 0) quiescent();
        i++;
    }
    unregister_me();
    return NULL;
}

int main(void) {
    pthread_t t[%(PRODUCERS)d + %(CONSUMERS)d];
    int i;
    void *adr;
    slot = make();
    for (i = 0; i < %(PRODUCERS)d + %(CONSUMERS)d; i++) {
        gclab_qs_thread_starting();
        if (i < %(PRODUCERS)d)      /* the first producer ends early: its objects
                                       outlive their owner */
            pthread_create(&t[i], NULL, producer, (void *)(i == 0 ? %(ROUNDS)d / 8
                                                            : %(ROUNDS)dL));
        else
            pthread_create(&t[i], NULL, consumer, NULL);
    }
    for (i = 0; i < %(PRODUCERS)d + %(CONSUMERS)d; i++)
        pthread_join(t[i], NULL);
    gclab_qs_wait_alone();
    decref(slot);
    while ((adr = gclab_brc_next()) != NULL) free_now(adr);
    while (gclab_qs_poll())
        while ((adr = gclab_qs_next()) != NULL) free_now(adr);
    printf("made %%ld freed %%ld bad %%ld\n", made, freed, bad);
    return 0;
}
"""


def compile_driver(tmpdir, rounds, producers=2, consumers=2, flags=()):
    src = tmpdir.join('brc.c')
    src.write(deferred.C_HEADER + deferred.C_SOURCE + brc.C_HEADER + brc.C_SOURCE +
              DRIVER % dict(ROUNDS=rounds, PRODUCERS=producers, CONSUMERS=consumers))
    exe = tmpdir.join('brc')
    subprocess.check_call(['gcc', '-O2', '-pthread'] + list(flags) +
                          [str(src), '-o', str(exe)])
    return str(exe)


@pytest.fixture(scope='module')
def driver(tmpdir_factory):
    return compile_driver(tmpdir_factory.mktemp('brc'), 100000)


def test_no_thread_sees_a_freed_object_and_everything_is_freed(driver):
    for run in range(3):
        out = subprocess.check_output([driver]).decode().split()
        made, freed, bad = int(out[1]), int(out[3]), int(out[5])
        assert bad == 0, out
        assert made > 100000
        assert freed == made, out


def test_states_in_the_shared_word(tmpdir):
    """One thread's view of the state machine: a non-owner's drop below 0 queues
    the object to its owner, whose merge finds it dead; a drop by an ended owner's
    thread merges at once; an object given up is counted in the shared word."""
    src = tmpdir.join('states.c')
    src.write(deferred.C_HEADER + deferred.C_SOURCE + brc.C_HEADER + brc.C_SOURCE + r"""
#include <stdio.h>
int main(void) {
    gclab_brc_hdr_t a = {0}, b = {0};
    gclab_brc_thread_t other = {0, 1}, ended = {0, 0};
    gclab_brc_born(&a);                    /* the main thread owns it */
    if (a.owner != gclab_brc_thread() || a.shared != GCLAB_BRC_UNMERGED) return 1;
    a.local = 1;
    /* a non-owner's drop of the owner's reference: queued, count unchanged */
    a.owner = (long)&other;
    if (gclab_brc_dec_shared(&a) != 2 || a.shared != GCLAB_BRC_QUEUED) return 2;
    if (!gclab_brc_enqueue(&a, (long)&other, &a, 0) || other.len != 2) return 3;
    if (gclab_brc_enqueue(&a, (long)&ended, &a, 0)) return 4;   /* owner ended */
    /* the owner's merge, minus the queue's reference: dead, no owner */
    if (!gclab_brc_merge(&a, 1) || a.shared != 0 || a.owner != 0 || a.local != 0)
        return 5;
    /* given up with one shared reference: MERGED, then dead at the last drop */
    gclab_brc_born(&b);
    b.local = 1;
    gclab_brc_inc_shared(&b);
    b.local = 0;
    gclab_brc_thread_starting();            /* a second thread: no shortcut */
    if (gclab_brc_merge_zero(&b) || b.owner != 0 || b.shared != GCLAB_BRC_ONE) return 6;
    if (gclab_brc_dec_shared(&b) != 1 || b.shared != 0) return 7;
    printf("ok\n");
    return 0;
}
""".replace('gclab_brc_thread_starting', 'gclab_qs_thread_starting'))
    exe = tmpdir.join('states')
    subprocess.check_call(['gcc', '-O1', '-pthread', str(src), '-o', str(exe)])
    assert subprocess.check_output([str(exe)]).decode().split() == ['ok']


def test_thread_sanitizer_finds_no_race_in_the_protocol(tmpdir):
    """The driver under ThreadSanitizer: the protocol has no data race.  The plain
    word-sized accesses of the owner and the local count are relaxed atomics there
    (GCLAB_TSAN above): on x86-64 the same instructions."""
    exe = compile_driver(tmpdir, 3000,
                         flags=['-fsanitize=thread', '-g', '-O1', '-DGCLAB_TSAN'])
    proc = subprocess.Popen([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={'TSAN_OPTIONS': 'halt_on_error=1'})
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()[-3000:]
    assert b'WARNING: ThreadSanitizer' not in err
    made, freed = int(out.split()[1]), int(out.split()[3])
    assert freed == made
