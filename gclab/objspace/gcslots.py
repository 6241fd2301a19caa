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

from rpython.rlib.objectmodel import current_object_addr_as_int, resizelist_hint

from gclab.gc.refcounting import deferred
from gclab.objspace import finalizerstate, freethreading

ENABLED = False                 # cyclegc.configure(plan): the refcount plans
NUM_GENERATIONS = 3
DEFAULT_THRESHOLDS = [700, 10, 10]          # CPython's


class Slots(object):
    _attrs_ = ['adr', 'gen', 'pos', 'node', 'free_head', 'gens', 'glen', 'count0', 'counts',
               'thresholds', 'enabled', 'collecting', 'due', 'active', 'long_lived_total',
               'long_lived_pending', 'recollect', 'refound', 'forced_threshold']
    # the lists are made once and emptied in place (clear): the refcount plans read
    # these fields without counting (gclab/gc/refcounting/elide.py), as track() and
    # untrack() do for every container
    _immutable_fields_ = ['adr', 'gen', 'pos', 'node', 'gens[*]', 'glen', 'counts',
                          'thresholds']

    def __init__(self):
        self.adr = []           # slot -> the object's address (0: a free slot)
        self.gen = []           # slot -> its generation
        self.pos = []           # slot -> its index in gens[gen]; a free slot: the
                                # next free slot (-1: the last)
        self.node = []          # slot -> its node while a collection builds its graph
        # gens[g][:glen[g]] are generation g's slots: the lists never shrink, so that
        # a program that makes and frees many objects in turn does not make them
        # reallocate (as RPython's pop() does below half their capacity)
        self.gens = [[] for i in range(NUM_GENERATIONS)]
        self.glen = [0] * NUM_GENERATIONS
        self.counts = [0] * NUM_GENERATIONS     # [count0 unused, gen-0 runs, gen-1 runs]
        self.thresholds = DEFAULT_THRESHOLDS[:]
        self.clear()

    def clear(self):
        """No slots, the collector's settings and statistics as at start.  Every list
        gives its items back, however far it grew (the refcount plans' leak counts:
        gclab.interp.accounting.release_program_state), and nothing is allocated."""
        empty(self.adr)
        empty(self.gen)
        empty(self.pos)
        empty(self.node)
        for gen in range(NUM_GENERATIONS):
            empty(self.gens[gen])
            self.glen[gen] = 0
            self.counts[gen] = 0
            self.thresholds[gen] = DEFAULT_THRESHOLDS[gen]
        self.free_head = -1     # the first free slot to reuse (-1: none)
        self.count0 = 0         # containers made - freed since the last collection
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


def empty(lst):
    """del lst[:], its items array freed: RPython shrinks a list emptied so only if
    its items had room for more than 10, so make room for 16 first."""
    resizelist_hint(lst, 16)
    del lst[:]


SLOTS = Slots()


def reset(active):
    """Empty lists: at start-up (active: tracking starts now) and at exit, after the
    last collection (not active: the objects still alive are no longer tracked).
    Emptying a list frees its items (RPython shrinks it), as
    accounting.new_runtime_lists does for the interpreter's lists, so that the
    refcount plans' leak counts do not depend on how far these lists grew."""
    SLOTS.clear()
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


def track_holder(w_obj, w_a, w_b=None, w_c=None, w_d=None):
    """The slot of w_obj, a new object whose references are fixed when it is made (an
    iterator's iterable, a staticmethod's function: up to four, None for none): tracked
    only if one of them is.  One whose references were all untracked can never be part
    of a cycle (an object is only ever tracked when made), as CPython untracks a tuple
    of atomic values."""
    if (is_tracked(w_a) or is_tracked(w_b) or is_tracked(w_c) or is_tracked(w_d)):
        return track(w_obj)
    return -1


def track_holder_of(w_obj, w_a, items_w):
    """track_holder for an object that holds w_a and a fixed list of references (map's
    function and its iterators, zip's iterators)."""
    if is_tracked(w_a):
        return track(w_obj)
    for w_item in items_w:
        if is_tracked(w_item):
            return track(w_obj)
    return -1


def is_tracked(w_obj):
    return w_obj is not None and w_obj.gc_slot_of() >= 0


def _track(state, w_obj):
    slot = state.free_head
    if slot >= 0:
        state.free_head = state.pos[slot]
        state.adr[slot] = current_object_addr_as_int(w_obj)
        state.gen[slot] = 0
        state.node[slot] = -1
    else:
        slot = len(state.adr)
        state.adr.append(current_object_addr_as_int(w_obj))
        state.gen.append(0)
        state.pos.append(0)
        state.node.append(-1)
    add_to_generation(state, 0, slot)
    state.count0 += 1
    # (not while other threads run: a free-threaded build collects only alone, and
    # STATE.count is not this lock's to change then)
    if (state.count0 > state.thresholds[0] and state.enabled and not state.due
            and not state.collecting and state.thresholds[0] > 0
            and not deferred.others_running()):
        state.due = True
        finalizerstate.STATE.count += 1
    return slot


def add_to_generation(state, gen, slot):
    """slot joins generation gen (its last)."""
    gen_list = state.gens[gen]
    n = state.glen[gen]
    if n < len(gen_list):
        gen_list[n] = slot
    else:
        gen_list.append(slot)
    state.glen[gen] = n + 1
    state.gen[slot] = gen
    state.pos[slot] = n


def generation_slots(state, gen):
    """The slots of generation gen, a new list."""
    n = state.glen[gen]
    assert n >= 0
    return state.gens[gen][:n]


def untrack(slot):
    """The object in slot was freed (its destructor): the slot is free again."""
    state = SLOTS
    if slot < 0 or not state.active:
        return
    held = freethreading.lock_state(freethreading.GCSLOTS)
    _untrack(state, slot)
    freethreading.unlock_state(freethreading.GCSLOTS, held)


def _untrack(state, slot):
    gen = state.gen[slot]
    gen_list = state.gens[gen]
    index = state.pos[slot]
    n = state.glen[gen] - 1
    last = gen_list[n]
    if last != slot:
        gen_list[index] = last
        state.pos[last] = index
    state.glen[gen] = n
    state.adr[slot] = 0
    state.pos[slot] = state.free_head
    state.free_head = slot
    if state.count0 > 0:
        state.count0 -= 1
