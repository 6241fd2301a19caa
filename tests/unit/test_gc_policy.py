"""The memory-manager plans' effect on translation (PyPy 2.7 host, RPython).

A tiny RPython program that allocates and drops GC objects (a class with a pointer
field, a list, a class with __del__) is translated to C once per refcounting plan,
configured the way translate.py does (-O2, then rpython_patches.apply() as the target's
target() would call it); the generated C is inspected, then both are compiled and run.

A second tiny program churns RPython's ordered dicts, whose `indexes` field is an
opaque GCREF that RPython's own refcounting transformer cannot translate
(gclab/gc/refcounting/refcount.py): it is translated with every refcounting plan, compiled and
run, and must give the right answer without its malloc heap growing.

(Immortal prebuilt objects, the allocation/free counters and threads: see
test_gc_immortal.py.)
"""

import os
import re
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rpython.annotator.listdef import s_list_of_strings
from rpython.config.config import to_optparse
from rpython.config.translationoption import (get_combined_translation_config,
                                              set_opt_level)
from rpython.rlib import rgc
from rpython.rlib.objectmodel import compute_hash, r_dict
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.backendopt.all import backend_optimizations
from rpython.translator.c import gc as c_gc
from rpython.translator.c.genc import CStandaloneBuilder
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from rpython.translator.translator import TranslationContext

from gclab.gc import plans, rpython_patches
from gclab.gc.refcounting import (atomic as atomic_refcount, counting as counting_refcount,
                                  immortal_atomic as immortal_atomic_refcount,
                                  immortal as immortal_refcount, refcount,
                                  biased as biased_refcount)
from gclab.gc.rpython_patches import PlanConflict
install_plan = rpython_patches.apply


# ---- the tiny program -----------------------------------------------------------

class Node(object):
    def __init__(self, nxt, val):
        self.nxt = nxt
        self.val = val


class Stats(object):
    dels = 0

STATS = Stats()


class Owner(object):        # with __del__: its deallocator decrements once more
    def __init__(self, node):
        self.node = node

    def __del__(self):
        STATS.dels += 1


def entry_point(argv):
    n = int(argv[1])
    total = 0
    for i in range(n):
        head = None
        for j in range(10):
            head = Node(head, j)
        owner = Owner(head)
        lst = [head, None]
        while head is not None:
            total += head.val
            head = head.nxt
        lst.append(owner.node)
        total += len(lst)
        owner = None
    os.write(1, "total %d dels %d\n" % (total, STATS.dels))
    return 0


# ---- the tiny dict program ------------------------------------------------------
#
# Ordered dicts with int keys, str keys and a custom r_dict (the interpreter's guest
# dicts are r_dicts), grown past the resizes that switch the index array from bytes
# to shorts to ints (more than 65536 slots), deleted from, copied, updated, cleared,
# stored into a field that drops the previous round's dict, and a prebuilt dict whose
# index is created and replaced at run time.  Each round leaves the same live data,
# so the malloc heap after the last round must be what it was after the first.

_HEAP_C = r"""
#include <malloc.h>
static inline Signed gclab_test_heap_in_use(void) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    struct mallinfo2 mi = mallinfo2();
    return (Signed)(mi.uordblks + mi.hblkhd);   /* bytes in malloc'ed blocks */
#else
    return -1;
#endif
}
"""
heap_in_use = rffi.llexternal(
    'gclab_test_heap_in_use', [], lltype.Signed,
    compilation_info=ExternalCompilationInfo(post_include_bits=[_HEAP_C]),
    _nowrapper=True, sandboxsafe=True, releasegil=False)


class Value(object):
    def __init__(self, n):
        self.n = n


class Key(object):
    def __init__(self, s):
        self.s = s


def key_eq(a, b):
    return a.s == b.s


def key_hash(a):
    return compute_hash(a.s)


class Holder(object):
    def __init__(self):
        self.d = {-1: Value(-1)}


PREBUILT = {-1: Value(-1)}     # immortal; its index is built at run time


def dict_round(n, holder):
    d = {}
    for i in range(n):
        d[i] = Value(i)
    for i in range(0, n, 2):
        del d[i]
    for i in range(n, 2 * n):          # grows again over the deleted entries
        d[i] = Value(i)
    total = len(d)
    for k, v in d.iteritems():
        total += k - v.n + 1
    c = d.copy()
    c.update(d)
    for i in range(n, 2 * n, 3):
        del c[i]
    total += len(c)
    c.clear()
    c[7] = Value(7)
    total += len(c)
    s = {}
    for i in range(n):
        s['k%d' % i] = [i, i]
    for i in range(n - 1, -1, -1):     # shrinks to empty
        del s['k%d' % i]
    total += len(s)
    r = r_dict(key_eq, key_hash)
    for i in range(n // 4):
        r[Key(str(i))] = Value(i)
    for i in range(0, n // 4, 2):
        del r[Key(str(i))]
    for i in range(n // 4):
        if Key(str(i)) in r:
            total += r[Key(str(i))].n
    for i in range(n // 8):
        PREBUILT[i] = Value(i)
    for i in range(-1, n // 8):   # (not len(PREBUILT): the flow space folds it)
        total += PREBUILT[i].n
    for i in range(n // 8):
        del PREBUILT[i]
    holder.d = d        # drops the previous round's dict
    return total


def dict_entry_point(argv):
    rounds = int(argv[1])
    n = int(argv[2])
    holder = Holder()
    total = 0
    heap_first = 0
    for i in range(rounds):
        total += dict_round(n, holder)
        # after two rounds: the first drops nothing, the second the first's dict,
        # whose blocks the refcount plans' free lists (pool.py) keep for the next
        # rounds to reuse -- from then on, a round that leaks nothing leaves the heap
        # as it found it
        if i == 1:
            heap_first = heap_in_use()
    heap_last = heap_in_use()
    live = len(holder.d)    # (a use after heap_in_use(): refcounting would
                            # free the last round's dict at its last use)
    growth = heap_last - heap_first if heap_first >= 0 else -1
    os.write(1, "total %d live %d heap %d growth %d\n" % (total, live, heap_first,
                                                          growth))
    return 0


# ---- a program that makes a GCREF out of an object with GC pointers --------------

def gcref_entry_point(argv):
    v = Value(len(argv))
    g = rgc.cast_instance_to_gcref(v)
    w = rgc.try_cast_gcref_to_instance(Value, g)
    os.write(1, "%d\n" % w.n)
    return 0


# ---- translating it -------------------------------------------------------------

def translation_config(*cmdline):
    """A config as translate.py has it when it calls target(): the command line
    parsed, then the -O2 defaults applied."""
    config = get_combined_translation_config(translating=True)
    parser = to_optparse(config, useoptions=['translation.*'])
    parser.parse_args(list(cmdline))
    set_opt_level(config, '2')
    return config


def translate_to_c(plan_name, entry=entry_point, *cmdline):
    """Translate `entry` with plan `plan_name` (None: the command line's --gc with
    RPython's own policy) and generate its C source."""
    config = translation_config(*cmdline)
    try:
        if plan_name is not None:
            install_plan(plans.get(plan_name), config)
        t = TranslationContext(config=config)
        t.buildannotator().build_types(entry, [s_list_of_strings])
        t.buildrtyper().specialize()
        backend_optimizations(t)
        cbuilder = CStandaloneBuilder(t, entry, config=config)
        cbuilder.generate_source()
    finally:
        rpython_patches.undo()
    return cbuilder


def read_sources(cbuilder, exts=('.c', '.h')):
    return dict((p.basename, p.read()) for p in cbuilder.targetdir.listdir()
                if p.ext in exts)


@pytest.fixture(scope='module')
def refcount_c():
    return translate_to_c('refcount')


@pytest.fixture(scope='module')
def atomic_c():
    return translate_to_c('atomic-refcount')


# one plan per refcount manager: the <plan>-poisoned debug builds (refcount.py,
# POISON_FREED) have the same transformer and updates (test_rc_elide.py translates one)
REFCOUNT_PLANS = [p.name for p in plans.PLANS
                  if p.kind == 'refcount' and p.allocator == plans.DEFAULT_ALLOCATOR
                  and not p.free_threaded()]
POLICIES = [refcount.GclabRefcountingGcPolicy,
            counting_refcount.CountingRefcountingGcPolicy,
            atomic_refcount.AtomicRefcountingGcPolicy,
            immortal_refcount.ImmortalRefcountingGcPolicy,
            immortal_atomic_refcount.ImmortalAtomicRefcountingGcPolicy,
            biased_refcount.BiasedRefcountingGcPolicy]


@pytest.fixture(scope='module', params=REFCOUNT_PLANS)
def dict_program(request):
    cbuilder = translate_to_c(request.param, dict_entry_point)
    cbuilder.compile()
    return request.param, cbuilder


# Every access to the refcount field in the generated C is one of:
RC_READ = re.compile(r'= RPyField\((\w+), h_refcount\);')            # plain load
RC_STORE = re.compile(r'RPyField\((\w+), h_refcount\) = ([^;]+);')    # plain store
RC_ADDRESS = re.compile(                        # address passed to a gclab helper
    r'OP_ADR_ADD\(\w+, offsetof\(struct \w+, h_refcount\), (\w+)\);\s*'
    r'(?:\w+ = )?(gclab_rc_incref|gclab_rc_decref)\(\1\);')


def refcount_accesses(sources):
    reads, stores, atomic = [], [], []
    for name, text in sorted(sources.items()):
        if not name.endswith('.c'):
            continue
        reads += RC_READ.findall(text)
        stores += [value for _, value in RC_STORE.findall(text)]
        atomic += [helper for _, helper in RC_ADDRESS.findall(text)]
        assert text.count('h_refcount') == (len(RC_READ.findall(text)) +
                                            len(RC_STORE.findall(text)) +
                                            len(RC_ADDRESS.findall(text))), name
    return reads, stores, atomic


# ---- tests ----------------------------------------------------------------------

def test_refcount_plan_is_plain(refcount_c):
    sources = read_sources(refcount_c)
    assert '__atomic' not in ''.join(sources.values())
    assert 'gclab_rc_' not in ''.join(sources.values())
    reads, stores, atomic = refcount_accesses(sources)
    # RPython's increments and decrements: load, add/sub, store the variable back
    assert reads and atomic == []
    assert [v for v in stores if v not in ('0L', '1L')]


def test_atomic_refcount_plan_uses_atomic_builtins(atomic_c):
    sources = read_sources(atomic_c)
    reads, stores, atomic = refcount_accesses(sources)
    assert 'gclab_rc_incref' in atomic and 'gclab_rc_decref' in atomic
    assert reads == []                  # no load-modify-store of a refcount
    # the only plain stores: a deallocator parks a dead object's count at 1
    # while its destructor runs (and at 0 again); the object is not shared then
    assert set(stores) <= set(['0L', '1L'])
    # ... and the deallocator of Owner, which calls __del__, is among the checked code
    assert 'll_call_destructor' in ''.join(sources.values())

    # the helpers, defined once in the header every .c includes
    header = sources['common_header.h']
    incref = re.search(r'gclab_rc_incref\(void \*\w+\) \{[^}]*\}', header)
    decref = re.search(r'gclab_rc_decref\(void \*\w+\) \{[^}]*\}', header)
    assert incref and decref
    assert '__atomic_add_fetch' in incref.group()
    assert '__ATOMIC_RELAXED' in incref.group()
    assert '__atomic_sub_fetch' in decref.group()
    assert '__ATOMIC_ACQ_REL' in decref.group()
    assert 'AtomicRefcountingGCTransformer' in header


def test_atomic_refcount_policy_is_not_left_installed(atomic_c):
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


def test_both_plans_use_gclabs_transformer(refcount_c, atomic_c):
    header = read_sources(refcount_c)['common_header.h']
    assert '/* using GclabRefcountingGCTransformer */' in header
    header = read_sources(atomic_c)['common_header.h']
    assert '/* using AtomicRefcountingGCTransformer */' in header
    for cls in (counting_refcount.CountingRefcountingGCTransformer,
                atomic_refcount.AtomicRefcountingGCTransformer,
                immortal_refcount.ImmortalRefcountingGCTransformer,
                immortal_atomic_refcount.ImmortalAtomicRefcountingGCTransformer,
                biased_refcount.BiasedRefcountingGCTransformer):
        assert issubclass(cls, refcount.GclabRefcountingGCTransformer)


def test_every_refcount_plan_has_its_policy():
    assert REFCOUNT_PLANS == ['refcount', 'counting-refcount', 'atomic-refcount',
                              'immortal-refcount', 'atomic-immortal-refcount',
                              'biased-refcount']
    assert ([rpython_patches.policy_class(plans.get(name)) for name in REFCOUNT_PLANS]
            == POLICIES)


def test_compiled_programs_agree(refcount_c, atomic_c):
    outputs = []
    for cbuilder in (refcount_c, atomic_c):
        cbuilder.compile()
        outputs.append(cbuilder.cmdexec('100'))
    assert outputs[0] == outputs[1] == 'total 4800 dels 100\n'


# ---- ordered dicts (opaque GCREF indexes) ---------------------------------------

DICT_ROUNDS = 12
DICT_KEYS = 40000      # > 65536 index slots: byte, short and int indexes


def test_rpythons_refcounting_cannot_translate_dicts():
    # the problem gclab.gc.refcount fixes (if this starts to pass, RPython fixed it)
    with pytest.raises(Exception) as e:
        translate_to_c(None, dict_entry_point, '--gc=ref')
    assert "don't know what is in <GCREF (gcopaque)>" in str(e.value)


def test_dict_churn_is_right_and_does_not_leak(dict_program):
    plan_name, cbuilder = dict_program
    out = cbuilder.cmdexec('%d %d' % (DICT_ROUNDS, DICT_KEYS))
    m = re.match(r'total (-?\d+) live (\d+) heap (-?\d+) growth (-?\d+)\n$', out)
    assert m, out
    total, live, heap, growth = [int(x) for x in m.groups()]
    assert live == DICT_KEYS * 3 // 2
    # the same computation, untranslated (each round gives the same total)
    saved = PREBUILT.copy()
    try:
        expected = dict_round(DICT_KEYS, Holder()) * DICT_ROUNDS
    finally:
        PREBUILT.clear()
        PREBUILT.update(saved)
    assert total == expected
    if heap < 0:
        pytest.skip('no mallinfo2() to measure the heap (%s)' % plan_name)
    # a round's dicts take megabytes, and leaking only their index arrays grows the
    # heap by more than 1 MB a round; what the previous rounds leave behind must
    # not grow (slack for malloc's caches, which measured about 30 KB)
    assert heap > 1000000
    assert abs(growth) < 256 * 1024, (plan_name, heap, growth)


def test_gcref_to_an_object_with_gc_pointers_is_refused():
    # gclab's fix frees what a GCREF refers to without looking inside; a GCREF made
    # from an instance would leak its fields and skip destructors, so it is refused
    with pytest.raises(refcount.OpaqueReferentError) as e:
        translate_to_c('refcount', gcref_entry_point)
    assert 'cast_opaque_ptr' in str(e.value)
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


# ---- rpython_patches.apply on its own (no translation) ---------------------------

def test_plan_replaces_the_default_gc():
    config = translation_config()
    assert config.translation.gc == 'incminimark'
    try:
        install_plan(plans.get('refcount'), config)
        assert config.translation.gc == 'ref'
        assert config.translation.gctransformer == 'ref'
        assert config.translation.gcrootfinder == 'n/a'
        assert (c_gc.name_to_gcpolicy['ref'] is
                refcount.GclabRefcountingGcPolicy)
    finally:
        rpython_patches.undo()
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


def test_undo_restores_rpythons_policy_after_every_plan():
    try:
        for plan_name in REFCOUNT_PLANS + ['atomic-refcount']:
            install_plan(plans.get(plan_name), translation_config())
            assert c_gc.name_to_gcpolicy['ref'] is not c_gc.RefcountingGcPolicy
            rpython_patches.undo()
            assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy
    finally:
        rpython_patches.undo()


def test_a_policy_that_does_not_fit_its_gc_is_refused():
    # a refcount policy declared for a tracing GC: apply() refuses it
    decl = dict(plans.MANAGERS[[m['name'] for m in plans.MANAGERS].index('refcount')])
    decl.update(name='wrong', rpython_gc='incminimark')
    plan = plans.Plan(decl, 'gil', 'default', 'ok')
    with pytest.raises(PlanConflict) as e:
        install_plan(plan, translation_config())
    assert 'is not a ShadowStackFrameworkGcPolicy' in str(e.value)
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy
    assert (c_gc.name_to_gcpolicy['framework+shadowstack'] is
            c_gc.ShadowStackFrameworkGcPolicy)


def test_plan_keeps_a_matching_explicit_gc():
    config = translation_config('--gc=ref')
    try:
        install_plan(plans.get('atomic-refcount'), config)
        assert config.translation.gc == 'ref'
        assert (c_gc.name_to_gcpolicy['ref'] is
                atomic_refcount.AtomicRefcountingGcPolicy)
    finally:
        rpython_patches.undo()


def test_conflicting_explicit_gc_is_a_clear_error():
    config = translation_config('--gc=incminimark')
    with pytest.raises(PlanConflict) as e:
        install_plan(plans.get('atomic-refcount'), config)
    assert '--gc=incminimark conflicts with --mm atomic-refcount' in str(e.value)
    assert 'pass --gc=ref' in str(e.value)
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


def test_default_plan_with_default_config():
    config = translation_config()
    try:
        install_plan(plans.get(plans.DEFAULT), config)
        assert config.translation.gc == 'incminimark'
    finally:
        rpython_patches.undo()
    assert (c_gc.name_to_gcpolicy['framework+shadowstack'] is
            c_gc.ShadowStackFrameworkGcPolicy)
