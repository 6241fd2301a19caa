"""The tracing collectors: RPython's framework GCs and Boehm, with gclab's counting of
collections and pauses (counting.py).  Fields: gclab/gc/plans.py, FIELDS."""

# every tracing manager maintains these gclab.gc.stats counters (counting.py)
COUNTERS = ['minor_collections', 'major_collections', 'pause_total_ns', 'pause_max_ns']

FRAMEWORK_POLICY = 'gclab.gc.tracing.counting:CountingShadowStackGcPolicy'

# Why RPython's framework GCs cannot run without a GIL (read in RPython 0.2.1):
# one bump-pointer nursery shared by all threads (memory/gc/incminimark.py), one
# shadow-stack pointer swapped when a thread takes the GIL
# (memory/gctransform/shadowstack.py), and no safepoint besides a GIL release.
FRAMEWORK_NOGIL = ('no: one nursery and one shadow-stack pointer for all threads, '
                   'swapped at GIL acquire; no safepoints but GIL releases '
                   '(RPython 0.2.1)')

# The poisoned debug allocator is the refcount plans' (refcounting/refcount.py): these
# collectors free by sweeping or copying their own heap (Boehm: libgc's), never object
# by object through the C library's free(), so there is no free to poison.
POISONED = ("no: reclaims its own heap (sweeping or copying), not object by object "
            "through free()")
ALLOCATORS = {'default': 'ok', 'poisoned': POISONED}

# CI (`make test`) runs the corpus on incminimark (a nursery whose objects move at every
# minor collection, incremental marking); the other framework GCs run the same gclab
# code (FRAMEWORK_POLICY).  semispace left CI in session 18 to keep CI within its hour:
# tests/unit/test_gc_tracing.py still translates and runs its moving collector, and
# `make test PLANS=all` runs the corpus on it.
NOT_IN_CI = {'default': 'no: the same gclab code as incminimark '
                        '(CountingShadowStackGcPolicy), under a collector between '
                        'incminimark and semispace'}
SEMISPACE_CI = {'default': 'no: the same gclab code as incminimark '
                           '(CountingShadowStackGcPolicy), whose nursery objects move at '
                           'every minor collection; tests/unit/test_gc_tracing.py runs '
                           "semispace's moving collector on translated test programs"}

# How a manager is made to collect very often at run time.  RPython's incminimark and
# minimark read PYPY_GC_NURSERY, its generation and hybrid GCs
# PYPY_GENERATIONGC_NURSERY; Boehm's libgc collects after allocating
# heap size / GC_FREE_SPACE_DIVISOR bytes (default 3).
MANAGERS = [
    dict(name='incminimark',
         description="RPython's generational, incremental tracing GC (the default)",
         kind='tracing', rpython_gc='incminimark', gc_policy=FRAMEWORK_POLICY,
         counters=COUNTERS, allocators=ALLOCATORS, headline=True, heap_limit=True,
         fixed_nursery=True, nursery_kb=896, nursery_env='PYPY_GC_NURSERY',
         stress={'env': {'PYPY_GC_NURSERY': '4k'}, 'counter': 'minor_collections'},
         threading={'gil': 'ok', 'nogil': FRAMEWORK_NOGIL}),
    dict(name='minimark',
         description="RPython's generational tracing GC, not incremental (major "
                     "collections stop the world)",
         kind='tracing', rpython_gc='minimark', gc_policy=FRAMEWORK_POLICY,
         counters=COUNTERS, allocators=ALLOCATORS, heap_limit=True,
         fixed_nursery=True, nursery_kb=896, nursery_env='PYPY_GC_NURSERY',
         stress={'env': {'PYPY_GC_NURSERY': '4k'}, 'counter': 'minor_collections'},
         ci=NOT_IN_CI,
         threading={'gil': 'ok', 'nogil': FRAMEWORK_NOGIL}),
    dict(name='hybrid',
         description="RPython's older generational GC: a copying nursery, a semispace "
                     "middle generation and non-moving large objects",
         kind='tracing', rpython_gc='hybrid', gc_policy=FRAMEWORK_POLICY,
         counters=COUNTERS, allocators=ALLOCATORS,
         nursery_kb=3072, nursery_env='PYPY_GENERATIONGC_NURSERY',
         stress={'env': {'PYPY_GENERATIONGC_NURSERY': '4096'},
                 'counter': 'minor_collections'},
         ci=NOT_IN_CI,
         threading={'gil': 'ok', 'nogil': FRAMEWORK_NOGIL}),
    dict(name='generation',
         description="RPython's generational copying GC (a nursery in front of "
                     "semispace)",
         kind='tracing', rpython_gc='generation', gc_policy=FRAMEWORK_POLICY,
         counters=COUNTERS, allocators=ALLOCATORS,
         nursery_kb=3072, nursery_env='PYPY_GENERATIONGC_NURSERY',
         stress={'env': {'PYPY_GENERATIONGC_NURSERY': '4096'},
                 'counter': 'minor_collections'},
         ci=NOT_IN_CI,
         threading={'gil': 'ok', 'nogil': FRAMEWORK_NOGIL}),
    dict(name='semispace',
         description="RPython's semispace copying GC (Cheney): every collection copies "
                     "all live objects",
         kind='tracing', rpython_gc='semispace', gc_policy=FRAMEWORK_POLICY,
         counters=COUNTERS, allocators=ALLOCATORS, ci=SEMISPACE_CI,
         stress={'none': 'no run-time setting: its space size is fixed at translation '
                         '(8 MB); stressed by the GC workloads instead'},
         threading={'gil': 'ok', 'nogil': FRAMEWORK_NOGIL}),
    dict(name='boehm',
         description="The Boehm-Demers-Weiser conservative mark-sweep collector "
                     "(Debian's libgc)",
         kind='tracing', rpython_gc='boehm',
         gc_policy='gclab.gc.tracing.counting:CountingBoehmGcPolicy',
         counters=COUNTERS, allocators=ALLOCATORS,
         stress={'env': {'GC_FREE_SPACE_DIVISOR': '300'},
                 'counter': 'major_collections'},
         finalization='conservative',
         threading={'gil': 'ok', 'nogil': 'ok'}),
]

