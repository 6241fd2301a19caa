"""gclab/gc/refcounting/deferred.py, the free-threaded refcount plans' deferred freeing
(quiescent-state-based reclamation), compiled on its own with a C driver that plays
RPython's part: writer threads keep replacing the object in one shared slot and drop
the old one's count; reader threads load the slot, then (after a delay, the window the
transform leaves between a load and its increment) check the object and count it.  A
freed object is poisoned and its memory never reused, so a reader that touches an
object after it was freed sees the poison.  The translated race program is
tests/programs/threads/race_refcounts.py."""

import subprocess

import pytest

from gclab.gc.refcounting import deferred

DRIVER = r"""
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define MAGIC 0x600DL
#define POISON 0xDEADL
typedef struct { long rc; long magic; } obj_t;      /* the count, then the object */

static obj_t *volatile slot;
static long made = 1, freed, bad, stop;

static obj_t *make(void) {
    obj_t *o = malloc(sizeof(obj_t));
    o->rc = 1;                                          /* the slot's reference */
    o->magic = MAGIC;
    __atomic_add_fetch(&made, 1, __ATOMIC_SEQ_CST);
    return o;
}

static void free_now(obj_t *o) {
    if (o->magic != MAGIC) { __atomic_add_fetch(&bad, 1, __ATOMIC_SEQ_CST); return; }
    o->magic = POISON;                                  /* never given back */
    __atomic_add_fetch(&freed, 1, __ATOMIC_SEQ_CST);
}

static void decref(obj_t *o) {
    if (__atomic_sub_fetch(&o->rc, 1, __ATOMIC_ACQ_REL) == 0)
        if (!gclab_qs_defer(&o->magic, &o->rc, (void *)0))
            free_now(o);
}

static void quiescent(void) {
    if (gclab_qs_quiescent()) {
        void *adr;
        while ((adr = gclab_qs_next()) != NULL)
            free_now((obj_t *)((char *)adr - sizeof(long)));
    }
}

static void *writer(void *arg) {
    long i;
    gclab_qs_register();
    for (i = 0; i < %(ROUNDS)d; i++) {
        obj_t *old = __atomic_exchange_n(&slot, make(), __ATOMIC_ACQ_REL);
        decref(old);
        if (i %% 16 == 0) quiescent();
    }
    gclab_qs_unregister();
    return NULL;
}

static void *reader(void *arg) {
    long i, j;
    gclab_qs_register();
    for (i = 0; i < %(ROUNDS)d; i++) {
        obj_t *o = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);   /* the load ... */
        for (j = 0; j < (i & 63); j++)
            __asm__ volatile("" ::: "memory");                  /* ... a window ... */
        if (__atomic_load_n(&o->magic, __ATOMIC_RELAXED) != MAGIC)
            __atomic_add_fetch(&bad, 1, __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&o->rc, 1, __ATOMIC_RELAXED);        /* ... the increment */
        if (o->magic != MAGIC)
            __atomic_add_fetch(&bad, 1, __ATOMIC_SEQ_CST);
        decref(o);
        if (i %% 8 == 0) quiescent();
        if (i %% 1000 == 0) { gclab_qs_offline(); gclab_qs_online(); }
    }
    gclab_qs_unregister();
    return NULL;
}

int main(void) {
    pthread_t t[5];
    int i;
    slot = make();
    made = 1;
    for (i = 0; i < 5; i++) {
        gclab_qs_thread_starting();
        pthread_create(&t[i], NULL, i < 2 ? writer : reader, NULL);
    }
    for (i = 0; i < 5; i++)
        pthread_join(t[i], NULL);
    gclab_qs_wait_alone();
    {   void *adr;                                 /* alone: everything may go */
        while (gclab_qs_poll())
            while ((adr = gclab_qs_next()) != NULL)
                free_now((obj_t *)((char *)adr - sizeof(long)));
    }
    printf("made %%ld freed %%ld bad %%ld\n", made, freed, bad);
    return 0;
}
"""


@pytest.fixture(scope='module')
def driver(tmpdir_factory):
    tmpdir = tmpdir_factory.mktemp('qs')
    src = tmpdir.join('qs.c')
    rounds = 200000
    src.write(deferred.C_HEADER + deferred.C_SOURCE + DRIVER % dict(ROUNDS=rounds))
    exe = tmpdir.join('qs')
    subprocess.check_call(['gcc', '-O2', '-pthread', str(src), '-o', str(exe)])
    return str(exe), rounds


def test_no_reader_sees_a_freed_object_and_everything_is_freed(driver):
    exe, rounds = driver
    for run in range(3):
        out = subprocess.check_output([exe]).decode().split()
        made, freed, bad = int(out[1]), int(out[3]), int(out[5])
        assert bad == 0, out
        assert made == 2 * rounds + 1
        assert freed == made - 1, out       # all but the one left in the slot


def test_a_count_taken_again_is_not_freed(tmpdir):
    """An object whose count reached 0 (deferred) and that a racing reader took again
    is left alive by the drain, with the reader's reference as its count."""
    src = tmpdir.join('again.c')
    src.write(deferred.C_HEADER + deferred.C_SOURCE + r"""
#include <stdio.h>
int main(void) {
    long obj[2] = {0, 7};           /* count 0: just dropped by its last owner */
    void *adr;
    gclab_qs_thread_starting();     /* a second thread is counted: defer */
    if (!gclab_qs_defer(&obj[1], &obj[0], 0)) return 1;
    obj[0]++;                       /* a reader that loaded it before takes it */
    gclab_qs_uncount();             /* alone again: every batch may go */
    while (gclab_qs_poll())
        while ((adr = gclab_qs_next()) != NULL)
            return 2;               /* must not be handed out for freeing */
    printf("%ld\n", obj[0]);
    return 0;
}
""")
    exe = tmpdir.join('again')
    subprocess.check_call(['gcc', '-O1', str(src), '-o', str(exe)])
    assert subprocess.check_output([str(exe)]).decode().split() == ['1']
