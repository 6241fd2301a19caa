"""gclab's reference counting for plan `atomic-immortal-refcount`: the atomic
increments and decrements of plan `atomic-refcount` (atomic.py) that
skip immortal objects, as in plan `immortal-refcount` (immortal.py).

What becomes immortal is exactly what immortal.py says: every prebuilt GC
object gets the negative count IMMORTAL_REFCOUNT (the same consider_constant()),
and nothing else.

The check, in the two `static inline` C helpers below (the only difference from
atomic.py's):
    incref   if (__atomic_load_n(rc, RELAXED) >= 0) __atomic_add_fetch(rc, 1, RELAXED)
    decref   if (__atomic_load_n(rc, RELAXED) < 0) return -1;   (never 0)
             return __atomic_sub_fetch(rc, 1, ACQ_REL)
The check is a plain load and a sign test before the locked instruction (on
x86-64 the relaxed load is an ordinary `mov`), so an immortal object costs no
`lock` instruction and no write: its cache line is never taken exclusive.  The
load needs no ordering and no retry loop because whether an object is immortal
never changes: the sign of a count is fixed when the object is created (negative
in the prebuilt data, 0 then positive for an object malloc'ed at run time), and
atomic updates of a mortal count never make it negative, so a racing thread can
only see a non-negative value for a mortal object and IMMORTAL_REFCOUNT for an
immortal one.  (It is an __atomic_load_n rather than a plain read so that the C
compiler knows the location is shared: a plain read racing with another thread's
atomic write is a data race in C11.)  The memory orders of the increment and the
decrement are atomic.py's.

As in atomic.py, the allocation and free counters (gclab.gc.stats) are
plain increments: they run under the GIL.
"""

from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.refcounting.atomic import (AtomicRefcountingGCTransformer,
                                      AtomicRefcountingGcPolicy)
from gclab.gc.refcounting.immortal import ImmortalPrebuilt, IMMORTAL_REFCOUNT

assert IMMORTAL_REFCOUNT < 0     # the C helpers test the sign

# The argument is the address of the `refcount` field (`void *`, as llmemory.Address).
_IMMORTAL_ATOMIC_C = r"""
/* gclab atomic-immortal-refcount: see gclab/gc/refcounting/immortal_atomic.py.
   A negative count is immortal (IMMORTAL_REFCOUNT): never changed. */
static inline void gclab_rc_incref_mortal(void *refcount) {
    Signed *p = (Signed *)refcount;
    if (__atomic_load_n(p, __ATOMIC_RELAXED) >= 0)
        (void)__atomic_add_fetch(p, 1, __ATOMIC_RELAXED);
}
static inline Signed gclab_rc_decref_mortal(void *refcount) {
    Signed *p = (Signed *)refcount;
    if (__atomic_load_n(p, __ATOMIC_RELAXED) < 0)
        return -1;                      /* immortal: never reaches 0 */
    return __atomic_sub_fetch(p, 1, __ATOMIC_ACQ_REL);
}
"""

eci = ExternalCompilationInfo(post_include_bits=[_IMMORTAL_ATOMIC_C])


def _c_helper(name, result):
    return rffi.llexternal(name, [llmemory.Address], result,
                           compilation_info=eci, _nowrapper=True,
                           sandboxsafe=True, releasegil=False,
                           random_effects_on_gcobjs=False)

c_incref_mortal = _c_helper('gclab_rc_incref_mortal', lltype.Void)
c_decref_mortal = _c_helper('gclab_rc_decref_mortal', lltype.Signed)


class ImmortalAtomicRefcountingGCTransformer(ImmortalPrebuilt,
                                             AtomicRefcountingGCTransformer):
    C_INCREF = c_incref_mortal
    C_DECREF = c_decref_mortal


class ImmortalAtomicRefcountingGcPolicy(AtomicRefcountingGcPolicy):

    def gettransformer(self, translator):
        return ImmortalAtomicRefcountingGCTransformer(translator)
