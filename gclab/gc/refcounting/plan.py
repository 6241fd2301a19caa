"""Reference counting: RPython's --gc=ref with gclab's transformer (refcount.py) and its
variants, which differ only in how a count is incremented and decremented.
Fields: gclab/gc/plans.py, FIELDS."""

# every refcount manager maintains these gclab.gc.stats counters: objects by refcount.py,
# the rest by the cycle collector (gclab.objspace.cyclegc; its collections of generation
# 0 or 1 count as minor, of generation 2 as major)
COUNTERS = ['objects_allocated', 'objects_freed', 'minor_collections',
            'major_collections', 'pause_total_ns', 'pause_max_ns', 'cycle_garbage',
            'cycle_errors']

# the run-time setting of generation 0's threshold (gclab.interp.accounting); 1: a cycle
# collection after every new container
CYCLE_THRESHOLD_ENV = 'GCLAB_CYCLE_THRESHOLD'
STRESS = {'env': {CYCLE_THRESHOLD_ENV: '1'}, 'counter': 'minor_collections'}

# Plain counts are read-modify-writes: two threads updating one count lose updates.
PLAIN_NOGIL = ('no: plain (non-atomic) count updates lose increments when two threads '
               'update one object')
# The atomic plans run without a GIL too: their counts survive two threads, and
# deferred.py closes the load-then-increment race (quiescent-state-based reclamation);
# so does biased-refcount, whose owners merge queued counts without a GIL (brc.py).
# every refcount manager has a poisoned debug build (refcount.py, POISON_FREED)
ALLOCATORS = {'default': 'ok', 'poisoned': 'ok'}

# CI (`make test`) translates refcount, counting-refcount and the headline plans, and of
# the debug builds refcount-poisoned and atomic-immortal-refcount-poisoned: between them
# every kind of count update (plain, atomic, immortal-skipping, biased) and the
# transformer's elisions on a heap where a use after free aborts.  The others run the
# same code in another combination: `make test PLANS=all` runs them.
COVERED_IMMORTAL = ("no: atomic-immortal-refcount-poisoned skips immortal objects the "
                    "same way (its updates atomic) on a poisoned heap; refcount makes "
                    "the plain updates")
# biased-refcount-nogil's translation is the slowest of all (17 minutes of CI's
# two-at-a-time translations, measured 2026-12-06): with it CI took more than its hour
BIASED_NOGIL_CI = ("no: its translation alone takes 17 minutes of CI's hour; "
                   "biased-refcount makes the same count updates under a GIL, "
                   "atomic-immortal-refcount-nogil-poisoned runs the same deferred "
                   "freeing and immortal shared objects on a poisoned heap, and "
                   "tests/unit/test_brc.py races its merge queues; "
                   "`make test PLANS=biased-refcount-nogil` runs the corpus on it")
COVERED_POISONED = ("no: atomic-immortal-refcount-poisoned makes the same atomic and "
                    "immortal updates on a poisoned heap")

MANAGERS = [
    dict(name='refcount',
         description="RPython's reference counting (plain, non-atomic increments and "
                     "decrements) plus gclab's fix for opaque GCREF (ordered dict "
                     "indexes)",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.refcount:GclabRefcountingGcPolicy',
         counters=COUNTERS, stress=STRESS, allocators=ALLOCATORS, headline=True,
         threading={'gil': 'ok', 'nogil': PLAIN_NOGIL}),
    dict(name='counting-refcount',
         description="plan refcount with every increment and decrement of a count "
                     "counted for --gc-stats (rc_increments, rc_decrements): a "
                     "measuring build, slower than refcount",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.counting:CountingRefcountingGcPolicy',
         counters=COUNTERS + ['rc_increments', 'rc_decrements'], stress=STRESS,
         allocators={'default': 'ok',
                     'poisoned': "no: a measuring build of refcount: refcount-poisoned "
                                 "has the same transformer and updates"},
         threading={'gil': 'ok', 'nogil': PLAIN_NOGIL}),
    dict(name='atomic-refcount',
         description="gclab's reference counting with atomic read-modify-write "
                     "increments and decrements (GCC __atomic builtins), as in the "
                     "Gilectomy",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.atomic:AtomicRefcountingGcPolicy',
         counters=COUNTERS, stress=STRESS, allocators=ALLOCATORS, properties=['atomic'],
         headline=True,
         ci={'poisoned': COVERED_POISONED,
             'nogil': "no: atomic-immortal-refcount-nogil-poisoned runs the same "
                      "deferred freeing with atomic updates on a poisoned heap"},
         threading={'gil': 'ok', 'nogil': 'ok'}),
    dict(name='immortal-refcount',
         description="gclab's reference counting with immortal prebuilt objects "
                     "(PEP 683): a negative count, which incref and decref test and "
                     "leave unchanged",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.immortal:ImmortalRefcountingGcPolicy',
         counters=COUNTERS, stress=STRESS, allocators=ALLOCATORS, properties=['immortal'],
         ci={'default': COVERED_IMMORTAL, 'poisoned': COVERED_IMMORTAL},
         threading={'gil': 'ok', 'nogil': PLAIN_NOGIL}),
    dict(name='atomic-immortal-refcount',
         description="gclab's atomic reference counting whose increments and "
                     "decrements skip immortal prebuilt objects (no lock-prefixed "
                     "instruction for them)",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.immortal_atomic:'
                   'ImmortalAtomicRefcountingGcPolicy',
         counters=COUNTERS, stress=STRESS, allocators=ALLOCATORS,
         properties=['atomic', 'immortal'],
         ci={'default': 'no: its poisoned build, in CI, has the same transformer '
                        'and updates'},
         threading={'gil': 'ok', 'nogil': 'ok'}),
    dict(name='biased-refcount',
         description="biased reference counting (Choi et al. 2018, CPython 3.13t): "
                     "the owner thread updates a local count with plain instructions, "
                     "other threads a shared count atomically; prebuilt objects "
                     "immortal",
         kind='refcount', rpython_gc='ref',
         gc_policy='gclab.gc.refcounting.biased:BiasedRefcountingGcPolicy',
         counters=COUNTERS, stress=STRESS, allocators=ALLOCATORS,
         properties=['biased', 'immortal'], headline=True,
         ci={'poisoned': 'no: biased-refcount runs the corpus with the same updates; '
                         "refcount-poisoned checks the transformer's elisions on a "
                         'poisoned heap',
             'nogil': BIASED_NOGIL_CI, 'nogil-poisoned': BIASED_NOGIL_CI},
         threading={'gil': 'ok', 'nogil': 'ok'}),
]
