"""No memory management at all: RPython's --gc=none.  Fields: gclab/gc/plans.py, FIELDS."""

MANAGERS = [
    dict(name='none',
         description="No memory management: allocates and never frees; the floor for "
                     "every other plan's memory-management cost",
         kind='none', rpython_gc='none',
         threading={'gil': 'ok',
                    'nogil': 'ok'},
         # CI (`make test`) translates none-nogil only, to stay within its hour: the same
         # manager (nothing freed) with the free-threaded runtime; the GIL's machinery
         # is tested by the other GIL plans.  `make test PLANS=none` runs this one.
         ci={'default': 'no: none-nogil runs the same manager (nothing is freed) in CI; '
                        "the GIL's machinery is tested on the other GIL plans",
             'nogil': 'ok'},
         allocators={'default': 'ok',
                     'poisoned': 'no: nothing is ever freed, so there is nothing to '
                                 'poison'}),
]
