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
  get_objects(generation=None), get_referrers(*objs)
                          the refcount plans with a cycle collector: the objects it
                          tracks (of one generation), as CPython's; the tracked objects
                          whose referents (get_referents) include one of objs.  Objects
                          gclab does not track (iterators, code, frames, modules'
                          globals) are never listed.  NotImplementedError elsewhere.
  get_stats, freeze       NotImplementedError naming the plan.

sys.getrefcount(obj) is the refcount plans' (their count of obj, the argument's
reference included as in CPython; 2**32 - 1 for an immortal or prebuilt object, as
CPython 3.12 reports an immortal's); the other plans' sys has no getrefcount, as
PyPy's has none.
  garbage, callbacks      empty lists (callbacks are never called).
"""


from rpython.rlib.objectmodel import current_object_addr_as_int

from gclab.gc.refcounting import deferred
from gclab.objspace import cyclegc, finalizers, gcslots
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
GC_GET_OBJECTS = Spec('gc.get_objects(generation=None)')
GC_GET_REFERRERS = Spec('gc.get_referrers(*objs)')
SYS_GETREFCOUNT = Spec('sys.getrefcount(object, /)')

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


def tracked_objects_w(generation):
    """The objects the cycle collector tracks, of one generation (-1: all).  An object
    whose count is 0 is being freed (a release in progress): it is left out, since a
    new reference to it would free it twice."""
    result_w = []
    for gen in range(gcslots.NUM_GENERATIONS):
        if generation >= 0 and gen != generation:
            continue
        for slot in gcslots.generation_slots(SLOTS, gen):
            adr = SLOTS.adr[slot]
            if adr != 0 and cyclegc.refcount_at(adr) != 0:
                result_w.append(cyclegc.object_at(adr))
    return result_w


def check_tracked_readable(space, name):
    if not gcslots.ENABLED:
        raise unsupported(space, name)
    if not deferred.alone():
        # (a free-threaded build: other threads free tracked objects meanwhile, as
        # the cycle collector, which runs only while one thread does, would see)
        raise space.error(space.w_RuntimeError, 'gc.%s(): gclab\'s free-threaded '
                          'builds list tracked objects only while one thread runs'
                          % name)


def gc_get_objects(space, args):
    w_generation = GC_GET_OBJECTS.values(space, args)[0]
    check_tracked_readable(space, 'get_objects')
    generation = -1
    if w_generation is not None and not space.is_w(w_generation, space.w_None):
        generation = space.int_w(w_generation)
        if generation >= gcslots.NUM_GENERATIONS:
            raise space.error(space.w_ValueError, 'generation parameter must be less '
                              'than the number of available generations (%d)'
                              % gcslots.NUM_GENERATIONS)
        if generation < 0:
            raise space.error(space.w_ValueError,
                              'generation parameter cannot be negative')
    return space.newlist(tracked_objects_w(generation))


def gc_get_referrers(space, args):
    objs_w = GC_GET_REFERRERS.unpack(space, args)
    check_tracked_readable(space, 'get_referrers')
    result_w = []
    for w_obj in tracked_objects_w(-1):
        for w_ref in referents_w(w_obj):
            if refers_to_one_of(w_ref, objs_w):
                result_w.append(w_obj)
                break
    return space.newlist(result_w)


def refers_to_one_of(w_ref, objs_w):
    for w_target in objs_w:
        if w_ref is w_target:
            return True
    return False


IMMORTAL_COUNT = 2 ** 32 - 1     # what CPython 3.12 reports for an immortal object


def sys_getrefcount(space, args):
    """The refcount plans' count of the object (installed on those plans only)."""
    w_obj = SYS_GETREFCOUNT.unpack(space, args)[0]
    count = cyclegc.refcount_at(current_object_addr_as_int(w_obj))
    if count < 0 or count >= cyclegc.PREBUILT_COUNT:
        return space.newint(IMMORTAL_COUNT)
    if deferred.enabled() and count >= deferred.DEFERRED:
        count -= deferred.DEFERRED      # (a deferred object taken again: deferred.py)
    return space.newint(count)


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


UNSUPPORTED = ['get_stats', 'freeze', 'unfreeze', 'get_freeze_count']

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
    ('get_objects', gc_get_objects),
    ('get_referrers', gc_get_referrers),
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
    if cyclegc.COUNTED:
        w_sys = space.modules_w['sys']
        w_sys.dict_w['getrefcount'] = space.wrap_builtin('getrefcount', sys_getrefcount)
