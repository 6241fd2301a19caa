"""The refcount plans' cycle collector (gclab.objspace.cyclegc), untranslated: its graph
of real W_ objects and its trial deletion, with the reference counts a refcount build
would read given explicitly (the host has none).  The collector itself runs on every
translated refcount plan: tests/e2e/test_gc.py (exact leak counts of the cyclic
programs, cycles.py flat, collections forced after every container)."""

from rpython.rlib.objectmodel import current_object_addr_as_int

from gclab.objspace import cyclegc
from gclab.objspace.gcslots import SLOTS
from gclab.objspace.objects import W_Cell
from gclab.objspace.listobject import W_List, W_ListIterator
from gclab.objspace.space import ObjSpace


def graph_of(objects_w):
    """The collector's graph of these tracked objects (nodes 0.. in their order).
    Untranslated, no class is tracked (cyclegc.configure runs only for a refcount
    translation): each object here gets the slot of its place, as track() would."""
    saved = SLOTS.node
    SLOTS.node = [-1] * len(objects_w)
    try:
        for slot, w_obj in enumerate(objects_w):
            w_obj.gc_slot_of = (lambda slot=slot: slot)
        graph = cyclegc.Graph(len(objects_w))
        for slot, w_obj in enumerate(objects_w):
            SLOTS.node[slot] = graph.add_node(current_object_addr_as_int(w_obj))
        graph.objects = len(objects_w)
        for node, w_obj in enumerate(objects_w):
            cyclegc.graph_edges(graph, node, w_obj)
    finally:
        SLOTS.node = saved
    return graph


def counts_of(graph, external=()):
    """The counts a refcount build would read: one per reference from an examined
    object or container to the address (the copies of a shared container are one
    address), and one per reference from outside the graph (external: the nodes so
    referenced).  merge_shared has run on the graph when this returns."""
    per_address = {}
    first_node = {}
    for src, dst in zip(graph.src, graph.dst):
        if first_node.setdefault(graph.adr[src], src) != src:
            continue        # a second copy of a shared container: the same references
        adr = graph.adr[dst]
        per_address[adr] = per_address.get(adr, 0) + 1
    for node in external:
        adr = graph.adr[node]
        per_address[adr] = per_address.get(adr, 0) + 1
    counts = [per_address.get(adr, 0) for adr in graph.adr]
    cyclegc.merge_shared(graph, counts)
    return counts


def node_of(graph, w_or_list):
    """The first node of an object or container."""
    return graph.adr.index(current_object_addr_as_int(w_or_list))


def unreachable(graph, counts):
    """The collector's verdict (it consumes the graph: one verdict per graph)."""
    return cyclegc.find_unreachable(graph, counts)


def test_a_cycle_nothing_refers_to_is_garbage():
    w_a = W_List([])
    w_b = W_Cell(w_a)
    w_a.items_w.append(w_b)                 # a -> its items -> b -> a
    graph = graph_of([w_a, w_b])
    assert len(graph.adr) == 3              # a, b, and a's items array
    assert unreachable(graph, counts_of(graph)) == [0, 1]


def test_a_reference_from_outside_keeps_the_cycle_and_what_it_reaches():
    w_a = W_List([])
    w_b = W_Cell(w_a)
    w_c = W_Cell(None)
    w_a.items_w.append(w_b)
    w_a.items_w.append(w_c)                 # c is not in the cycle, but reached from it
    graph = graph_of([w_a, w_b, w_c])
    assert unreachable(graph, counts_of(graph, external=[1])) == []
    graph = graph_of([w_a, w_b, w_c])
    assert unreachable(graph, counts_of(graph)) == [0, 1, 2]


def test_a_container_shared_with_an_untracked_object_keeps_its_items():
    """A list iterator holds its list's items array, not the list: the list may be
    garbage while the array, and the objects in it, are alive."""
    w_x = W_Cell(None)
    w_list = W_List([w_x])
    w_x.w_value = w_list                    # list -> items -> x -> list
    w_iter = W_ListIterator(w_list.items_w)
    graph = graph_of([w_list, w_x])
    items = node_of(graph, w_list.items_w)
    assert unreachable(graph, counts_of(graph, external=[items])) == []
    graph = graph_of([w_list, w_x])
    assert unreachable(graph, counts_of(graph)) == [0, 1]
    assert w_iter.items_w is w_list.items_w


def test_two_objects_sharing_one_container_are_not_counted_twice():
    w_x = W_Cell(None)
    w_a = W_List([w_x])
    w_b = W_List(w_a.items_w)               # b shares a's items array
    w_x.w_value = w_a
    graph = graph_of([w_a, w_b, w_x])
    copies = [n for n in range(len(graph.adr))
              if graph.adr[n] == current_object_addr_as_int(w_a.items_w)]
    assert len(copies) == 2                 # one per owner, until merged
    counts = counts_of(graph)               # the array's count: 2
    live = [d for d in graph.dst if d >= 0]
    assert live.count(copies[0]) == 2 and live.count(copies[1]) == 0
    assert live.count(node_of(graph, w_x)) == 1      # the array holds x once
    assert unreachable(graph, counts) == [0, 1, 2]
    graph = graph_of([w_a, w_b, w_x])
    assert unreachable(graph, counts_of(graph, external=[1])) == []


def test_an_edge_that_is_not_a_counted_reference_stops_the_collection():
    w_a = W_List([])
    w_b = W_Cell(w_a)
    w_a.items_w.append(w_b)
    graph = graph_of([w_a, w_b])
    counts = counts_of(graph)
    counts[node_of(graph, w_a)] -= 1        # a count lower than the edges into it
    assert unreachable(graph, counts) is None


def test_prebuilt_and_immortal_counts_are_alive():
    w_a = W_List([])
    w_b = W_Cell(w_a)
    w_a.items_w.append(w_b)
    graph = graph_of([w_a, w_b])
    counts = counts_of(graph)
    counts[0] = cyclegc.PREBUILT_COUNT
    assert unreachable(graph, counts) == []


def test_graph_edges_of_a_dict():
    """A dict holds its table, the table its keys and values (here a str key, which
    is not tracked: no edge)."""
    space = ObjSpace()
    w_value = W_Cell(None)
    w_dict = space.newdict()
    w_dict.data[space.newstr('k')] = w_value
    graph = graph_of([w_dict, w_value])
    table = node_of(graph, w_dict.data)
    assert sorted(zip(graph.src, graph.dst)) == [(0, table), (table, 1)]
    # the dict: nothing refers to it; the value: held from outside
    assert unreachable(graph, counts_of(graph, external=[1])) == [0]
    w_value.w_value = w_dict
    graph = graph_of([w_dict, w_value])
    assert unreachable(graph, counts_of(graph)) == [0, 1]


def test_an_async_generator_awaitable_is_followed_and_cleared():
    """What __anext__/asend/athrow/aclose return holds its generator and the value
    it sends first: a cycle through them is garbage."""
    from gclab.objspace.generator import W_Generator, W_AsyncGenAwaitable, AWAIT_SEND
    w_gen = W_Generator(None, 'ag', 'ag')
    w_cell = W_Cell(None)
    w_aw = W_AsyncGenAwaitable(w_gen, AWAIT_SEND, w_cell, None)
    w_cell.w_value = w_aw
    graph = graph_of([w_aw, w_cell, w_gen])
    assert sorted(zip(graph.src, graph.dst)) == [(0, 1), (0, 2), (1, 0)]
    assert unreachable(graph, counts_of(graph)) == [0, 1, 2]
    graph = graph_of([w_aw, w_cell, w_gen])
    assert unreachable(graph, counts_of(graph, external=[1])) == []
    cyclegc.clear(ObjSpace(), w_aw)
    assert w_aw.w_gen is None and w_aw.w_value is None


def test_clear_drops_the_objects_own_references_only():
    space = ObjSpace()
    w_x = W_Cell(None)
    w_list = W_List([w_x])
    items_w = w_list.items_w
    cyclegc.clear(space, w_list)
    assert w_list.items_w == [] and items_w == [w_x]       # replaced, not emptied
    cyclegc.clear(space, w_x)
    assert w_x.w_value is None


def test_cycles_through_iterators_and_descriptors_are_garbage():
    """An iterator, a staticmethod, a property, a slice hold counted references: a
    cycle through one of them is found, and clear() ends the iterator."""
    from gclab.objspace.iterators import W_SeqIterator, W_Map, W_Enumerate
    from gclab.objspace.function import W_StaticMethod, W_Property
    from gclab.objspace.objects import W_Slice
    space = ObjSpace()
    for make in [W_SeqIterator, W_StaticMethod, lambda w: W_Property(w, None),
                 lambda w: W_Slice(w, None, None), lambda w: W_Enumerate(w, None),
                 lambda w: W_Map(None, [w])]:
        w_cell = W_Cell(None)
        w_holder = make(w_cell)
        w_cell.w_value = w_holder           # cell -> holder -> cell
        graph = graph_of([w_cell, w_holder])
        assert unreachable(graph, counts_of(graph)) == [0, 1]
        graph = graph_of([w_cell, w_holder])
        assert unreachable(graph, counts_of(graph, external=[1])) == []
    w_list = W_List([W_Cell(None)])
    w_iter = W_SeqIterator(w_list)
    cyclegc.clear(space, w_iter)
    assert w_iter.w_seq is None and w_iter.next(space) is None
    w_map = W_Map(None, [W_SeqIterator(w_list)])
    cyclegc.clear(space, w_map)
    assert w_map.next(space) is None


def check_slots(state):
    """Every tracked slot is where its pos says, in its generation, once; the free
    slots chain through pos; together they are all the slots."""
    from gclab.objspace.gcslots import NUM_GENERATIONS, generation_slots
    seen = set()
    for gen in range(NUM_GENERATIONS):
        for index, slot in enumerate(generation_slots(state, gen)):
            assert state.gen[slot] == gen and state.pos[slot] == index
            assert state.adr[slot] != 0 and slot not in seen
            seen.add(slot)
    free = state.free_head
    while free >= 0:
        assert state.adr[free] == 0 and free not in seen
        seen.add(free)
        free = state.pos[free]
    assert seen == set(range(len(state.adr)))


def test_slots_track_untrack_reuse_and_merge():
    from gclab.objspace import gcslots
    gcslots.reset(True)
    try:
        state = gcslots.SLOTS
        state.thresholds[0] = 0         # no collection falls due
        objects_w = [W_Cell(None) for i in range(10)]
        slots = [gcslots.track(w_obj) for w_obj in objects_w]
        assert slots == list(range(10))
        check_slots(state)
        for slot in [3, 9, 0]:          # the middle, the last, the first
            gcslots.untrack(slot)
            check_slots(state)
        assert gcslots.generation_slots(state, 0) == [7, 1, 2, 8, 4, 5, 6]
        # freed slots are reused, the last freed first; the list keeps its capacity
        assert [gcslots.track(W_Cell(None)) for i in range(4)] == [0, 9, 3, 10]
        check_slots(state)
        assert state.glen[0] == 11 and len(state.gens[0]) == 11
        cyclegc._merge_into(0, 1)
        assert state.glen[0] == 0 and state.glen[1] == 11
        check_slots(state)
        gcslots.untrack(8)
        assert gcslots.track(W_Cell(None)) == 8 and state.gen[8] == 0
        check_slots(state)
    finally:
        gcslots.reset(False)


def test_a_container_held_once_is_merged_into_its_owner(monkeypatch):
    """A container whose count is 1 is reached exactly when its one owner is: the
    graph gives it no node, and its items are the owner's edges."""
    monkeypatch.setattr(cyclegc, 'container_count', lambda adr: 1)
    w_a = W_List([])
    w_b = W_Cell(w_a)
    w_c = W_Cell(None)
    w_a.items_w.append(w_b)
    w_a.items_w.append(w_c)
    graph = graph_of([w_a, w_b, w_c])
    assert len(graph.adr) == 3              # no node for a's items
    assert sorted(zip(graph.src, graph.dst)) == [(0, 1), (0, 2), (1, 0)]
    assert unreachable(graph, counts_of(graph)) == [0, 1, 2]
    graph = graph_of([w_a, w_b, w_c])
    assert unreachable(graph, counts_of(graph, external=[1])) == []
    graph = graph_of([w_a, w_b, w_c])
    assert unreachable(graph, counts_of(graph, external=[2])) == [0, 1]
