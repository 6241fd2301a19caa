/* What one uncontended atomic refcount update costs on this machine, beside a plain
 * one: the instructions the atomic-refcount plans use (gclab/gc/atomic_refcount.py).
 *
 *     gcc -O2 -o /tmp/atomic_cost tools/atomic_cost.c && /tmp/atomic_cost
 *
 * Single-threaded, one aligned counter per loop: no contention, no false sharing. */
#include <stdio.h>
#include <time.h>

#define N 100000000L

static long counters[3 * 8] __attribute__((aligned(64)));   /* one cache line each */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void)
{
    double t0 = now();
    for (long i = 0; i < N; i++) {
        __asm__ volatile("" ::: "memory");      /* keep the plain add in memory */
        counters[0]++;
    }
    double t1 = now();
    for (long i = 0; i < N; i++)
        __atomic_add_fetch(&counters[8], 1, __ATOMIC_RELAXED);
    double t2 = now();
    for (long i = 0; i < N; i++)
        __atomic_sub_fetch(&counters[16], 1, __ATOMIC_ACQ_REL);
    double t3 = now();
    printf("ns per update: plain add %.2f, atomic add (relaxed) %.2f, "
           "atomic sub (acq_rel) %.2f\n",
           (t1 - t0) / N * 1e9, (t2 - t1) / N * 1e9, (t3 - t2) / N * 1e9);
    return 0;
}
