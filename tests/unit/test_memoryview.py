"""memoryview (gclab.objspace.memoryviewobject): what the corpus programs cannot see --
the cycle collector follows a view to its object and clears it (the refcount plans);
exports are held weakly by the bytearray."""

import gc

from gclab.objspace import cyclegc
from gclab.objspace.objects import W_Cell
from gclab.objspace.bytesobject import W_Bytes, W_ByteArray, live_views
from gclab.objspace.memoryviewobject import W_MemoryView
from gclab.objspace.space import ObjSpace

from test_cyclegc import graph_of, counts_of, unreachable


def test_a_cycle_through_a_view_is_garbage_and_cleared():
    # (a bytearray subclass's instance holding a view of itself in an attribute, in
    # the small: a cell stands for the instance)
    w_cell = W_Cell(None)
    w_view = W_MemoryView(w_cell, W_Bytes('ab'), 0, 1, 2, 'B', True)
    w_cell.w_value = w_view
    graph = graph_of([w_view, w_cell])
    assert sorted(zip(graph.src, graph.dst)) == [(0, 1), (1, 0)]
    assert unreachable(graph, counts_of(graph)) == [0, 1]
    graph = graph_of([w_view, w_cell])
    assert unreachable(graph, counts_of(graph, external=[1])) == []
    cyclegc.clear(ObjSpace(), w_view)
    assert w_view.released and w_view.w_obj is None


def test_a_bytearray_holds_its_views_weakly():
    w_array = W_ByteArray(list('abc'))
    w_view = W_MemoryView(w_array, w_array, 0, 1, 3, 'B', False)
    w_slice = W_MemoryView(w_array, w_array, 1, 1, 2, 'B', False)
    assert len(live_views(w_array.views)) == 2
    w_slice.released = True
    assert live_views(w_array.views) == [w_array.views[0]]
    del w_view
    gc.collect()
    assert live_views(w_array.views) == []


def test_dropped_views_stop_exporting_as_on_the_tracing_plans(run):
    """tests/programs/finalizers/memoryview_dropped.py untranslated (the host's GC, as
    the tracing plans): a resize that finds a dropped view collects first."""
    import os
    import corpus
    path = os.path.join(corpus.TESTS, 'programs', 'finalizers', 'memoryview_dropped.py')
    status, out, err = corpus.python3_result(path, [])
    result = run(path=path)
    assert result.out == out
    assert result.status == status
