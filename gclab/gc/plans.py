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
"""


class Plan(object):
    def __init__(self, name, description, gc, kind, policy=None, status='ok',
                 headline=False):
        self.name = name
        self.description = description
        self.gc = gc
        self.kind = kind
        self.policy = policy
        self.status = status
        self.headline = headline

    def works(self):
        return self.status == 'ok'

    def rpython_options(self):
        """Options for RPython's translate command line."""
        return ['--gc=%s' % self.gc]

    def __repr__(self):
        return 'Plan(%r)' % (self.name,)


PLANS = [
    Plan('incminimark',
         "RPython's generational, incremental tracing GC (the default)",
         gc='incminimark', kind='tracing', headline=True),
    Plan('refcount',
         "RPython's reference counting (plain, non-atomic increments and decrements) "
         "plus gclab's fix for opaque GCREF (ordered dict indexes)",
         gc='ref', kind='refcount', policy='gclab.gc.refcount', headline=True),
    Plan('atomic-refcount',
         "gclab's reference counting with atomic read-modify-write increments and "
         "decrements (GCC __atomic builtins), as in the Gilectomy",
         gc='ref', kind='refcount', policy='gclab.gc.atomic_refcount', headline=True),
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
