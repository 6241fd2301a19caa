"""The refcount plans' cycle collector: CPython's algorithm (Modules/gcmodule.c) over
gclab's objects.  Reference counting frees an object when its count reaches 0; objects
that refer to each other in a cycle keep their counts above 0 after the program drops
them.  This collector finds such groups and breaks them, so that counting frees them.

Tracked objects (gclab.objspace.gcslots): the containers that can be part of a cycle --
lists, dicts, sets, instances (exceptions and subclasses of builtin types too),
functions, cells, bound methods, generators (their frames' locals), and tuples that hold one of these when made (a tuple
of atomic values never can be, CPython untracks those too).  Generations 0, 1, 2 with
CPython's thresholds (700, 10, 10) and its rule for full collections (only when the
objects moved to the oldest generation since the last full one are a quarter of it).

A collection of generation k examines the objects of generations 0..k:
 1. The graph.  Its nodes are those objects and the RPython containers that hold their
    references: a list's items array, a dict's table, an instance's attribute storage
    (an object's references are held by such a container, which another object may
    share: an iterator shares its list's items, for one).  Its edges are the references
    that each node holds: an object's containers and direct fields, a container's items
    (graph_edges below: only references that the object's count really includes).
 2. Trial deletion.  Each node's count is read from its refcount header; every edge
    between two nodes is subtracted.  What remains is the references from outside the
    examined set: the interpreter's stacks, older objects, untracked objects (a frame, a
    code object, a class).  A count that goes below 0 would mean an edge that is not a
    counted reference: the collection stops there and --gc-stats counts an error
    (cycle_errors; the tests require 0), it never frees anything on a guess.
 3. Everything reachable from a node with a count left is alive; the rest is garbage.
 4. The weak references to the garbage die (their callbacks queued, but for those that
    are garbage themselves: handle_weakrefs, as CPython's).
    Garbage objects with a __del__ owed (PEP 442) get it first, at the same finalizer
    point, and are examined again by the next collection (due at once): what __del__
    resurrected stays, the rest is garbage again, now without a __del__ owed.
 5. The garbage is cleared (a list emptied, a dict and an instance's attributes
    replaced by empty ones, a function's defaults and cells dropped, a cell emptied: the
    object's own references, never a container it shares), which takes the counts of
    the cycle's objects to 0, and counting frees them.  Survivors move one generation up.

Nothing of this runs inside an RPython operation: collections run at finalizer points
(Frame.finalizer_point: calls, returns, backward jumps), at gc.collect() and at exit.
The graph is built from addresses and integers only, so that the collector's own
variables hold no counted reference while the counts are read.

configure(plan) turns it on for the refcount plans; the other plans never track."""

import sys

from rpython.rlib import rtime
from rpython.rlib.objectmodel import (current_object_addr_as_int, specialize, r_dict,
                                      newlist_hint, we_are_translated)
from rpython.rtyper.annlowlevel import cast_base_ptr_to_instance
from rpython.rtyper.lltypesystem import llmemory, rffi
from rpython.rtyper.rclass import OBJECTPTR

from gclab.gc import stats
from gclab.gc.refcounting import brc, deferred
from gclab.objspace import gcslots
from gclab.objspace.gcslots import SLOTS, NUM_GENERATIONS
from gclab.objspace.finalizerstate import STATE
from gclab.objspace.objects import W_Root, W_Cell
from gclab.objspace.listobject import W_List, release_backwards
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.dictobject import W_Dict
from gclab.objspace.setobject import W_BaseSet
from gclab.objspace.typeobject import (W_Instance, W_WatchedInstance, W_ExceptionObject,
                                       W_BuiltinSubInstance, W_Type)
from gclab.objspace.function import W_Function, W_Method
from gclab.objspace.dictviews import W_DictView
from gclab.objspace.generator import W_Generator, W_FinalizableGenerator, \
    W_AsyncGenAwaitable
from gclab.objspace.clock import clock_ns
from gclab.objspace.memoryviewobject import W_MemoryView
from gclab.objspace.objects import W_Slice
from gclab.objspace.function import W_StaticMethod, W_ClassMethod, W_Property, W_Super
from gclab.objspace.iterators import (W_SeqIterator, W_Map, W_Filter, W_Zip, W_Enumerate,
                                      W_Reversed, W_CallableIterator, W_GetitemIterator)
from gclab.objspace.dictviews import W_DictIterator
from gclab.objspace.setobject import W_SetIterator
from gclab.objspace.tracebackobject import W_Frame
from gclab.objspace.weakrefobject import W_WeakRef, refs_of, clear_weakrefs

# objects whose references are fixed when they are made: tracked only if one of those
# is (gcslots.track_holder); iterators over a container, descriptors, super, slices
HOLDER_CLASSES = [W_SeqIterator, W_Map, W_Filter, W_Zip, W_Enumerate, W_Reversed,
                  W_CallableIterator, W_GetitemIterator, W_DictIterator, W_SetIterator,
                  W_StaticMethod, W_ClassMethod, W_Property, W_Super, W_Slice, W_Frame,
                  W_WeakRef]

# the classes whose objects are tracked: each calls gcslots.track() when made and gets
# an RPython destructor that calls gcslots.untrack() (configure)
TRACKED_CLASSES = [W_List, W_Tuple, W_Dict, W_BaseSet, W_Instance, W_Function, W_Cell,
                   W_Method, W_DictView, W_Generator, W_Type, W_AsyncGenAwaitable,
                   W_MemoryView] + HOLDER_CLASSES

# A count at least this large is a prebuilt object's (RPython gives them sys.maxint//2)
# and a negative one an immortal object's (the immortal plans): never garbage.
PREBUILT_COUNT = sys.maxint // 4


# How many words at the start of the header add up to the count: 1, or 2 for a plan
# with property 'biased' (gclab/gc/refcounting/biased.py: local and shared counts).
# Fixed by configure(plan) before translation.
COUNT_WORDS = 1
SHARED_SHIFT = 0
COUNTED = False         # the plan counts references (sys.getrefcount: gcmodule)


def configure(plan):
    """The target calls it before translation: the refcount plans track containers."""
    global COUNT_WORDS, SHARED_SHIFT, COUNTED
    COUNTED = plan.kind == 'refcount'
    COUNT_WORDS = 2 if 'biased' in plan.properties else 1
    # biased-refcount-nogil's shared word holds a state in its low bits (brc.py)
    SHARED_SHIFT = brc.SHIFT if COUNT_WORDS == 2 and plan.free_threaded() else 0
    if COUNTED:
        # a list or tuple freed drops its items last first, as CPython's list_dealloc
        # and tupledealloc (their __del__s run in that order)
        W_List.__del__ = make_release_destructor(plan.has_cycle_collector())
        W_Tuple.__del__ = make_release_destructor(plan.has_cycle_collector())
    if plan.has_cycle_collector():       # (not in free-threaded builds: plans.py)
        gcslots.ENABLED = True
        # a view's death gives its export of a bytearray back (bytesobject.add_export)
        W_MemoryView.__del__ = memoryview_destructor
        for cls in TRACKED_CLASSES:
            cls.gc_slot = -1        # prebuilt objects: untracked (immortal anyway)
            cls.gc_slot_of = make_gc_slot_of()
            if '__del__' not in cls.__dict__:
                cls.__del__ = make_untrack_destructor()


# a new function for each class: RPython annotates `self` of one function as one class

def make_gc_slot_of():
    def gc_slot_of(self):
        return self.gc_slot
    return gc_slot_of


def make_untrack_destructor():
    def untrack_destructor(self):
        """The RPython destructor of a tracked class (refcount plans): the object is
        freed, its slot is free."""
        gcslots.untrack(self.gc_slot)
    return untrack_destructor


def make_release_destructor(tracked):
    def release_destructor(self):
        """The RPython destructor of a list or tuple (refcount plans): its slot is free
        (if tracked), and its items are dropped from the last to the first -- unless
        another object shares its items array (a count above 1), whose items stay."""
        if tracked:
            gcslots.untrack(self.gc_slot)
        if items_count(self) == 1:
            release_backwards(self.items_w)
    return release_destructor


def memoryview_destructor(self):
    """The RPython destructor of a memoryview on the refcount plans: it is freed, its
    slot is free, and it exports its bytearray no more (its fields are still alive
    while a destructor runs)."""
    gcslots.untrack(self.gc_slot)
    self.release()


def refcount_at(adr):
    """The reference count in the header of the object at address adr: the refcount
    plans' header is one word, the count, and the C backend lays it out as the first
    field of every GC struct and array (what an object's address points to: RPython's
    incref is `((struct pypy_header0 *)adr)->h_refcount + 1`, the header offset 0).
    Plan biased-refcount's header starts with two counts, the local and the shared:
    their sum (COUNT_WORDS); without a GIL the shared word is the count times 4 plus a
    state (brc.py: SHARED_SHIFT)."""
    words = rffi.cast(rffi.SIGNEDP, adr)
    if COUNT_WORDS == 2:
        local = words[0]
        if local < 0:                                       # immortal
            return local
        return local + (words[1] >> SHARED_SHIFT)
    return words[0]


SHARED = 2      # a container's count when it is not read: a node of its own


def container_count(adr):
    """The count of the RPython container at adr.  Untranslated there is none: SHARED,
    so that every container is a node of its own (tests replace this function)."""
    if not we_are_translated():
        return SHARED
    return refcount_at(adr)


# The counts of the containers that most tracked objects hold alone, each read in a
# function of its own, where the container is only an address: the refcount plans read
# the field without an update (elide.py: a value consumed at once is borrowed), so the
# count is the references held by objects (docs/measuring.md checks it in the C).

def storage_count(w_obj):
    return container_count(current_object_addr_as_int(w_obj.storage_w))


@specialize.argtype(0)
def items_count(w_obj):
    return container_count(current_object_addr_as_int(w_obj.items_w))


def object_at(adr):
    ptr = llmemory.cast_adr_to_ptr(llmemory.cast_int_to_adr(adr), OBJECTPTR)
    return cast_base_ptr_to_instance(W_Root, ptr)


class Graph(object):
    """The nodes and edges of one collection.  Nodes are addresses: the first `objects`
    are the tracked objects examined (node i is the object in slot slots[i]; while the
    graph is built, SLOTS.node[slot] is its node), the others the containers they hold.
    Edge e goes from src[e] to dst[e] (-1: an edge that merge_shared dropped).

    A container is a new node each time an object holds it, found without a lookup;
    merge_shared, once the counts are known, makes one node of the copies of a container
    that several examined objects share (only a container whose count is 2 or more can
    be shared: most are held once, and cost no lookup at all)."""
    _attrs_ = ['adr', 'src', 'dst', 'objects', 'containers', 'owner_edge',
               'items_start', 'items_end']
    # read without counting on the refcount plans (gclab/gc/refcounting/elide.py):
    # building the graph appends to them for every object and edge
    _immutable_fields_ = ['adr', 'src', 'dst']

    def __init__(self, objects):
        # Sized for `objects` examined objects, each with about one container and
        # two edges: RPython's lists grow by 1/8 at a time, and a graph built from
        # empty lists spent more time reallocating and clearing them than filling them
        self.adr = newlist_hint(2 * objects)
        self.src = newlist_hint(3 * objects)
        self.dst = newlist_hint(3 * objects)
        self.objects = 0
        self.containers = newlist_hint(objects)     # container nodes, and for each:
        self.owner_edge = newlist_hint(objects)     # the edge from its owner, and the
        self.items_start = newlist_hint(objects)    # range of the edges to its items
        self.items_end = newlist_hint(objects)

    def add_node(self, adr):
        self.adr.append(adr)
        return len(self.adr) - 1

    def add_edge(self, src, dst):
        self.src.append(src)
        self.dst.append(dst)

    def object_edge(self, node, w_child):
        """node holds a counted reference to w_child (which may be None)."""
        if w_child is None:
            return
        slot = w_child.gc_slot_of()
        if slot >= 0:
            child = SLOTS.node[slot]
            if child >= 0:
                self.add_edge(node, child)

    def container_node(self, node, adr):
        child = self.add_node(adr)
        self.containers.append(child)
        self.owner_edge.append(len(self.src))
        self.add_edge(node, child)
        self.items_start.append(len(self.src))
        return child

    def holder(self, node, adr, count):
        """The node that holds the items of the container at adr, which node holds:
        node itself if the container's count is 1 (node's reference is the only one,
        so that the container is reached exactly when node is: an instance's
        attribute storage, a list's or tuple's items, most of the time), else a
        container node.  count: read by the caller before anything of its own held
        the container (a temporary reference counts too, so that a count read later
        would be too high -- never too low: 1 means node's reference alone)."""
        if count == 1:
            return node
        return self.container_node(node, adr)

    def end_items(self, node, child):
        if child != node:
            self.items_end.append(len(self.src))

    @specialize.call_location()
    def list_edge(self, node, items_w, count=SHARED):
        """node holds an RPython list (items_w) of references."""
        child = self.holder(node, current_object_addr_as_int(items_w), count)
        for w_item in items_w:
            self.object_edge(child, w_item)
        self.end_items(node, child)

    @specialize.call_location()
    def dict_edge(self, node, data, count=SHARED):
        """node holds an RPython dict (data) of references (keys and values)."""
        child = self.holder(node, current_object_addr_as_int(data), count)
        for w_key, w_value in data.iteritems():
            self.object_edge(child, w_key)
            self.object_edge(child, w_value)
        self.end_items(node, child)

    @specialize.call_location()
    def names_edge(self, node, names_w, count=SHARED):
        """node holds an RPython dict of names (strs) to references."""
        child = self.holder(node, current_object_addr_as_int(names_w), count)
        for w_value in names_w.itervalues():
            self.object_edge(child, w_value)
        self.end_items(node, child)


def merge_shared(graph, counts):
    """One node for each container that several examined objects hold: the first copy
    gets every owner's edge, and the edges to its items once; the other copies are
    left with their count and no edge (so, alive, reaching nothing)."""
    first_copy = {}
    for k in range(len(graph.containers)):
        node = graph.containers[k]
        if counts[node] < 2:
            continue
        adr = graph.adr[node]
        first = first_copy.get(adr, -1)
        if first < 0:
            first_copy[adr] = node
            continue
        graph.dst[graph.owner_edge[k]] = first
        for e in range(graph.items_start[k], graph.items_end[k]):
            graph.dst[e] = -1
    graph.containers = None     # not needed any more: the memory goes back
    graph.owner_edge = None
    graph.items_start = None
    graph.items_end = None


def graph_edges(graph, node, w_obj):
    """The references of the tracked object w_obj that its count and its containers'
    counts include (some left out: they only make the collector keep more)."""
    # (each count read first: the list_edge call holds the container while it runs)
    if isinstance(w_obj, W_List):
        count = items_count(w_obj)
        graph.list_edge(node, w_obj.items_w, count)
    elif isinstance(w_obj, W_Tuple):
        count = items_count(w_obj)
        graph.list_edge(node, w_obj.items_w, count)
    elif isinstance(w_obj, W_Dict):
        graph.dict_edge(node, w_obj.data)
    elif isinstance(w_obj, W_BaseSet):
        graph.list_edge(node, w_obj.keys_w)
        weakref_edges(graph, node, w_obj.weakrefs_w)
    elif isinstance(w_obj, W_Instance):
        graph.object_edge(node, w_obj.w_class)
        count = storage_count(w_obj)
        graph.list_edge(node, w_obj.storage_w, count)
        if isinstance(w_obj, W_WatchedInstance):
            weakref_edges(graph, node, w_obj.weakrefs_w)
        if isinstance(w_obj, W_ExceptionObject):
            graph.list_edge(node, w_obj.args_w)
            graph.object_edge(node, w_obj.w_cause)
            graph.object_edge(node, w_obj.w_context)
        elif isinstance(w_obj, W_BuiltinSubInstance):
            graph.object_edge(node, w_obj.w_value)
    elif isinstance(w_obj, W_Function):
        graph.list_edge(node, w_obj.defaults_w)
        if w_obj.kwdefaults_w is not None:
            graph.names_edge(node, w_obj.kwdefaults_w)
        if w_obj.closure_w is not None:
            graph.list_edge(node, w_obj.closure_w)
        if w_obj.dict_w is not None:
            graph.names_edge(node, w_obj.dict_w)
        weakref_edges(graph, node, w_obj.weakrefs_w)
    elif isinstance(w_obj, W_Cell):
        graph.object_edge(node, w_obj.w_value)
    elif isinstance(w_obj, W_Method):
        graph.object_edge(node, w_obj.w_self)
        graph.object_edge(node, w_obj.w_func)
        weakref_edges(graph, node, w_obj.weakrefs_w)
    elif isinstance(w_obj, W_DictView):
        graph.object_edge(node, w_obj.w_dict)
    elif isinstance(w_obj, W_MemoryView):
        graph.object_edge(node, w_obj.w_obj)    # (a bytearray subclass's instance)
    elif isinstance(w_obj, W_Type):
        # its MRO (itself first), bases, dict, lookup cache and remembered __init__;
        # (its metaclass and builtin base: left out, they only keep more alive)
        graph.list_edge(node, w_obj.mro_w)
        graph.list_edge(node, w_obj.bases_w)
        graph.names_edge(node, w_obj.dict_w)
        if w_obj.lookup_cache is not None:
            graph.names_edge(node, w_obj.lookup_cache)
        if w_obj.lookup_snapshot is not None:
            graph.names_edge(node, w_obj.lookup_snapshot.names_w)
        graph.object_edge(node, w_obj.w_ctor_init)
        weakref_edges(graph, node, w_obj.weakrefs_w)
    elif isinstance(w_obj, W_Generator):
        # the frame's locals and value stack, and its cells: arrays that only the
        # frame holds, and the frame only the generator (a running generator is held
        # by its caller too, so it is never garbage)
        frame = w_obj.frame
        if frame is not None and not w_obj.running:
            graph.list_edge(node, frame.locals_w)
            if frame.cells_w is not None:
                graph.list_edge(node, frame.cells_w)
    elif isinstance(w_obj, W_AsyncGenAwaitable):
        # an asynchronous generator's __anext__/asend/athrow/aclose awaitable
        graph.object_edge(node, w_obj.w_gen)
        graph.object_edge(node, w_obj.w_value)
    else:
        holder_edges(graph, node, w_obj)


def weakref_edges(graph, node, refs_w):
    """The weak references to an object, which it keeps in a list of its own (those
    tracked: with a callback), so that one held only by the garbage is garbage with
    it (handle_weakrefs)."""
    if refs_w is not None:
        for w_ref in refs_w:
            graph.object_edge(node, w_ref)


def holder_edges(graph, node, w_obj):
    """The references of the HOLDER_CLASSES."""
    if isinstance(w_obj, W_SeqIterator):
        graph.object_edge(node, w_obj.w_seq)
    elif isinstance(w_obj, W_Map):
        graph.object_edge(node, w_obj.w_func)
        graph.list_edge(node, w_obj.iters_w)
    elif isinstance(w_obj, W_Filter):
        graph.object_edge(node, w_obj.w_func)
        graph.object_edge(node, w_obj.w_iter)
    elif isinstance(w_obj, W_Zip):
        graph.list_edge(node, w_obj.iters_w)
    elif isinstance(w_obj, W_Enumerate):
        graph.object_edge(node, w_obj.w_iter)
        graph.object_edge(node, w_obj.w_index)
    elif isinstance(w_obj, W_Reversed):
        graph.object_edge(node, w_obj.w_seq)
    elif isinstance(w_obj, W_CallableIterator):
        graph.object_edge(node, w_obj.w_func)
        graph.object_edge(node, w_obj.w_sentinel)
    elif isinstance(w_obj, W_GetitemIterator):
        graph.object_edge(node, w_obj.w_obj)
    elif isinstance(w_obj, W_DictIterator):
        # its snapshot of the dict's keys and values: lists of its own
        graph.object_edge(node, w_obj.w_dict)
        graph.list_edge(node, w_obj.keys_w)
        graph.list_edge(node, w_obj.values_w)
    elif isinstance(w_obj, W_SetIterator):
        graph.object_edge(node, w_obj.w_set)
    elif isinstance(w_obj, W_StaticMethod):
        graph.object_edge(node, w_obj.w_func)
    elif isinstance(w_obj, W_ClassMethod):
        graph.object_edge(node, w_obj.w_func)
    elif isinstance(w_obj, W_Property):
        graph.object_edge(node, w_obj.w_fget)
        graph.object_edge(node, w_obj.w_fset)
        graph.object_edge(node, w_obj.w_fdel)
        graph.object_edge(node, w_obj.w_doc)
    elif isinstance(w_obj, W_Super):
        graph.object_edge(node, w_obj.w_start)
        graph.object_edge(node, w_obj.w_self)
    elif isinstance(w_obj, W_Slice):
        graph.object_edge(node, w_obj.w_start)
        graph.object_edge(node, w_obj.w_stop)
        graph.object_edge(node, w_obj.w_step)
    elif isinstance(w_obj, W_Frame):
        graph.object_edge(node, w_obj.w_locals)
        graph.object_edge(node, w_obj.w_back)
    elif isinstance(w_obj, W_WeakRef):
        graph.object_edge(node, w_obj.w_callback)


def build_graph(slots):
    """The graph of the tracked objects in slots.  Holds no counted reference once it
    returns: the nodes are addresses."""
    graph = Graph(len(slots))
    for slot in slots:
        SLOTS.node[slot] = graph.add_node(SLOTS.adr[slot])
    graph.objects = len(graph.adr)
    for node in range(graph.objects):
        graph_edges(graph, node, object_at(graph.adr[node]))
    for slot in slots:
        SLOTS.node[slot] = -1
    return graph


def read_counts(adrs):
    """The reference count of each node; a prebuilt or immortal one is PREBUILT_COUNT."""
    counts = [0] * len(adrs)
    for i in range(len(adrs)):
        count = refcount_at(adrs[i])
        if count < 0 or count >= PREBUILT_COUNT:
            count = PREBUILT_COUNT
        counts[i] = count
    return counts


def find_unreachable(graph, counts):
    """Trial deletion (the module docstring, 2-3) on the graph, whose edges it consumes,
    with counts[node] the node's reference count (which it overwrites): the objects
    (nodes below graph.objects) that nothing outside the graph reaches, or None if an
    edge was not a counted reference (a count went below 0)."""
    src, dst = graph.src, graph.dst
    num = len(counts)
    for i in range(len(dst)):
        if dst[i] >= 0:
            counts[dst[i]] -= 1
    for i in range(num):
        if counts[i] < 0:
            return None
    # the out-edges of each node as rows: after the fill below, row s is
    # targets[end[s - 1]:end[s]] (from 0 for s = 0)
    end = [0] * (num + 1)
    for i in range(len(src)):
        if dst[i] >= 0:
            end[src[i] + 1] += 1
    for i in range(num):
        end[i + 1] += end[i]
    targets = [0] * end[num]
    for i in range(len(src)):
        target = dst[i]
        if target >= 0:
            row = src[i]
            targets[end[row]] = target
            end[row] += 1
    del src[:]          # their memory goes back (the lists shrink)
    del dst[:]
    # counts[node] > 0 from here on: reached (from outside, or from a reached node)
    stack = [i for i in range(num) if counts[i] > 0]
    while stack:
        node = stack.pop()
        start = end[node - 1] if node > 0 else 0
        for j in range(start, end[node]):
            target = targets[j]
            if counts[target] == 0:
                counts[target] = 1
                stack.append(target)
    return [i for i in range(graph.objects) if counts[i] == 0]


def clear(space, w_obj):
    """Drop w_obj's own references (its containers replaced, never changed: another
    object may share them)."""
    if isinstance(w_obj, W_List):
        w_obj.items_w = []
    elif isinstance(w_obj, W_Dict):
        w_obj.data = r_dict(space.eq_w, space.hash_w)
    elif isinstance(w_obj, W_BaseSet):
        w_obj.reset()
    elif isinstance(w_obj, W_Instance):
        w_obj.storage_w = [None] * len(w_obj.storage_w)
        if isinstance(w_obj, W_ExceptionObject):
            w_obj.args_w = []
            w_obj.w_cause = None
            w_obj.w_context = None
            w_obj.traceback = None
            w_obj.w_tb = None
    elif isinstance(w_obj, W_Function):
        w_obj.defaults_w = []
        w_obj.kwdefaults_w = None
        w_obj.closure_w = None
        w_obj.dict_w = None
    elif isinstance(w_obj, W_Cell):
        w_obj.w_value = None
    elif isinstance(w_obj, W_Type):
        # (its bases stay: its destructor takes it out of their lists of subclasses,
        # and a base that is garbage too is freed after it)
        w_obj.mro_w = []
        w_obj.dict_w = {}
        w_obj.forget_caches()
    elif isinstance(w_obj, W_Generator):
        if not w_obj.running:
            w_obj.finish(None)      # its frame dropped: over, as CPython's gen_clear
    elif isinstance(w_obj, W_AsyncGenAwaitable):
        w_obj.clear()
    elif isinstance(w_obj, W_MemoryView):
        w_obj.clear_obj()
    else:
        clear_holder(w_obj)


def clear_holder(w_obj):
    """clear() of the HOLDER_CLASSES: an iterator ends (each next() is ready for it) and
    a property loses its functions.  A staticmethod, classmethod, super or slice keeps
    its references (immutable fields, read without counting): a cycle through one
    passes through an object that clear() does empty."""
    if isinstance(w_obj, W_SeqIterator):
        w_obj.w_seq = None
    elif isinstance(w_obj, W_Map):
        w_obj.iters_w = []
    elif isinstance(w_obj, W_Filter):
        w_obj.w_iter = None
        w_obj.w_func = None
    elif isinstance(w_obj, W_Zip):
        w_obj.iters_w = []
    elif isinstance(w_obj, W_Enumerate):
        w_obj.w_iter = None
    elif isinstance(w_obj, W_Reversed):
        w_obj.index = -1
        w_obj.w_seq = None
    elif isinstance(w_obj, W_CallableIterator):
        w_obj.w_func = None
        w_obj.w_sentinel = None
    elif isinstance(w_obj, W_GetitemIterator):
        w_obj.w_obj = None
    elif isinstance(w_obj, W_DictIterator):
        w_obj.w_dict = None
        w_obj.keys_w = []
        w_obj.values_w = []
    elif isinstance(w_obj, W_SetIterator):
        w_obj.w_set = None
    elif isinstance(w_obj, W_Property):
        w_obj.w_fget = None
        w_obj.w_fset = None
        w_obj.w_fdel = None
        w_obj.w_doc = None
    elif isinstance(w_obj, W_Frame):
        w_obj.w_locals = None
    elif isinstance(w_obj, W_WeakRef):
        w_obj.w_callback = None


def choose_generation():
    """The oldest generation whose count passed its threshold (CPython's
    collect_generations), or -1."""
    counts = [SLOTS.count0, SLOTS.counts[1], SLOTS.counts[2]]
    for gen in range(NUM_GENERATIONS - 1, -1, -1):
        if counts[gen] > SLOTS.thresholds[gen]:
            if (gen == NUM_GENERATIONS - 1 and
                    SLOTS.long_lived_pending < SLOTS.long_lived_total // 4):
                continue
            return gen
    return -1


def collect_due(space):
    """At a finalizer point, the collection that track() found due (if enabled)."""
    SLOTS.due = False
    gen = SLOTS.recollect       # after __del__s: what they did not resurrect
    again = gen >= 0
    SLOTS.recollect = -1
    if SLOTS.enabled:
        gen = max(gen, choose_generation())
    if gen >= 0:
        found = collect(space, gen)
        if again:
            SLOTS.refound = found


def collect(space, generation, at_exit=False):
    """Collect generations 0..generation; the number of unreachable objects found.
    At exit (after release_program_state) a __del__ owed is not called: the objects
    are marked finalized and cleared at once."""
    if not gcslots.ENABLED or SLOTS.collecting or not SLOTS.active:
        return 0
    if not deferred.alone():
        # a free-threaded build collects only while one thread runs: trial deletion
        # reads counts that other threads would change (CPython 3.13t stops the
        # world instead)
        return 0
    SLOTS.collecting = True
    start = clock_ns(rtime.CLOCK_MONOTONIC)
    try:
        found = _collect(space, generation, at_exit)
    finally:
        SLOTS.collecting = False
    stats.record_pause(clock_ns(rtime.CLOCK_MONOTONIC) - start)
    if generation == NUM_GENERATIONS - 1:
        stats.COUNTERS[stats.MAJOR_COLLECTIONS] += 1
    else:
        stats.COUNTERS[stats.MINOR_COLLECTIONS] += 1
    return found


def _collect(space, generation, at_exit):
    examined = 0
    for gen in range(generation + 1):
        examined += SLOTS.glen[gen]
    slots = newlist_hint(examined)
    for gen in range(generation + 1):
        slots.extend(gcslots.generation_slots(SLOTS, gen))
    graph = build_graph(slots)
    counts = read_counts(graph.adr)
    merge_shared(graph, counts)
    garbage = find_unreachable(graph, counts)
    counts = None
    # the survivors (and the garbage, until it is freed) move one generation up
    target = min(generation + 1, NUM_GENERATIONS - 1)
    _merge_into(generation, target)
    SLOTS.count0 = 0
    if generation + 1 < NUM_GENERATIONS:
        SLOTS.counts[generation + 1] += 1
    for gen in range(1, generation + 1):
        SLOTS.counts[gen] = 0
    if generation == NUM_GENERATIONS - 1:
        SLOTS.long_lived_pending = 0
        SLOTS.long_lived_total = SLOTS.glen[target]
    elif target == NUM_GENERATIONS - 1:
        SLOTS.long_lived_pending += len(slots)
    if garbage is None:
        stats.COUNTERS[stats.CYCLE_ERRORS] += 1
        return 0
    if not garbage:
        return 0
    garbage_w = [object_at(graph.adr[node]) for node in garbage]
    graph = None
    stats.COUNTERS[stats.CYCLE_GARBAGE] += len(garbage_w)
    handle_weakrefs(garbage_w)
    owed = False
    for w_obj in garbage_w:
        if isinstance(w_obj, W_WatchedInstance) and not w_obj.finalized:
            if at_exit:
                w_obj.finalized = True
            else:
                owed = True
                STATE.dead_w.append(w_obj)
                STATE.count += 1
        elif (isinstance(w_obj, W_FinalizableGenerator) and w_obj.suspended()
                and not at_exit):
            # suspended in a try or with block: closed first, as CPython finalizes it
            # (PEP 442); its finally runs, its frame ends, and what it held with it
            owed = True
            STATE.dead_w.append(w_obj)
            STATE.count += 1
    if owed:
        # their __del__ first (finalizers.run_pending, at once); then this generation
        # again, which finds what they did not resurrect
        SLOTS.due = True
        SLOTS.recollect = max(SLOTS.recollect, target)
        return len(garbage_w)
    for w_obj in garbage_w:
        clear(space, w_obj)
    return len(garbage_w)       # garbage_w dropped: counting frees the cycles


def handle_weakrefs(garbage_w):
    """Before any __del__ of the garbage runs, as CPython's handle_weakrefs: every weak
    reference to a garbage object dies, so that one that __del__ resurrects has none
    left; the callbacks of those that are not garbage themselves are queued, and those
    of garbage references are dropped, never called."""
    for w_obj in garbage_w:
        if isinstance(w_obj, W_WeakRef):
            w_obj.w_callback = None
    for w_obj in garbage_w:
        if refs_of(w_obj) is not None:
            clear_weakrefs(w_obj)


def _merge_into(generation, target):
    for gen in range(generation + 1):
        if gen == target:
            continue
        for slot in gcslots.generation_slots(SLOTS, gen):
            gcslots.add_to_generation(SLOTS, target, slot)
        # (its list keeps its capacity: about as many will be tracked again before
        # the next collection)
        SLOTS.glen[gen] = 0
