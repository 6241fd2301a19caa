"""The one registry of gclab's memory-manager plans.

Pure data, importable from the Python 2.7 host (RPython, tests) and from python3 (the
benchmark harness, tools/plans.py).  Everything that lists plans -- the target's --mm,
`make translate`, `make bench`, the tests and the README's table -- reads this module.

Fields of a Plan:
  name         the plan's name: `--mm NAME`, `build/gclab-NAME`
  description  one line for tables and --help
  gc           RPython's --gc= setting
  policy       dotted path of a module in gclab.gc that installs project-owned GC code
               into the C backend (None: RPython's code unchanged)
  kind         'tracing', 'refcount' or 'none'
  status       'ok', or 'broken: <reason verified>' for a plan that cannot translate
  threads      'ok' if the plan translates with RPython's --thread (its binaries then
               run guest threads under a GIL), else 'no: <reason verified>'
  headline     part of the default `make bench`
"""


class Plan(object):
    def __init__(self, name, description, gc, kind, policy=None, status='ok',
                 threads='ok', headline=False):
        self.name = name
        self.description = description
        self.gc = gc
        self.kind = kind
        self.policy = policy
        self.status = status
        self.threads = threads
        self.headline = headline

    def works(self):
        return self.status == 'ok'

    def has_threads(self):
        return self.threads == 'ok'

    def rpython_options(self):
        """Options for RPython's translate command line."""
        options = ['--gc=%s' % self.gc]
        if self.has_threads():
            options.append('--thread')
        return options

    def __repr__(self):
        return 'Plan(%r)' % (self.name,)


PLANS = [
    Plan('incminimark',
         "RPython's generational, incremental tracing GC (the default)",
         gc='incminimark', kind='tracing', policy='gclab.gc.tracing_stats',
         headline=True),
    Plan('refcount',
         "RPython's reference counting (plain, non-atomic increments and decrements) "
         "plus gclab's fix for opaque GCREF (ordered dict indexes)",
         gc='ref', kind='refcount', policy='gclab.gc.refcount', headline=True),
    Plan('atomic-refcount',
         "gclab's reference counting with atomic read-modify-write increments and "
         "decrements (GCC __atomic builtins), as in the Gilectomy",
         gc='ref', kind='refcount', policy='gclab.gc.atomic_refcount', headline=True),
    Plan('immortal-refcount',
         "gclab's reference counting with immortal prebuilt objects (PEP 683): a "
         "negative count, which incref and decref test and leave unchanged",
         gc='ref', kind='refcount', policy='gclab.gc.immortal_refcount'),
    Plan('atomic-immortal-refcount',
         "gclab's atomic reference counting whose increments and decrements skip "
         "immortal prebuilt objects (no lock-prefixed instruction for them)",
         gc='ref', kind='refcount', policy='gclab.gc.immortal_atomic_refcount'),
    Plan('minimark',
         "RPython's generational tracing GC, not incremental (major collections stop "
         "the world)",
         gc='minimark', kind='tracing', policy='gclab.gc.tracing_stats'),
    Plan('hybrid',
         "RPython's older generational GC: a copying nursery, a semispace middle "
         "generation and non-moving large objects",
         gc='hybrid', kind='tracing', policy='gclab.gc.tracing_stats'),
    Plan('generation',
         "RPython's generational copying GC (a nursery in front of semispace)",
         gc='generation', kind='tracing', policy='gclab.gc.tracing_stats'),
    Plan('semispace',
         "RPython's semispace copying GC (Cheney): every collection copies all live "
         "objects",
         gc='semispace', kind='tracing', policy='gclab.gc.tracing_stats'),
    Plan('boehm',
         "The Boehm-Demers-Weiser conservative mark-sweep collector (Debian's libgc)",
         gc='boehm', kind='tracing', policy='gclab.gc.tracing_stats'),
    Plan('none',
         "No memory management: allocates and never frees; the floor for every other "
         "plan's memory-management cost",
         gc='none', kind='none'),
]

DEFAULT = 'incminimark'

_BY_NAME = dict((p.name, p) for p in PLANS)


def names():
    return [p.name for p in PLANS]


def get(name):
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError('unknown memory-manager plan %r; known plans: %s'
                       % (name, ', '.join(names())))
