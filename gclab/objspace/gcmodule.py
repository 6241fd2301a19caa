"""The builtin module `gc` (RPython): the guest's handle on the plan's collector.

What each function does on each kind of plan (docs/language.md, "The gc module"):

  collect(generation=2)   runs the plan's full collection through rgc.collect(): a major
                          collection on RPython's tracing GCs (incminimark, minimark,
                          semispace, generation, hybrid), GC_gcollect() on boehm, then
                          calls the __del__ of what it found dead (as CPython does).  On
                          the refcount plans it runs their cycle collector
                          (gclab.objspace.cyclegc) on generations 0..generation and
                          returns the number of unreachable objects it found, as
                          CPython; elsewhere 0.  On `none` nothing is ever freed.
  enable/disable/isenabled
                          a flag, per interpreter, that isenabled() reports.  On the
                          refcount plans it turns their automatic cycle collections on
                          and off, as CPython's (reference counts still free).  Elsewhere
                          it changes no collector: RPython 0.2.1's GCs collect when their
                          heap fills and have no switch to stop them.
  get_threshold/set_threshold
                          CPython's (700, 10, 10) at start; the refcount plans' cycle
                          collector uses them as CPython's does; elsewhere only reported.
  get_referents(*objs)    what each object refers to (gclab.objspace.referents: the
                          objects a program can reach; no code objects or frames).
  is_finalized(obj)       True once obj's __del__ was called (gclab.objspace.finalizers).
  get_count, is_tracked   the refcount plans' cycle collector's (gclab.objspace.gcslots);
                          NotImplementedError elsewhere.
  get_stats, get_objects, get_referrers, freeze
                          NotImplementedError naming the plan.
  garbage, callbacks      empty lists (callbacks are never called).
"""


from gclab.objspace import finalizers, gcslots
from gclab.objspace.gcslots import SLOTS
from gclab.objspace.argspec import Spec
from gclab.objspace.referents import referents_w
from gclab.objspace.typeobject import W_WatchedInstance

GC_COLLECT = Spec('gc.collect(generation=2)')
GC_ENABLE = Spec('gc.enable()')
GC_DISABLE = Spec('gc.disable()')
GC_ISENABLED = Spec('gc.isenabled()')
GC_GET_THRESHOLD = Spec('gc.get_threshold()')
GC_SET_THRESHOLD = Spec('gc.set_threshold(threshold0, threshold1=None, '
                        'threshold2=None, /)', parsetuple=True)
GC_GET_DEBUG = Spec('gc.get_debug()')
GC_GET_REFERENTS = Spec('gc.get_referents(*objs)')
GC_IS_FINALIZED = Spec('gc.is_finalized(obj, /)')
GC_SET_DEBUG = Spec('gc.set_debug(flags, /)')
GC_GET_COUNT = Spec('gc.get_count()')
GC_IS_TRACKED = Spec('gc.is_tracked(obj, /)')

DEFAULT_THRESHOLDS = [700, 10, 10]      # CPython 3.11's, reported until set


class GcState(object):
    """The module's settings, per interpreter (space.gc_state)."""
    _attrs_ = ['enabled', 'thresholds', 'debug']

    def __init__(self):
        self.enabled = True
        self.thresholds = DEFAULT_THRESHOLDS[:]
        self.debug = 0


def gc_collect(space, args):
    w_generation = GC_COLLECT.values(space, args)[0]
    if w_generation is not None:
        generation = space.int_w(w_generation)
        if generation < 0 or generation > 2:
            raise space.error(space.w_ValueError, 'invalid generation')
    generation = 2 if w_generation is None else space.int_w(w_generation)
    # then the __del__ of what it found dead
    return space.newint(finalizers.collect_and_run(space, generation))


def gc_enable(space, args):
    GC_ENABLE.check(space, args)
    space.gc_state.enabled = True
    SLOTS.enabled = True
    return space.w_None


def gc_disable(space, args):
    GC_DISABLE.check(space, args)
    space.gc_state.enabled = False
    SLOTS.enabled = False
    return space.w_None


def gc_isenabled(space, args):
    GC_ISENABLED.check(space, args)
    return space.newbool(space.gc_state.enabled)


def gc_get_threshold(space, args):
    GC_GET_THRESHOLD.check(space, args)
    return space.newtuple([space.newint(t) for t in space.gc_state.thresholds])


def gc_set_threshold(space, args):
    args_w = GC_SET_THRESHOLD.unpack(space, args)
    values = [space.int_w(w_t) for w_t in args_w]
    thresholds = space.gc_state.thresholds
    for i in range(len(values)):
        thresholds[i] = values[i]
        if i > 0 or not SLOTS.forced_threshold:
            SLOTS.thresholds[i] = values[i]
    return space.w_None


def gc_get_debug(space, args):
    GC_GET_DEBUG.check(space, args)
    return space.newint(space.gc_state.debug)


def gc_set_debug(space, args):
    w_flags = GC_SET_DEBUG.unpack(space, args)[0]
    space.gc_state.debug = space.int_w(w_flags)
    return space.w_None


def gc_get_referents(space, args):
    result_w = []
    for w_obj in GC_GET_REFERENTS.unpack(space, args):
        result_w.extend(referents_w(w_obj))
    return space.newlist(result_w)


def gc_is_finalized(space, args):
    w_obj = GC_IS_FINALIZED.unpack(space, args)[0]
    return space.newbool(isinstance(w_obj, W_WatchedInstance) and w_obj.finalized)


def gc_get_count(space, args):
    GC_GET_COUNT.check(space, args)
    if not gcslots.ENABLED:
        raise unsupported(space, 'get_count')
    return space.newtuple([space.newint(SLOTS.count0), space.newint(SLOTS.counts[1]),
                           space.newint(SLOTS.counts[2])])


def gc_is_tracked(space, args):
    w_obj = GC_IS_TRACKED.unpack(space, args)[0]
    if not gcslots.ENABLED:
        raise unsupported(space, 'is_tracked')
    return space.newbool(w_obj.gc_slot_of() >= 0)


def unsupported(space, name):
    """The guest's NotImplementedError for a gc function the plan cannot answer."""
    return space.error(space.w_NotImplementedError,
                      'gc.%s() is not supported by gclab (plan %s): its memory '
                      "managers keep no CPython-style generation bookkeeping "
                      '(docs/language.md, "The gc module")' % (name, space.plan_name))


def make_unsupported(name):
    def not_supported(space, args):
        raise unsupported(space, name)
    not_supported.func_name = 'gc_' + name
    return not_supported


UNSUPPORTED = ['get_stats', 'get_objects', 'get_referrers', 'freeze', 'unfreeze',
               'get_freeze_count']

GC_FUNCTIONS = [
    ('collect', gc_collect),
    ('enable', gc_enable),
    ('disable', gc_disable),
    ('isenabled', gc_isenabled),
    ('get_threshold', gc_get_threshold),
    ('set_threshold', gc_set_threshold),
    ('get_debug', gc_get_debug),
    ('set_debug', gc_set_debug),
    ('get_referents', gc_get_referents),
    ('is_finalized', gc_is_finalized),
    ('get_count', gc_get_count),
    ('is_tracked', gc_is_tracked),
] + [(name, make_unsupported(name)) for name in UNSUPPORTED]

DEBUG_FLAGS = [('DEBUG_STATS', 1), ('DEBUG_COLLECTABLE', 2), ('DEBUG_UNCOLLECTABLE', 4),
               ('DEBUG_SAVEALL', 32), ('DEBUG_LEAK', 38)]


def install(space):
    space.gc_state = GcState()
    w_mod = space.new_module('gc')
    for name, impl in GC_FUNCTIONS:
        w_mod.dict_w[name] = space.wrap_builtin(name, impl)
    for name, value in DEBUG_FLAGS:
        w_mod.dict_w[name] = space.newint(value)
    w_mod.dict_w['garbage'] = space.newlist([])
    w_mod.dict_w['callbacks'] = space.newlist([])
    space.modules_w['gc'] = w_mod
