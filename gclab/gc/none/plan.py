"""No memory management at all: RPython's --gc=none.  Fields: gclab/gc/plans.py, FIELDS."""

MANAGERS = [
    dict(name='none',
         description="No memory management: allocates and never frees; the floor for "
                     "every other plan's memory-management cost",
         kind='none', rpython_gc='none',
         threading={'gil': 'ok',
                    'nogil': 'ok'},
         allocators={'default': 'ok',
                     'poisoned': 'no: nothing is ever freed, so there is nothing to '
                                 'poison'}),
]
