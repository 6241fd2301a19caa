"""Fewer reference-count updates (gclab/gc/refcounting/elide.py), on translated
programs (PyPy 2.7 host, RPython).

A tiny RPython program is translated with plan `counting-refcount`, with the transformer
as it is (ELIDE on) and with RPython's updates unchanged (ELIDE off):

  * generated-C checks: functions whose temporaries need no reference of their own
    (a field read only compared, an immutable field of an argument used across a call)
    have fewer updates in their C than without elision; a function whose temporary
    must keep its object alive across a call keeps its updates;
  * both builds run and print the same, and the elided build counts fewer updates at
    run time (rc_increments / rc_decrements);
  * stores into slots declared empty (store_into_empty): one increment, or none for
    a value moved from another slot; the poisoned build aborts when the slot is not
    empty;
  * programs in which a call drops the only other reference to a temporary's object
    (the owner's field overwritten, the owner freed) before the temporary is used
    still read the object's own values after fresh objects have been allocated over
    any freed memory -- and the poisoned build (GCLAB_POISON_FREED) of the same
    program, which would abort on a use after free, runs to the end.
"""

import os
import re
import subprocess
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rpython.rlib.objectmodel import dont_inline
from rpython.rtyper.annlowlevel import (cast_base_ptr_to_instance,
                                        cast_instance_to_base_ptr)
from rpython.rtyper.lltypesystem import llmemory
from rpython.rtyper.rclass import OBJECTPTR

from gclab.gc import stats
from gclab.gc.refcounting.refcount import GclabRefcountingGCTransformer
from gclab.gc.refcounting.elide import fresh_init, store_into_empty

from test_gc_policy import read_sources, translate_to_c


class Node(object):
    def __init__(self, val, next):
        self.val = val
        self.next = next


class Frozen(object):
    _immutable_fields_ = ['node']

    def __init__(self, node):
        self.node = node


class Table(object):
    _immutable_fields_ = ['items[*]']

    def __init__(self, items):
        self.items = items


class Chain(object):
    _immutable_fields_ = ['val', 'next']

    def __init__(self, val, next):
        self.val = val
        self.next = next


class Holder(object):
    def __init__(self, node):
        self.node = node


class FreshPair(object):
    @dont_inline
    @fresh_init
    def __init__(self, first, second, k):
        self.first = first
        total = 0
        for i in range(k):              # self goes round a loop before the next store
            total += i
        self.total = total
        self.second = second


class NotFresh(FreshPair):
    def __init__(self, node):
        self.first = node               # stored before the base's fresh __init__:
        FreshPair.__init__(self, node, node, 2)   # a misuse the poisoned build catches


class Sink(object):
    def __init__(self):
        self.total = 0
        self.keep = []


SINK = Sink()


@dont_inline
def noise(n):
    # allocates (over any memory that was just freed) and drops references
    lst = [Node(-1, None) for i in range(n)]
    SINK.total += len(lst)


@dont_inline
def rc_compare_only(holder, other):
    # holder.node is read, compared and dropped: no call in between
    node = holder.node
    return node is other or node.next is other


@dont_inline
def rc_immutable_across_call(frozen):
    # frozen.node is immutable and frozen is an argument: alive across the call
    node = frozen.node
    noise(3)
    return node.val


@dont_inline
def rc_immutable_item_across_call(table, i):
    # table.items is declared items[*]: its items never change, table is an argument
    node = table.items[i]
    noise(2)
    return node.val


@dont_inline
def rc_owner_overwritten(holder):
    # the call overwrites holder.node: the temporary must keep its own reference
    node = holder.node
    replace(holder)
    noise(5)
    return node.val


@dont_inline
def replace(holder):
    holder.node = Node(-2, None)


@dont_inline
def rc_owner_freed(holders, i):
    # the owner itself (holders[i]) is freed by the call
    node = holders[i].node
    drop(holders, i)
    noise(5)
    return node.val + node.next.val


@dont_inline
def drop(holders, i):
    holders[i] = None


@dont_inline
def rc_store_into_dying_holder(node):
    # node is an argument (its caller holds it); the increment of the store below is
    # the holder's reference, and the holder dies at the end of this function,
    # dropping it: that increment must be made before anything that may free (an
    # earlier elide.py let it sink past the holder's release: a use after free)
    holder = make_holder()
    holder.node = node
    return holder.node.val


@dont_inline
def rc_pop(slots, i):
    # a value stack's pop: the slot's reference becomes the result's; the read of
    # the old value that the store makes is the same object as `node`
    node = slots[i]
    slots[i] = None
    return node


@dont_inline
def rc_forever_across_branches(chain, n):
    # node is the argument or an immutable field of it, on every path through the
    # branches and the loop: it outlives the function, no update anywhere
    node = chain
    total = 0
    while n > 0:
        if n & 1:
            noise(1)
        else:
            node = node.next if node.next is not None else node
        total += node.val
        n -= 1
    return total


@dont_inline
def rc_push_slot(slots, i, j):
    # a value stack's push of a value that another slot holds, into a slot known to
    # be empty: the new slot's increment and nothing else (no old value to release,
    # so the temporary's pair cancels)
    store_into_empty(slots, j, slots[i])


@dont_inline
def rc_move(src, i, dst, j):
    # a pop stored into an empty slot (an argument moving into a new frame): no update
    node = src[i]
    src[i] = None
    store_into_empty(dst, j, node)


@dont_inline
def make_holder():
    return Holder(None)


def entry_point(argv):
    n = int(argv[1])
    total = 0
    for i in range(n):
        a = Node(i, None)
        b = Node(i + 1, a)
        h = Holder(b)
        if rc_compare_only(h, a):
            total += 1
        total += rc_immutable_across_call(Frozen(b))
        total += rc_immutable_item_across_call(Table([a, b]), 1)
        total += rc_owner_overwritten(h)
        holders = [Holder(Node(i, Node(7, None))), None]
        total += rc_owner_freed(holders, 0)
        slots = [Node(i, None), None]
        total += rc_pop(slots, 0).val
        total += rc_forever_across_branches(Chain(i, Chain(i + 1, None)), 3)
        stack = [Node(i, None), None, None]
        rc_push_slot(stack, 0, 1)
        rc_move(stack, 0, stack, 2)
        total += stack[1].val + stack[2].val
        kept = Node(i, None)
        total += rc_store_into_dying_holder(kept)
        noise(5)
        total += kept.val
        pair = FreshPair(a, b, i % 4)
        total += pair.first.val + pair.second.val
    os.write(1, '%d %d\n' % (total, SINK.total))
    os.write(1, 'updates %d %d\n' % (stats.COUNTERS[stats.RC_INCREMENTS],
                                     stats.COUNTERS[stats.RC_DECREMENTS]))
    return 0


def expected(n):
    total = 0
    for i in range(n):
        total += 1 + (i + 1) + (i + 1) + (i + 1) + (i + 7) + i + i + i + 2 * i + (3 * i + 2)
        total += 2 * i + 1
    return '%d %d\n' % (total, n * (3 + 2 + 5 + 5 + 5 + 2))


def translated(elide):
    saved = GclabRefcountingGCTransformer.ELIDE
    GclabRefcountingGCTransformer.ELIDE = elide
    try:
        cbuilder = translate_to_c('counting-refcount', entry_point)
    finally:
        GclabRefcountingGCTransformer.ELIDE = saved
    cbuilder.compile()
    return cbuilder


@pytest.fixture(scope='module')
def elided():
    return translated(True)


@pytest.fixture(scope='module')
def unelided():
    return translated(False)


UPDATE = re.compile(r'RPyField\(\w+, h_refcount\) = OP_INT_(?:ADD|SUB)|'
                    r'OP_INT_(ADD|SUB)\(\w+, 1L, \w+\);\s*RPyField\(\w+, h_refcount\)')


def updates_in(cbuilder, name):
    """The refcount updates in the C of function `name` (pypy_g_<name>)."""
    text = '\n'.join(read_sources(cbuilder, ('.c',)).values())
    match = re.search(r'\n[^\n]*\bpypy_g_%s\([^)]*\)\s*\{\n(.*?)\n\}\n' % name, text,
                      re.S)
    assert match, name
    body = match.group(1)
    return len(re.findall(r'RPyField\(\w+, h_refcount\) = \w+;', body))


def test_elision_removes_the_updates_of_temporaries(elided, unelided):
    for name in ['rc_compare_only', 'rc_immutable_across_call',
                 'rc_immutable_item_across_call']:
        before, after = updates_in(unelided, name), updates_in(elided, name)
        assert before > 0, name
        assert after < before, (name, before, after)
    # node.next is compared: no update for holder.node nor for node.next
    assert updates_in(elided, 'rc_compare_only') == 0
    # a pop moves the slot's reference to the result
    assert updates_in(unelided, 'rc_pop') > 0
    assert updates_in(elided, 'rc_pop') == 0
    # an object outliving the function, across branches and a loop: no update
    assert updates_in(unelided, 'rc_forever_across_branches') > 0
    assert updates_in(elided, 'rc_forever_across_branches') == 0
    # a store into an empty slot: the stored value's increment only; a move: nothing
    assert updates_in(unelided, 'rc_push_slot') > 1
    assert updates_in(elided, 'rc_push_slot') == 1
    assert updates_in(unelided, 'rc_move') > 0
    assert updates_in(elided, 'rc_move') == 0
    # a @fresh_init __init__: the stored values' increments only (no old values read
    # and released)
    assert updates_in(unelided, 'FreshPair___init__') > 2
    assert updates_in(elided, 'FreshPair___init__') == 2


def test_a_temporary_whose_owner_a_call_may_drop_keeps_its_reference(elided,
                                                                    unelided):
    for name in ['rc_owner_overwritten', 'rc_owner_freed']:
        assert updates_in(elided, name) >= 2, name


def run(cbuilder, n, env=None):
    return cbuilder.cmdexec(str(n), env=env)


def test_both_builds_compute_the_same(elided, unelided):
    out_e = run(elided, 200).split('\n')
    out_u = run(unelided, 200).split('\n')
    assert out_e[0] + '\n' == expected(200)
    assert out_u[0] + '\n' == expected(200)
    inc_e, dec_e = map(int, out_e[1].split()[1:])
    inc_u, dec_u = map(int, out_u[1].split()[1:])
    assert inc_e < inc_u and dec_e < dec_u, (out_e, out_u)


# ---- the poisoned build: a use after free aborts -------------------------------

class Plain(object):
    def __init__(self, n):
        self.n = n


@dont_inline
def address_of(obj):
    # an uncounted reference: the address of the object
    return llmemory.cast_ptr_to_adr(cast_instance_to_base_ptr(obj))


@dont_inline
def from_address(adr):
    # a counted reference made from the address: its increment reads the header
    return cast_base_ptr_to_instance(Plain, llmemory.cast_adr_to_ptr(adr, OBJECTPTR))


def use_after_free_entry_point(argv):
    holders = [Plain(int(argv[1]))]
    adr = address_of(holders[0])
    holders[0] = None                   # the only reference: Plain is freed here
    os.write(1, 'freed\n')
    obj = from_address(adr)
    os.write(1, 'still here %d\n' % obj.n)
    return 0


def test_poisoned_build_aborts_on_a_use_after_free():
    cbuilder = translate_to_c('refcount-poisoned', use_after_free_entry_point)
    cbuilder.compile()
    out, err = run_failing(cbuilder, 5)
    assert out.startswith('freed\n'), out
    assert 'still here' not in out
    assert 'a reference count update on a freed object' in err, err


def test_poisoned_build_runs_a_correct_program_unchanged():
    cbuilder = translate_to_c('refcount-poisoned', entry_point)
    cbuilder.compile()
    assert run(cbuilder, 50).split('\n')[0] + '\n' == expected(50)


def not_empty_entry_point(argv):
    slots = [Plain(1), Plain(int(argv[1]))]
    os.write(1, 'storing\n')
    store_into_empty(slots, 1, slots[0])    # slot 1 is not empty: a bug to catch
    os.write(1, 'stored %d\n' % slots[1].n)
    return 0


def test_poisoned_build_aborts_on_a_store_into_a_slot_that_is_not_empty():
    # the product builds trust store_into_empty (the old value would never be
    # released); the poisoned builds check it
    cbuilder = translate_to_c('refcount-poisoned', not_empty_entry_point)
    cbuilder.compile()
    out, err = run_failing(cbuilder, 5)
    assert out == 'storing\n', out
    assert 'a slot declared empty holds an object' in err, err


def not_fresh_entry_point(argv):
    node = Plain(int(argv[1]))
    os.write(1, 'making\n')
    pair = NotFresh(node)
    os.write(1, 'made %d\n' % pair.first.n)
    return 0


def test_poisoned_build_aborts_on_a_fresh_init_of_an_object_with_fields_set():
    cbuilder = translate_to_c('refcount-poisoned', not_fresh_entry_point)
    cbuilder.compile()
    out, err = run_failing(cbuilder, 5)
    assert out == 'making\n', out
    assert 'a slot declared empty holds an object' in err, err


def test_store_into_empty_untranslated_checks_the_slot():
    slots = [None, 'x']
    store_into_empty(slots, 0, 'y')
    assert slots == ['y', 'x']
    with pytest.raises(AssertionError):
        store_into_empty(slots, 1, 'z')


def run_failing(cbuilder, n):
    proc = subprocess.Popen([str(cbuilder.executable_name), str(n)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    assert proc.returncode != 0, (out, err)
    return out, err


# ---- what pass 1 trusts ---------------------------------------------------------

def immutable_classes(root):
    """(path, class node, field names) of every class in root's RPython modules that
    declares _immutable_fields_ (gclab/lib holds guest Python 3 modules: skipped)."""
    import ast
    for folder, dirs, files in os.walk(root):
        if os.path.basename(folder) == 'lib':
            continue
        for name in files:
            if not name.endswith('.py'):
                continue
            path = os.path.join(folder, name)
            with open(path) as f:
                tree = ast.parse(f.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.ClassDef):
                    continue
                for stmt in node.body:
                    if (isinstance(stmt, ast.Assign) and '_immutable_fields_' in
                            [t.id for t in stmt.targets if isinstance(t, ast.Name)]):
                        fields = set(f.rstrip('?').replace('[*]', '')
                                     for f in ast.literal_eval(stmt.value))
                        yield path, node, fields


def test_immutable_fields_are_assigned_only_in_init():
    # elide.py's pass 1 reads an immutable field without a count update because the
    # object it holds cannot be replaced (and so released) while the reader uses it:
    # a method that assigns one would make that read a use after free
    import ast
    gclab_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), 'gclab')
    found = 0
    for path, cls, fields in immutable_classes(gclab_dir):
        found += 1
        for method in cls.body:
            if not isinstance(method, ast.FunctionDef) or method.name == '__init__':
                continue
            for node in ast.walk(method):
                targets = (node.targets if isinstance(node, ast.Assign) else
                           [node.target] if isinstance(node, ast.AugAssign) else [])
                for t in targets:
                    assert not (isinstance(t, ast.Attribute) and
                                isinstance(t.value, ast.Name) and t.value.id == 'self'
                                and t.attr in fields), (path, cls.name, method.name,
                                                        t.attr)
    assert found >= 10          # PyCode, Frame, the W_ objects with fixed fields...


def test_rereads_are_one_object_only_under_a_gil(monkeypatch):
    """same_objects() takes two reads of one location, with nothing between that may
    write memory, for the same object -- true under a GIL, not without one: another
    thread may store into the location between them (elide.py)."""
    from rpython.flowspace.model import Variable, Constant, SpaceOperation
    from rpython.rtyper.lltypesystem import lltype
    from gclab.gc import nogil
    from gclab.gc.refcounting.elide import same_objects
    S = lltype.GcStruct('S', ('x', lltype.Signed))
    T = lltype.GcStruct('T', ('p', lltype.Ptr(S)))
    v_t, v_a, v_b = Variable('t'), Variable('a'), Variable('b')
    v_t.concretetype = lltype.Ptr(T)
    v_a.concretetype = v_b.concretetype = lltype.Ptr(S)
    c_p = Constant('p', lltype.Void)
    ops = [SpaceOperation('getfield', [v_t, c_p], v_a),
           SpaceOperation('getfield', [v_t, c_p], v_b)]
    uf = same_objects(ops, set())
    assert uf.find(v_a) is uf.find(v_b)
    monkeypatch.setattr(nogil, 'ACTIVE', True)
    uf = same_objects(ops, set())
    assert uf.find(v_a) is not uf.find(v_b)
