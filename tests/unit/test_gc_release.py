"""How the refcount plans release an object whose count reached 0 (PyPy 2.7 host,
RPython): gclab.gc.refcounting.refcount's ll_release, on every refcount plan.

A tiny RPython program is translated with each refcount plan, compiled and run:

  * objects dropped while an exception is in flight (the locals of the functions it
    leaves) are freed, all of them.  RPython's deallocators stop at the first call
    after which they find an exception in flight, so before ll_release a two-node
    chain held by a function that raised stayed allocated (and in the interpreter,
    every guest frame an exception left);
  * dropping a linked list far longer than the C stack could hold as nested
    deallocators (RPython's deallocators recurse: one C frame or more per node) frees
    it all, and the program goes on;
  * objects with __del__ inside such a list and inside unwound functions are freed
    too, their __del__ run once each.
"""

import os
import re
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rpython.rlib.objectmodel import dont_inline

from gclab.gc import plans, stats
from gclab.gc.refcounting.refcount import RELEASE_DEPTH, fold_counts

from test_gc_policy import translate_to_c

# one plan per refcount manager: the <plan>-poisoned debug builds (refcount.py,
# POISON_FREED) have the same transformer and updates (test_rc_elide.py translates one)
REFCOUNT_PLANS = [p.name for p in plans.PLANS
                  if p.kind == 'refcount' and p.allocator == plans.DEFAULT_ALLOCATOR]


class Node(object):
    def __init__(self, next, n):
        self.next = next
        self.n = n


class Dying(Node):
    def __del__(self):
        STATE.dels += 1


class Boom(Exception):
    pass


class State(object):
    def __init__(self):
        self.dels = 0
        self.sink = 0
        self.fail = False


STATE = State()


@dont_inline
def chain(n, every):
    """A linked list of n nodes; every `every`-th one has a __del__."""
    head = None
    for i in range(n):
        if every and i % every == 0:
            head = Dying(head, i)
        else:
            head = Node(head, i)
    return head


@dont_inline
def raiser(depth, fail):
    # alive in this function when the exception leaves it: Node -> Node -> Dying
    held = chain(3, 3)
    if depth == 0:
        if fail:
            raise Boom
        return held.n
    return raiser(depth - 1, fail) + held.n


def counted(fn, arg):
    """(objects allocated, objects freed) while fn(arg) runs (a free-threaded build
    counts per thread: fold_counts adds this thread's counts to the totals)."""
    fold_counts()
    allocated0 = stats.COUNTERS[stats.OBJECTS_ALLOCATED]
    freed0 = stats.COUNTERS[stats.OBJECTS_FREED]
    fn(arg)
    fold_counts()
    return (stats.COUNTERS[stats.OBJECTS_ALLOCATED] - allocated0,
            stats.COUNTERS[stats.OBJECTS_FREED] - freed0)


@dont_inline
def unwind(times):
    for i in range(times):
        try:
            STATE.sink += raiser(4, STATE.fail)     # True: raises
        except Boom:
            pass


@dont_inline
def long_list(n):
    head = chain(n, 1000)
    STATE.sink += head.n
    head = None                  # all n nodes are released here


def entry_point(argv):
    dels0 = STATE.dels
    STATE.fail = argv[1] == 'unwind'
    if STATE.fail:
        allocated, freed = counted(unwind, 100)
    else:
        allocated, freed = counted(long_list, int(argv[1]))
    os.write(1, '%d %d %d\n' % (allocated, freed, STATE.dels - dels0))
    return 0


N = 3000000     # nested deallocators for 3 million nodes need far more than 8 MB


@pytest.fixture(scope='module', params=REFCOUNT_PLANS)
def program(request):
    cbuilder = translate_to_c(request.param, entry_point)
    cbuilder.compile()
    return cbuilder


def run(program, arg):
    """(objects allocated, objects freed, __del__ calls) of one run."""
    out = program.cmdexec(arg)
    m = re.match(r'(\d+) (\d+) (\d+)\n$', out)
    assert m, out
    return [int(x) for x in m.groups()]


def test_objects_dropped_while_an_exception_is_in_flight_are_freed(program):
    allocated, freed, dels = run(program, 'unwind')
    # 100 times: 5 functions, each holding 3 nodes (1 of them with __del__)
    assert allocated >= 100 * 5 * 3
    assert freed == allocated
    assert dels == 100 * 5


def test_a_list_longer_than_the_stack_allows_is_freed(program):
    assert N > 100 * RELEASE_DEPTH
    allocated, freed, dels = run(program, str(N))
    assert allocated >= N
    assert freed == allocated
    assert dels == N // 1000
