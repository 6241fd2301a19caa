"""Which guest containers the refcount plans' cycle collector (gclab.objspace.cyclegc)
watches, by generation: the bottom half of the collector, low enough in the layers that
every container class can register itself when it is made.

ENABLED is fixed before translation by cyclegc.configure(plan): True on the refcount
plans, a constant False elsewhere (the flow space then drops every `if ENABLED` branch:
the other plans' objects get no gc_slot field and make no call).

A tracked object (a list, dict, set, tuple holding a container, instance, function,
cell or bound method made while the program runs) has a slot: slot s holds its address
(SLOTS.adr[s], an integer: the refcount plans never move an object, and the slot must
not count as a reference), its generation (gen[s]) and its place in that generation's
list (pos[s], in gens[gen[s]]).  track() gives a new object a slot in generation 0;
untrack(), called by the object's RPython destructor when it is freed, gives the slot
back.  Both are O(1): a generation is an unordered list, and removing a slot moves the
list's last slot into its place.

Counting is CPython's (Modules/gcmodule.c): count0 is the containers made minus those
freed since generation 0 was last collected; past threshold0, a collection is due and
the next call, return or backward jump runs it (Frame.finalizer_point, as __del__s
run: finalizerstate.STATE.count), never in the middle of an RPython operation."""

from rpython.rlib.objectmodel import current_object_addr_as_int

from gclab.gc.refcounting import deferred
from gclab.objspace import finalizerstate, freethreading

ENABLED = False                 # cyclegc.configure(plan): the refcount plans
NUM_GENERATIONS = 3
DEFAULT_THRESHOLDS = [700, 10, 10]          # CPython's


class Slots(object):
    _attrs_ = ['adr', 'gen', 'pos', 'node', 'free', 'gens', 'count0', 'counts', 'thresholds',
               'enabled', 'collecting', 'due', 'active', 'long_lived_total',
               'long_lived_pending', 'recollect', 'refound', 'forced_threshold']

    def __init__(self):
        self.adr = []           # slot -> the object's address (0: a free slot)
        self.gen = []           # slot -> its generation
        self.pos = []           # slot -> its index in gens[gen]
        self.node = []          # slot -> its node while a collection builds its graph
        self.free = []          # slots to reuse
        self.gens = [[] for i in range(NUM_GENERATIONS)]
        self.count0 = 0         # containers made - freed since the last collection
        self.counts = [0] * NUM_GENERATIONS     # [count0 unused, gen-0 runs, gen-1 runs]
        self.thresholds = DEFAULT_THRESHOLDS[:]
        self.enabled = True     # gc.enable() / gc.disable(): automatic collections
        self.collecting = False
        self.due = False        # a collection waits for the next finalizer point
        self.active = False     # set once the program starts: prebuilt objects (made
                                # when the interpreter is built) are immortal, untracked
        self.long_lived_total = 0       # objects in the oldest generation after the
        self.long_lived_pending = 0     # last full collection; survivors moved since
        self.recollect = -1     # a generation to collect again after the __del__s of
                                # garbage found in it have run (cyclegc)
        self.refound = -1       # what the last such second collection found
        self.forced_threshold = False   # thresholds[0] set by GCLAB_CYCLE_THRESHOLD
                                        # (gclab.interp.accounting), not by the program


SLOTS = Slots()


def reset(active):
    """New, empty lists: at start-up (active: tracking starts now) and at exit, after
    the last collection (not active: the objects still alive are no longer tracked).
    As accounting.new_runtime_lists does for the interpreter's lists, so that the
    refcount plans' leak counts do not depend on how far these lists grew."""
    SLOTS.__init__()
    SLOTS.active = active


def track(w_obj):
    """The new container w_obj's slot (-1: not tracked); a collection may fall due."""
    state = SLOTS
    if not state.active:
        return -1
    held = freethreading.lock_state(freethreading.GCSLOTS)
    try:
        return _track(state, w_obj)
    finally:
        freethreading.unlock_state(freethreading.GCSLOTS, held)


def _track(state, w_obj):
    if state.free:
        slot = state.free.pop()
        state.adr[slot] = current_object_addr_as_int(w_obj)
        state.gen[slot] = 0
        state.pos[slot] = len(state.gens[0])
        state.node[slot] = -1
    else:
        slot = len(state.adr)
        state.adr.append(current_object_addr_as_int(w_obj))
        state.gen.append(0)
        state.pos.append(len(state.gens[0]))
        state.node.append(-1)
    state.gens[0].append(slot)
    state.count0 += 1
    # (not while other threads run: a free-threaded build collects only alone, and
    # STATE.count is not this lock's to change then)
    if (state.count0 > state.thresholds[0] and state.enabled and not state.due
            and not state.collecting and state.thresholds[0] > 0
            and not deferred.others_running()):
        state.due = True
        finalizerstate.STATE.count += 1
    return slot


def untrack(slot):
    """The object in slot was freed (its destructor): the slot is free again."""
    state = SLOTS
    if slot < 0 or not state.active:
        return
    held = freethreading.lock_state(freethreading.GCSLOTS)
    _untrack(state, slot)
    freethreading.unlock_state(freethreading.GCSLOTS, held)


def _untrack(state, slot):
    gen_list = state.gens[state.gen[slot]]
    index = state.pos[slot]
    last = gen_list.pop()
    if last != slot:
        gen_list[index] = last
        state.pos[last] = index
    state.adr[slot] = 0
    state.free.append(slot)
    if state.count0 > 0:
        state.count0 -= 1
