"""gclab's reference counting for plan `counting-refcount`: plan `refcount` whose every
increment and decrement of a count is also counted, for `--gc-stats` (`rc_increments`,
`rc_decrements`).  A measuring build: the two counters cost a load-add-store of a
global each, on every update, so the product plans do not carry them (on fib(30) the
counting build's time is in the closing note of the change that added it).

Only refcount_operations() differs from refcount.py's transformer: rc_inc and rc_dec are
the plain ones plus a bump of gclab.gc.stats.COUNTERS.  What is counted is every update
of a count through the transformer's helpers -- each push_alive and pop_alive in the
generated C, and the decrement that follows a destructor -- which is what
tools/rcops.py shows, function by function, in the generated C.  A count set by malloc
(1) or by a deallocator around a destructor is a store, not an update, and is not
counted.  Prebuilt objects' counts are updated and counted like any other (the immortal
plans skip them: their counting would be a plan of its own).

The counters are plain increments: every refcount plan runs its threads under a GIL
(refcount.py, "Threads")."""

from gclab.gc import stats
from gclab.gc.refcounting.refcount import (GclabRefcountingGCTransformer,
                                           GclabRefcountingGcPolicy)


class CountingRefcountingGCTransformer(GclabRefcountingGCTransformer):
    """gclab's transformer with the plain updates, each one counted."""

    def refcount_operations(self):
        plain_inc, plain_dec = GclabRefcountingGCTransformer.refcount_operations(self)

        def rc_inc(adr):
            stats.COUNTERS[stats.RC_INCREMENTS] += 1
            plain_inc(adr)

        def rc_dec(adr):
            stats.COUNTERS[stats.RC_DECREMENTS] += 1
            return plain_dec(adr)
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec


class CountingRefcountingGcPolicy(GclabRefcountingGcPolicy):
    def gettransformer(self, translator):
        return CountingRefcountingGCTransformer(translator)
