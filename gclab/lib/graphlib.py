# gclab's graphlib module, written for gclab after CPython 3.11's interface and
# behaviour: TopologicalSorter (constructor from a {node: predecessors} mapping, add,
# prepare, is_active/__bool__, get_ready, done, static_order, TopologicalSorter[T]) and
# CycleError (a ValueError whose args are ("nodes are in a cycle", [n1, ..., n1])).
# The orders are CPython's: nodes are kept in first-mention order, get_ready returns
# the ready nodes in the order they became ready, and prepare() looks for a cycle by a
# depth-first walk over the nodes in insertion order following the successors in the
# order they were added, reporting the first cycle it closes; the ValueErrors have
# CPython's messages.
# What differs from CPython: nothing known.

from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']

_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        # count of predecessors not yet done; _NODE_OUT once handed out by
        # get_ready(), _NODE_DONE once marked done()
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle; args[1] is
    the list of nodes of one cycle, its first node repeated at the end."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = _NodeInfo(node)
            self._node2info[node] = info
        return info

    def add(self, node, *predecessors):
        """Add a new node and its predecessors to the graph."""
        if self._ready_nodes is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph as finished and check for cycles in the graph."""
        if self._ready_nodes is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """Return a tuple of all the nodes that are ready."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        del self._ready_nodes[:]
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Return True if more progress can be made and False otherwise."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks a set of nodes returned by "get_ready" as processed."""
        if self._ready_nodes is None:
            raise ValueError('prepare() must be called first')
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError('node %r was not added using add()' % (node,))
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError('node %r was not passed out (still not ready)'
                                     % (node,))
                raise ValueError('node %r was already marked done' % (node,))
            info.npredecessors = _NODE_DONE
            for succ in info.successors:
                sinfo = n2i[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # iterative depth-first walk; path holds the current chain of nodes, with
        # the index of the next successor to follow for each
        n2i = self._node2info
        seen = set()
        for start in n2i:
            if start in seen:
                continue
            seen.add(start)
            path = [start]
            nexts = [0]
            onpath = {start: 0}
            while path:
                top = path[-1]
                succs = n2i[top].successors
                k = nexts[-1]
                if k >= len(succs):
                    del onpath[top]
                    path.pop()
                    nexts.pop()
                    continue
                nexts[-1] = k + 1
                succ = succs[k]
                if succ in onpath:
                    return path[onpath[succ]:] + [succ]
                if succ in seen:
                    continue
                seen.add(succ)
                onpath[succ] = len(path)
                path.append(succ)
                nexts.append(0)
        return None

    def static_order(self):
        """Returns an iterable of nodes in a topological order."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
