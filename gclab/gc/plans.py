"""The one registry of gclab's memory-manager plans, and the interface a plan declares.

Pure data, importable from the Python 2.7 host (RPython, tests) and from python3 (the
benchmark harness, tools/plans.py, the Makefile), also by file path (bench/__init__.py):
it imports nothing of gclab and nothing of RPython.

Managers and plans
------------------
A *memory manager* (or a family of them) is one folder under gclab/gc/ with a file
`plan.py` that declares it: a list MANAGERS of dicts, one per manager, whose keys are the
FIELDS below.  This module finds every gclab/gc/*/plan.py, checks each declaration
against FIELDS, and composes the *plans* from the managers and the axes:

    <manager>[-nogil][-<allocator>]        e.g. refcount, atomic-refcount-nogil

A combination a manager supports (its `threading` / `allocators` entry says 'ok') is a
plan that translates; one it does not support is kept in UNSUPPORTED with the verified
reason, so that `make translate MM=refcount-nogil`, `--help` and the README say why.
Everything that lists plans -- the target's --mm, `make translate`, `make bench`, the
test matrix, the README's table, `--gc-stats` -- reads this module; nothing repeats it.
docs/adding-a-plan.md walks through adding one.

The implementation of a manager (RPython code: a GC policy class for the C backend, a
GC transformer, GC subclasses) lives beside its plan.py and is named by the `gc_policy`
field; gclab/gc/rpython_patches.py installs it (every change to RPython is there).
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

# field: (required, meaning).  Everything a plan is, in one place.
FIELDS = {
    'name': (True, "the manager's name: the first part of every plan name"),
    'description': (True, 'one line for tables and --help'),
    'kind': (True, "'tracing', 'refcount' or 'none' (what --gc-stats and the tests "
                   "expect of it: collections, or counts of objects freed)"),
    'rpython_gc': (True, "RPython's --gc= setting"),
    'gc_policy': (False, "'module:Class' of the C backend's GC policy class that "
                         "replaces RPython's for rpython_gc (None: RPython's code "
                         "unchanged); see rpython_patches.py"),
    'counters': (False, 'the gclab.gc.stats counters this manager maintains (the '
                        'others print as null); every plan also counts exceptions_'
                        'raised and frames_unwound'),
    'properties': (False, 'what the generated C must show (tests/unit checks each): '
                          "'atomic' (lock-prefixed count updates), 'immortal' "
                          "(prebuilt objects never counted), 'biased' (the owner "
                          "thread's updates plain, the others' atomic)"),
    'stress': (False, "how to make it collect very often at run time: "
                      "{'env': {VAR: value}, 'counter': stats counter that shows it}, "
                      "or {'none': reason}"),
    'nursery_kb': (False, 'the nursery size --gc-stats reports (None: no nursery)'),
    'nursery_env': (False, 'the environment variable that sets the nursery size'),
    'fixed_nursery': (False, "True: the nursery is the GC's translation default on "
                             "every machine, not RPython's /proc/cpuinfo estimate"),
    'heap_limit': (False, "True: honours RPython's heap limit (PYPY_GC_MAX, "
                          "rgc.set_max_heap_size): MemoryError instead of an abort; "
                          "main.py sets it under an address-space limit"),
    'threading': (False, "{'gil': status, 'nogil': status}; status 'ok' or "
                         "'no: <verified reason>'"),
    'allocators': (False, "{'default': 'ok', <name>: status}: the raw allocator axis"),
    'headline': (False, 'part of the default `make bench`'),
    'ci': (False, "{<allocator> or <threading>[-<allocator>]: status}: whether "
                  "`make test` (and so CI) translates this manager's plan with that "
                  "allocator (and threading mode) and runs the corpus on it: 'ok', or "
                  "'no: <why the other plans in CI cover it>'; a plan not named is "
                  "'ok'.  `make test PLANS=all` runs every plan"),
    'status': (False, "'ok', or 'broken: <verified reason>' for a manager that cannot "
                      "translate at all"),
    'finalization': (False, "when __del__ and weak-reference callbacks run "
                            "(gclab.objspace.finalizers): 'prompt' (when the last "
                            "reference goes), 'collection' (once a collection finds the "
                            "object dead: gc.collect() finds every dead object), "
                            "'conservative' (a collection may keep a dead object that a "
                            "stale word on the stack seems to point to), 'never'; None: "
                            "from the kind (refcount: prompt, tracing: collection, none: "
                            "never)"),
}

DEFAULTS = {
    'gc_policy': None, 'counters': [], 'properties': [], 'stress': None,
    'nursery_kb': None, 'nursery_env': None, 'fixed_nursery': False,
    'heap_limit': False, 'threading': None, 'allocators': None, 'headline': False,
    'status': 'ok', 'finalization': None, 'ci': None,
}

KINDS = ('tracing', 'refcount', 'none')
FINALIZATION_OF_KIND = {'refcount': 'prompt', 'tracing': 'collection', 'none': 'never'}
FINALIZATIONS = ('prompt', 'collection', 'conservative', 'never')
THREADING_MODES = ('gil', 'nogil')          # the first is the default (no suffix)
DEFAULT_ALLOCATOR = 'default'
# The raw allocators rpython_patches.apply() knows how to install: the default (the
# GC's own heap for the tracing plans, the C library's malloc for none,
# gclab/gc/refcounting/pool.py's free lists in front of malloc for the refcount plans:
# one set per thread in the free-threaded ones); an allocator added here needs its
# installer in rpython_patches.py.
ALLOCATORS = {
    DEFAULT_ALLOCATOR: "the GC's heap (tracing), malloc (none) or size-class free "
                       "lists in front of malloc (refcount: refcounting/pool.py, per "
                       "thread without a GIL)",
    'poisoned': "a debug build of the refcount plans: the C library's malloc, but a "
                "freed object's memory is poisoned and never reused, and every count "
                "update aborts on a freed object (a use after free fails loudly)",
}

# counters of gclab.gc.stats that every plan maintains
COMMON_COUNTERS = ['exceptions_raised', 'frames_unwound']


class DeclarationError(Exception):
    pass


class Plan(object):
    """One translatable combination: a manager, a threading mode, an allocator.
    Plain data only (the harness stores vars(plan) as JSON)."""

    def __init__(self, manager, threading, allocator, status):
        for field in FIELDS:
            setattr(self, field, manager[field])
        self.manager = manager['name']
        self.name = compose(manager['name'], threading, allocator)
        self.threading = threading
        self.allocator = allocator
        self.status = status
        self.gc = manager['rpython_gc']           # (the name the tools always used)
        self.threads = 'ok'                       # every plan runs guest threads
        self.headline = (manager['headline'] and threading == THREADING_MODES[0] and
                         allocator == DEFAULT_ALLOCATOR)
        self.counters = list(manager['counters']) + COMMON_COUNTERS
        suffix = compose('', threading, allocator).lstrip('-')
        self.ci = manager['ci'].get(suffix, manager['ci'].get(allocator, 'ok'))
        if self.finalization is None:
            self.finalization = FINALIZATION_OF_KIND[self.kind]

    def works(self):
        return self.status == 'ok'

    def in_ci(self):
        """`make test` (CI) translates it and runs the corpus on it."""
        return self.works() and self.ci == 'ok'

    def has_cycle_collector(self):
        """The refcount plans' cycle collector (gclab/objspace/cyclegc.py); in a
        free-threaded build it runs only while one thread runs."""
        return self.kind == 'refcount'

    def has_threads(self):
        return self.threads == 'ok'

    def free_threaded(self):
        return self.threading == 'nogil'

    def rpython_options(self):
        """Options for RPython's translate command line."""
        return ['--gc=%s' % self.rpython_gc, '--thread']

    def __repr__(self):
        return 'Plan(%r)' % (self.name,)


def compose(manager, threading, allocator):
    name = manager
    if threading != THREADING_MODES[0]:
        name += '-' + threading
    if allocator != DEFAULT_ALLOCATOR:
        name += '-' + allocator
    return name


def check_declaration(decl, where):
    """The declaration with its defaults filled in; DeclarationError if it is not one."""
    unknown = sorted(set(decl) - set(FIELDS))
    if unknown:
        raise DeclarationError('%s: unknown field(s) %s (known: %s)'
                               % (where, ', '.join(unknown), ', '.join(sorted(FIELDS))))
    missing = sorted(f for f, (required, _) in FIELDS.items()
                     if required and f not in decl)
    if missing:
        raise DeclarationError('%s: missing field(s) %s' % (where, ', '.join(missing)))
    full = dict(DEFAULTS)
    full.update(decl)
    if full['kind'] not in KINDS:
        raise DeclarationError('%s: kind %r is not one of %s'
                               % (where, full['kind'], ', '.join(KINDS)))
    if full['finalization'] not in (None,) + FINALIZATIONS:
        raise DeclarationError('%s: finalization %r is not one of %s'
                               % (where, full['finalization'], ', '.join(FINALIZATIONS)))
    if full['threading'] is None:
        full['threading'] = {'gil': 'ok'}
    if full['allocators'] is None:
        full['allocators'] = {DEFAULT_ALLOCATOR: 'ok'}
    for mode in full['threading']:
        if mode not in THREADING_MODES:
            raise DeclarationError('%s: threading mode %r is not one of %s'
                                   % (where, mode, ', '.join(THREADING_MODES)))
    for mode in THREADING_MODES:
        if mode not in full['threading']:
            raise DeclarationError('%s: threading mode %r: say "ok" or "no: <reason>"'
                                   % (where, mode))
    for allocator in full['allocators']:
        if allocator not in ALLOCATORS:
            raise DeclarationError('%s: allocator %r is not one of %s'
                                   % (where, allocator, ', '.join(sorted(ALLOCATORS))))
    if full['ci'] is None:
        full['ci'] = {}
    for key in full['ci']:
        threading, _, allocator = key.rpartition('-') if '-' in key else ('', '', key)
        if key in full['threading'] and key != THREADING_MODES[0]:
            continue                                # <threading>, default allocator
        if allocator not in full['allocators'] or (
                threading and threading not in full['threading']):
            raise DeclarationError('%s: ci names %r, which is not a plan it declares'
                                   % (where, key))
    for status in (list(full['threading'].values()) + list(full['allocators'].values()) +
                   list(full['ci'].values())):
        if status != 'ok' and not status.startswith('no: '):
            raise DeclarationError("%s: status %r is neither 'ok' nor 'no: <reason>'"
                                   % (where, status))
    if full['threading']['gil'] != 'ok':
        raise DeclarationError('%s: every manager runs with a GIL' % where)
    stress = full['stress']
    if stress is not None and sorted(stress) not in (['counter', 'env'], ['none']):
        raise DeclarationError("%s: stress is {'env': ..., 'counter': ...} or "
                               "{'none': reason}" % where)
    return full


def declaration_files(root=HERE):
    """gclab/gc/<family>/plan.py, sorted by family name."""
    found = []
    for family in sorted(os.listdir(root)):
        path = os.path.join(root, family, 'plan.py')
        if os.path.isfile(path):
            found.append(path)
    return found


def load_declarations(path):
    namespace = {'__file__': path, '__name__': 'gclab_plan_declaration'}
    with open(path) as f:
        exec(compile(f.read(), path, 'exec'), namespace)
    if 'MANAGERS' not in namespace:
        raise DeclarationError('%s declares no MANAGERS' % path)
    return [check_declaration(d, '%s: %s' % (path, d.get('name', '?')))
            for d in namespace['MANAGERS']]


def build(root=HERE):
    """(managers in order, working plans, unsupported plans) from every plan.py."""
    managers = []
    for path in declaration_files(root):
        managers.extend(load_declarations(path))
    # tracing, then refcount, then none; within a kind, as declared (stable sort)
    managers.sort(key=lambda m: KINDS.index(m['kind']))
    working, unsupported, seen = [], [], set()
    for m in managers:
        for mode in THREADING_MODES:
            for allocator in sorted(m['allocators'],
                                    key=lambda a: (a != DEFAULT_ALLOCATOR, a)):
                reason = None
                if m['status'] != 'ok':
                    reason = m['status']
                elif m['threading'][mode] != 'ok':
                    reason = m['threading'][mode]
                elif m['allocators'][allocator] != 'ok':
                    reason = m['allocators'][allocator]
                plan = Plan(m, mode, allocator, 'ok' if reason is None else reason)
                if plan.name in seen:
                    raise DeclarationError('plan %s is declared twice' % plan.name)
                seen.add(plan.name)
                (working if reason is None else unsupported).append(plan)
    return managers, working, unsupported


MANAGERS, PLANS, UNSUPPORTED = build()

DEFAULT = 'incminimark'

_BY_NAME = dict((p.name, p) for p in PLANS + UNSUPPORTED)


def names():
    return [p.name for p in PLANS]


def ci_names():
    """The plans `make test` translates and tests (the others: `make test PLANS=all`)."""
    return [p.name for p in PLANS if p.in_ci()]


def get(name):
    """The plan called name (working or unsupported); KeyError for an unknown name."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError('unknown memory-manager plan %r; known plans: %s'
                       % (name, ', '.join(names())))
