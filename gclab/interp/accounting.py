"""The measurement bookkeeping of a gclab binary, in one place: what `--gc-stats` and
the refcount plans' leak accounting need at start-up, at exit, and from the plan.

  configure(plan)          the target calls it before translation: which gclab.gc.stats
                           counters the plan maintains, whether it honours a heap limit
  limit_heap_to_address_space, prepare_runtime_state   at start-up (entry_point)
  gc_stats_start           when --gc-stats is seen
  release_program_state, gc_stats_report               at exit

The interpreter's only other hooks are two counter bumps: an exception made
(gclab.interp.error: stats.EXCEPTIONS_RAISED) and a frame left by one
(gclab.interp.frame: stats.FRAMES_UNWOUND).  tests/e2e/test_gc.py checks the exact
number of objects left at exit on every refcount plan: state the interpreter keeps
must be released or indexed here, or the count moves (README, "GC statistics")."""

import os

from rpython.rlib import rbigint, rgc
from rpython.rlib.objectmodel import specialize
from rpython.rlib.rarithmetic import r_longlong

from gclab.interp import pycode
from gclab.interp.pycode import FRAME_RECORDING
from gclab.interp.lexer import CHARACTER_NAMES
from gclab.gc import stats
from gclab.gc.refcounting import deferred
from gclab.gc.refcounting.refcount import reset_counts
from gclab.gc.refcounting.plan import CYCLE_THRESHOLD_ENV
from gclab.interp.procstats import rusage, address_space_limit
from gclab.objspace.clock import monotonic
from gclab.objspace import finalizers, cyclegc, gcslots
from gclab.objspace.typeobject import W_Type, EMPTY_MAP, CLASSES
from gclab.objspace.function import W_Module
from gclab.lib import SOURCES

# Fixed by configure(plan) before translation (constants for RPython).  Untranslated,
# with no plan: only the counters every plan maintains, no heap limit.
MAINTAINED = [stats.EXCEPTIONS_RAISED, stats.FRAMES_UNWOUND]
HEAP_LIMIT = False

# CYCLE_THRESHOLD_ENV: the refcount plans' cycle collector's generation-0 threshold for
# the whole run (1: a collection after every new container; the stress tests' setting).
# Like the tracing plans' nursery settings, the program does not see it:
# gc.get_threshold() reports what the program set, and set_threshold() leaves it.


def configure(plan):
    """Take the plan's declaration (gclab.gc.plans): its counters and heap limit."""
    global MAINTAINED, HEAP_LIMIT
    MAINTAINED = [stats.NAMES.index(name) for name in plan.counters]
    HEAP_LIMIT = plan.heap_limit
    # a returned call's frame kept for the next call of its code (Frame.recycle)
    pycode.REUSE_FRAMES = plan.kind == 'refcount'


def limit_heap_to_address_space(space):
    """Under an address-space limit (`ulimit -v`) and without PYPY_GC_MAX, give the
    GC a heap limit of half of it, so that a program that needs more memory gets a
    MemoryError instead of an abort."""
    if not HEAP_LIMIT or os.environ.get('PYPY_GC_MAX'):
        return
    limit = address_space_limit()
    if limit > 0:
        rgc.set_max_heap_size(limit // 2)


def gc_stats_start(space):
    space.gc_stats_t0 = monotonic()
    for i in range(stats.NUM_COUNTERS):
        stats.COUNTERS[i] = 0 if i in MAINTAINED else -1
    reset_counts()      # free-threaded refcount plans: this thread's own counts


def prepare_runtime_state(space):
    """At startup, before the program and the counters of --gc-stats start: set up the
    interpreter's mutable state so that what the program does to it can be undone at
    exit (release_program_state)."""
    index_prebuilt_dicts(space)
    new_runtime_lists(space)
    gcslots.reset(True)             # the cycle collector tracks from now on
    FRAME_RECORDING.on = False      # until the program compiles code naming _getframe
    threshold = os.environ.get(CYCLE_THRESHOLD_ENV)
    if threshold is not None and threshold.isdigit() and len(threshold) < 10:
        gcslots.SLOTS.thresholds[0] = int(threshold)
        gcslots.SLOTS.forced_threshold = True


def new_runtime_lists(space):
    """Replace the interpreter's growable lists with new, empty ones: at startup and at
    exit.  A prebuilt list lives as long as the process, and so would the storage it
    gets when it grows (RPython shrinks a list's storage only when it is much too
    large: `del l[:]` keeps up to a dozen slots); a list made at run time is freed with
    its storage when replaced."""
    space.stdout_buf = []
    space.ec.handled_w = []
    space.ec.repr_stack = []
    space.ec.frames = []
    CLASSES.reset()
    space.exec_modules_w = []
    space.code_objects = []
    finalizers.STATE.dead_w = []
    finalizers.STATE.callbacks_w = []


def index_prebuilt_dicts(space):
    """Give the interpreter's prebuilt dicts their hash index now, at startup.

    RPython translates a prebuilt dict without its index and builds it at the dict's
    first lookup (rordereddict: ll_no_initial_index, ll_ensure_indexes); as these dicts
    live as long as the process, so would the index.  Built here, before the program
    and the counters of --gc-stats start, it is part of the interpreter's startup state
    instead of an object that the first use of a builtin type, module or name leaves
    behind (refcount plans: objects_allocated - objects_freed would depend on which
    builtins the program happened to touch).  A few hundred lookups, once."""
    _index_str_dict(space.builtins_w)
    _index_str_dict(space.modules_w)
    _index_str_dict(space.sources)
    _index_str_dict(space.exception_types_w)
    _index_str_dict(space.object_methods_w)
    _index_str_dict(SOURCES)
    _index_str_dict(CHARACTER_NAMES)        # the lexer's \N{...} names
    for w_module in space.modules_w.values():
        assert isinstance(w_module, W_Module)
        _index_str_dict(w_module.dict_w)
        for w_value in w_module.dict_w.values():
            if isinstance(w_value, W_Module):       # a namespace: sys.implementation
                _index_str_dict(w_value.dict_w)
    for w_type in space.builtin_types_w:
        assert isinstance(w_type, W_Type)
        _index_str_dict(w_type.dict_w)
        _index_map(w_type.root_map)
    _index_map(EMPTY_MAP)
    # rbigint's prebuilt table of powers of two (its pow(), lshift of a power of two)
    if rbigint.ptwotable.get(r_longlong(2), 0):
        pass
    if 0 in space.threads.ecs:
        pass


@specialize.call_location()
def _index_str_dict(d):
    if '' in d:       # any lookup builds the index
        pass


def _index_map(map):
    _index_str_dict(map.indexes)
    _index_str_dict(map.transitions)


def release_program_state(space):
    """At exit, before --gc-stats reads its counters: drop what the finished program
    left behind, so that on the refcount plans everything it made is freed unless the
    program itself built a reference cycle.  Runs on every plan, once the program and
    its non-daemon threads are done; nothing here costs anything while it runs.

    Released: __main__'s globals; the hook and streams the program set in sys; the
    inline caches of every code object compiled
    (function -> code -> cache -> function is a cycle); the classes the program
    created (each is in a cycle through its own MRO, and its dict's methods may refer
    back to it); the dicts of gclab's library modules that the program imported; the
    map transitions of the builtin types and EMPTY_MAP (instance layouts), and their
    lists of the weak references to them; the
    exceptions being handled and the repr() recursion stack; RPython's cache of the
    powers used to format big ints.  What remains is what the interpreter keeps by
    design: see README.md, "GC statistics"."""
    space.flush_stdout()
    w_main = space.modules_w.get('__main__', None)
    if w_main is not None:
        w_main.dict_w.clear()
        w_main.changed()
        w_main.w_names_dict = None      # (globals(): it and the module refer to each other)
    for code in space.code_objects:
        code.clear_caches()
    w_builtins = space.w_builtins_module
    if w_builtins is not None:
        w_builtins.cache_users = None   # (the code objects whose caches held builtins)
    space.ec.drop_kept_frames()     # (free-threaded builds: the main thread's)
    if space.threads.running > 0:
        return      # daemon threads may still run guest code: leave them their world
    w_sys = space.modules_w.get('sys', None)
    if w_sys is not None:
        # the hook and streams a program set (sys.excepthook = f, sys.stdout =
        # io.TextIOWrapper(...)): back to the originals, as CPython's shutdown does
        # (its own copies are the __name__ ones)
        for name in ['excepthook', 'displayhook', 'stdout', 'stderr']:
            w_original = w_sys.dict_w.get('__%s__' % name, None)
            if w_original is not None:
                w_sys.dict_w[name] = w_original
        w_sys.changed()
    space.audit_hooks_w = None     # (sys.addaudithook's: CPython's shutdown clears them)
    w_builtins = space.w_builtins_module
    if w_builtins is not None and '_' in space.builtins_dict():
        # sys.displayhook's last value (CPython's shutdown also clears builtins._)
        space.delattr(w_builtins, '_')
    classes_w = CLASSES.live()
    for w_type in classes_w:
        assert isinstance(w_type, W_Type)
        w_type.release()
    classes_w = None
    for w_module in space.exec_modules_w:      # exec/eval's modules for a dict
        assert isinstance(w_module, W_Module)
        w_module.dict_w.clear()
        w_module.changed()
        w_module.w_names_dict = None
    for w_module in space.modules_w.values():   # their __dict__ (execbuiltins.py)
        assert isinstance(w_module, W_Module)
        w_module.w_names_dict = None
    for name, w_module in space.modules_w.items():
        if name in SOURCES:         # a library module, compiled at run time
            assert isinstance(w_module, W_Module)
            w_module.dict_w.clear()
            w_module.changed()
    for w_type in space.builtin_types_w:
        assert isinstance(w_type, W_Type)
        w_type.root_map.transitions.clear()
        w_type.weakrefs_w = None    # the weak references to it (it never dies)
    EMPTY_MAP.transitions.clear()
    finalizers.discard_pending()
    # refcount plans: the cycles the program left, as CPython's shutdown collects
    # them (a __del__ owed is not called: its world is gone)
    cyclegc.collect(space, gcslots.NUM_GENERATIONS - 1, at_exit=True)
    finalizers.discard_pending()    # weak reference callbacks of what it freed
    new_runtime_lists(space)
    gcslots.reset(False)
    parts_cache = rbigint._parts_cache.parts_cache
    for i in range(len(parts_cache)):
        parts_cache[i] = None
    deferred.finish()   # free-threaded refcount plans: what waited for a grace period


def gc_stats_report(space):
    """The one machine-readable line of --gc-stats, as JSON."""
    release_program_state(space)
    stats.snapshot()        # before this report allocates anything
    wall = monotonic() - space.gc_stats_t0
    user, system, maxrss = rusage()
    fields = ['"plan": "%s"' % space.plan_name, '"kind": "%s"' % space.plan_kind,
              '"wall_s": %s' % float_json(wall), '"user_s": %s' % float_json(user),
              '"sys_s": %s' % float_json(system),
              '"cpu_s": %s' % float_json(user + system), '"peak_rss_kb": %d' % maxrss]
    for i in range(stats.NUM_COUNTERS):
        value = stats.SNAPSHOT[i]
        if value < 0:
            fields.append('"%s": null' % stats.NAMES[i])
        else:
            fields.append('"%s": %d' % (stats.NAMES[i], value))
    nursery = stats.NURSERY_BYTES[0]
    if nursery > 0:
        fields.append('"nursery_kb": %d' % (nursery // 1024))
    else:
        fields.append('"nursery_kb": null')
    pause_total = stats.SNAPSHOT[stats.PAUSE_TOTAL_NS]
    pause_max = stats.SNAPSHOT[stats.PAUSE_MAX_NS]
    if pause_total >= 0:
        fields.append('"pause_total_ms": %s' % float_json(pause_total / 1e6))
        fields.append('"pause_max_ms": %s' % float_json(pause_max / 1e6))
    space.write_stderr('GCLAB_STATS {' + ', '.join(fields) + '}\n')


def float_json(x):
    from rpython.rlib import rfloat
    return rfloat.formatd(x, 'f', 6)
