"""Immortal prebuilt objects, the allocation/free counters and threads, for every
refcount plan (PyPy 2.7 host, RPython).

One tiny threaded RPython program is translated with --thread once per refcount
plan (configured as translate.py does: -O2, then rpython_patches.apply()), compiled and run.
It reads the refcount of prebuilt objects (a prebuilt instance and a prebuilt
string) before, while and after new objects hold references to them, and the
counters of gclab.gc.stats around a churn -- in the main thread and in a second
thread -- that allocates objects (one with __del__) and drops them all.

  * immortal plans: the prebuilt counts are IMMORTAL_REFCOUNT and never change;
    in the other plans they do change (so the program can see a change);
  * every plan: objects allocated == objects freed over the churn, both > 0, and
    every __del__ ran (non-prebuilt objects are still freed);
  * the generated C: the immortal plans' prebuilt headers hold the sentinel, and
    every increment and decrement tests it first; no refcount operation happens
    where RPython runs without the GIL.
"""

import os
import re
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rpython.rlib import rthread
from rpython.rlib.objectmodel import dont_inline
from rpython.rtyper.annlowlevel import cast_instance_to_base_ptr, llstr
from rpython.rtyper.lltypesystem import llmemory, rffi
from rpython.translator.c import gc as c_gc

from gclab.gc import plans, stats
from gclab.gc.refcounting.immortal import IMMORTAL_REFCOUNT

from test_gc_policy import translate_to_c, read_sources

# one plan per refcount manager: the <plan>-poisoned debug builds (refcount.py,
# POISON_FREED) have the same transformer and updates (test_rc_elide.py translates one)
REFCOUNT_PLANS = [p.name for p in plans.PLANS
                  if p.kind == 'refcount' and p.allocator == plans.DEFAULT_ALLOCATOR
                  and not p.free_threaded()]
IMMORTAL_PLANS = [p.name for p in plans.PLANS if 'immortal' in p.properties]
RPYTHON_PREBUILT_COUNT = sys.maxint // 2     # RPython's count for prebuilt objects


# ---- the tiny program -----------------------------------------------------------

class Box(object):
    def __init__(self, ref, n):
        self.ref = ref
        self.n = n
        self.s = None


class Dying(object):         # with __del__: freed by its own deallocator
    def __init__(self, box):
        self.box = box

    def __del__(self):
        STATE.dels += 1


class State(object):
    def __init__(self):
        self.dels = 0
        self.mid_box = 0            # refcounts read in the middle of a churn
        self.mid_str = 0
        self.lock = None
        self.total = 0
        self.handoff = None
        self.gift = None
        self.thread_kept = None


STATE = State()
PREBUILT_BOX = Box(None, 42)
PREBUILT_LIST = [Box(None, 1), Box(None, 2)]
PREBUILT_STR = 'a prebuilt string'


def refcount_at(adr):
    # the C header (struct pypy_header0 { Signed h_refcount; }) is the first
    # member of every GC struct and array, so it is at the object's address;
    # test_refcount_is_read_from_the_header checks that
    return llmemory.cast_adr_to_ptr(adr, rffi.SIGNEDP)[0]


def box_refcount():
    return refcount_at(llmemory.cast_ptr_to_adr(
        cast_instance_to_base_ptr(PREBUILT_BOX)))


def str_refcount():
    return refcount_at(llmemory.cast_ptr_to_adr(llstr(PREBUILT_STR)))


# Objects made by the main thread, used and dropped by the other (biased-refcount's
# paths for a thread that is not the owner): the list is handed over and dies in the
# thread; the gift is kept by the thread, and the main thread drops its reference first.
HANDOFF = 50
GIFT = 7


@dont_inline
def take_from_main():
    kept = STATE.handoff
    STATE.handoff = None
    STATE.thread_kept = STATE.gift
    total = 0
    for box in kept:
        total += box.n
    STATE.total += total + STATE.thread_kept.n


@dont_inline
def churn(n, record):
    total = 0
    for i in range(n):
        b = Box(PREBUILT_BOX, i)            # references to prebuilt objects ...
        b.s = PREBUILT_STR
        lst = [PREBUILT_BOX, b, PREBUILT_LIST[i % 2]]
        d = Dying(b)
        if record and i == n // 2:          # ... held right now
            STATE.mid_box = box_refcount()
            STATE.mid_str = str_refcount()
        total += len(lst) + d.box.n + len(b.s)
    return total                            # everything allocated here is dropped


def bootstrap():
    rthread.gc_thread_start()
    STATE.total += churn(1000, False)
    take_from_main()
    STATE.lock.release()
    rthread.gc_thread_die()


def entry_point(argv):
    n = int(argv[1])
    STATE.lock = rthread.allocate_lock()
    STATE.lock.acquire(True)
    box0, str0 = box_refcount(), str_refcount()
    fresh = Box(None, 0)
    fresh_rc = refcount_at(llmemory.cast_ptr_to_adr(
        cast_instance_to_base_ptr(fresh)))
    allocated0 = stats.COUNTERS[stats.OBJECTS_ALLOCATED]
    freed0 = stats.COUNTERS[stats.OBJECTS_FREED]
    STATE.handoff = [Box(None, i) for i in range(HANDOFF)]
    STATE.gift = Box(None, GIFT)
    total = churn(n, True)
    rthread.start_new_thread(bootstrap, ())
    STATE.lock.acquire(True)        # releases the GIL until the thread is done
    STATE.gift = None               # the owner's last reference; the thread's next
    STATE.thread_kept = None
    allocated = stats.COUNTERS[stats.OBJECTS_ALLOCATED] - allocated0
    freed = stats.COUNTERS[stats.OBJECTS_FREED] - freed0
    box1, str1 = box_refcount(), str_refcount()
    os.write(1, 'box %d %d %d str %d %d %d fresh %d allocated %d freed %d '
                'dels %d total %d %d\n'
             % (box0, STATE.mid_box, box1, str0, STATE.mid_str, str1, fresh_rc,
                allocated, freed, STATE.dels, total, STATE.total + fresh.n))
    return 0


N = 2000


_built = {}


def build_program(plan_name):
    """The tiny threaded program translated and compiled with plan_name (cached)."""
    if plan_name not in _built:
        _built[plan_name] = _build_program(plan_name)
    return _built[plan_name]


@pytest.fixture(scope='module', params=REFCOUNT_PLANS)
def program(request):
    return build_program(request.param)


def _build_program(plan_name):
    cbuilder = translate_to_c(plan_name, entry_point, '--thread')
    cbuilder.compile()
    out = cbuilder.cmdexec(str(N))
    m = re.match(r'box (-?\d+) (-?\d+) (-?\d+) str (-?\d+) (-?\d+) (-?\d+) '
                 r'fresh (-?\d+) allocated (\d+) freed (\d+) dels (\d+) '
                 r'total (\d+) (\d+)\n$', out)
    assert m, out
    values = [int(x) for x in m.groups()]
    result = dict(zip(['box', 'str'], [values[0:3], values[3:6]]))
    result.update(zip(['fresh', 'allocated', 'freed', 'dels', 'total',
                       'thread_total'], values[6:]))
    return plan_name, cbuilder, result


def test_refcount_plans_are_the_six():
    assert REFCOUNT_PLANS == ['refcount', 'counting-refcount', 'atomic-refcount',
                              'immortal-refcount', 'atomic-immortal-refcount',
                              'biased-refcount']
    for name in REFCOUNT_PLANS:
        assert plans.get(name).has_threads()      # translated with --thread
    # each has a poisoned debug build, except the measuring one (same updates as
    # refcount's)
    poisoned = [p.name for p in plans.PLANS if p.allocator == 'poisoned' and
                not p.free_threaded()]
    assert poisoned == [name + '-poisoned' for name in REFCOUNT_PLANS
                        if name != 'counting-refcount']
    # and so has each free-threaded refcount plan
    assert [p.name for p in plans.PLANS if p.allocator == 'poisoned' and
            p.free_threaded()] == ['atomic-refcount-nogil-poisoned',
                                   'atomic-immortal-refcount-nogil-poisoned',
                                   'biased-refcount-nogil-poisoned']


def test_program_runs(program):
    plan_name, cbuilder, r = program
    expected = sum(3 + i + len(PREBUILT_STR) for i in range(N))
    assert r['total'] == expected
    assert r['thread_total'] == (sum(3 + i + len(PREBUILT_STR) for i in range(1000)) +
                                 sum(range(HANDOFF)) + GIFT)


def test_prebuilt_refcounts(program):
    plan_name, cbuilder, r = program
    if plan_name in IMMORTAL_PLANS:
        # immortal: the sentinel, before, while referenced and after
        assert r['box'] == [IMMORTAL_REFCOUNT] * 3
        assert r['str'] == [IMMORTAL_REFCOUNT] * 3
    else:
        # RPython's huge count, which references change (what immortality saves)
        for before, during, after in (r['box'], r['str']):
            assert abs(before - RPYTHON_PREBUILT_COUNT) < 1000
            assert during > before
            assert after == before
    # an object allocated at run time is mortal in every plan
    assert 1 <= r['fresh'] < 10


def test_objects_are_counted_and_all_freed(program):
    plan_name, cbuilder, r = program
    # per iteration: a Box, a list (and its items), a Dying; main thread + thread
    assert r['allocated'] >= 3 * (N + 1000)
    assert r['freed'] == r['allocated']
    assert r['dels'] == N + 1000


# ---- the generated C ------------------------------------------------------------

def c_functions(sources):
    """(file, function name, body) of every function in the generated .c files."""
    for name, text in sorted(sources.items()):
        if not name.endswith('.c'):
            continue
        for m in re.finditer(r'^\w[^\n;]*?\b(\w+)\([^;{]*\)\s*\{\n(.*?)^\}', text,
                             re.M | re.S):
            yield name, m.group(1), m.group(2)


RC_LOAD = re.compile(r'(\w+) = RPyField\((\w+), h_refcount\);')
RC_STORE = re.compile(r'RPyField\((\w+), h_refcount\) = (\w+);')


def test_refcount_is_read_from_the_header(program):
    plan_name, cbuilder, r = program
    structdef = read_sources(cbuilder, ('.h',))['structdef.h']
    # biased-refcount: the local count first, then the shared count and the owner
    fields = (r'Signed h_refcount;\s*Signed h_shared;\s*Signed h_owner;'
              if 'biased' in plans.get(plan_name).properties else r'Signed h_refcount;')
    assert re.search(r'struct pypy_header0 \{\s*%s\s*\};' % fields, structdef)
    assert re.search(r'struct pypy_object0 \{\s*struct pypy_header0 _gcheader;',
                     structdef)


def test_prebuilt_headers_hold_the_sentinel(program):
    plan_name, cbuilder, r = program
    data = ''.join(read_sources(cbuilder, ('.c',)).values())
    immortal = re.findall(r'%dL,\s*/\* [\w.]*gcheader\.refcount \*/'
                          % IMMORTAL_REFCOUNT, data)
    rpythons = re.findall(r'%dL,\s*/\* [\w.]*gcheader\.refcount \*/'
                          % RPYTHON_PREBUILT_COUNT, data)
    if plan_name in IMMORTAL_PLANS:
        assert len(immortal) > 10 and rpythons == []
    else:
        assert immortal == [] and len(rpythons) > 10


def test_plain_immortal_plan_tests_before_every_change():
    plan_name, cbuilder, r = build_program('immortal-refcount')
    sources = read_sources(cbuilder)
    changes = 0
    for filename, func, body in c_functions(sources):
        loaded = dict((hdr, var) for var, hdr in RC_LOAD.findall(body))
        for hdr, value in RC_STORE.findall(body):
            if value in ('0L', '1L'):       # a deallocator: the object is dying
                continue
            # value = loaded +/- 1, and the loaded count was tested for
            # immortality (its sign) first
            m = re.search(r'OP_INT_(?:ADD|SUB)\((\w+), 1L, %s\);' % value, body)
            assert m, (filename, func, value)
            count = m.group(1)
            assert loaded.get(hdr) == count, (filename, func, hdr)
            assert re.search(r'OP_INT_(?:GE|LT)\(%s, 0L, \w+\);' % count, body), \
                (filename, func, count)
            changes += 1
    assert changes > 10
    assert 'gclab_rc_' not in ''.join(sources.values())


def test_atomic_immortal_plan_tests_before_every_atomic():
    plan_name, cbuilder, r = build_program('atomic-immortal-refcount')
    sources = read_sources(cbuilder)
    code = ''.join(text for name, text in sources.items() if name.endswith('.c'))
    assert RC_LOAD.findall(code) == []                 # no plain read-modify-write
    assert set(v for h, v in RC_STORE.findall(code)) <= set(['0L', '1L'])
    calls = re.findall(r'\b(gclab_rc_\w+)\(', code)
    assert set(calls) == set(['gclab_rc_incref_mortal', 'gclab_rc_decref_mortal'])
    header = sources['common_header.h']
    incref = re.search(r'gclab_rc_incref_mortal\(void \*\w+\) \{.*?\n\}', header, re.S)
    decref = re.search(r'gclab_rc_decref_mortal\(void \*\w+\) \{.*?\n\}', header, re.S)
    assert incref and decref
    # the sign test comes first, then the lock-prefixed instruction
    text = incref.group()
    assert text.index('__atomic_load_n(p, __ATOMIC_RELAXED) >= 0') < \
        text.index('__atomic_add_fetch(p, 1, __ATOMIC_RELAXED)')
    text = decref.group()
    assert text.index('__atomic_load_n(p, __ATOMIC_RELAXED) < 0') < \
        text.index('__atomic_sub_fetch(p, 1, __ATOMIC_ACQ_REL)')
    assert '/* using ImmortalAtomicRefcountingGCTransformer */' in header


RC_HELPER_ON = re.compile(      # a C helper given the address of a header field
    r'OP_ADR_ADD\(\w+, offsetof\(struct pypy_header0, (h_\w+)\), (\w+)\);\s*'
    r'(?:\w+ = )?(gclab_rc_\w+)\(\2\);')


def test_biased_plan_is_plain_for_the_owner_and_atomic_for_the_others():
    plan_name, cbuilder, r = build_program('biased-refcount')
    sources = read_sources(cbuilder)
    code = ''.join(text for name, text in sources.items() if name.endswith('.c'))
    # every atomic instruction is on the shared count
    helpers = RC_HELPER_ON.findall(code)
    assert len(helpers) == len(re.findall(r'\bgclab_rc_\w+\(', code))
    assert set(field for field, _, _ in helpers) == set(['h_shared'])
    assert (set(helper for _, _, helper in helpers) ==
            set(['gclab_rc_incref', 'gclab_rc_decref']))
    # every plain change of a local count comes after comparing the object's owner
    # with the running thread's tag -- except the merge a non-owner does for the
    # owner under the GIL (biased.py)
    changes = 0
    for filename, func, body in c_functions(sources):
        loaded = set(RC_LOAD.findall(body))
        for hdr, value in RC_STORE.findall(body):
            if value in ('0L', '1L') or func.startswith('pypy_g_merge_for_owner'):
                continue
            count = re.search(r'OP_INT_(?:ADD|SUB)\((\w+), 1L, %s\);' % value, body)
            assert count and (count.group(1), hdr) in loaded, (filename, func)
            owners = set(re.findall(r'(\w+) = RPyField\(%s, h_owner\);' % hdr, body))
            tags = set(re.findall(r'(\w+) = gclab_brc_tag\(\);', body))
            compared = re.findall(r'OP_INT_EQ\((\w+), (\w+), \w+\);', body)
            assert [pair for pair in compared
                    if pair[0] in owners and pair[1] in tags], (filename, func)
            changes += 1
    assert changes >= 2                 # the increment and the decrement helpers
    # the allocation hook makes the allocating thread the owner
    assert re.search(r'RPyField\(\w+, h_owner\) = \w+;', code)
    # a thread's tag: the address of a __thread variable, no call
    tag = re.search(r'gclab_brc_tag\(void\) \{[^}]*\}', sources['common_header.h'])
    assert tag and '&gclab_brc_anchor' in tag.group()


REFCOUNT_OP = re.compile(r'h_refcount|gclab_rc_|OP_FREE|_dealloc|gc_free')
C_LABEL = re.compile(r'^    (block\d+):\n', re.M)


def code_without_the_gil(body):
    """The C code of a function that runs after an RPyGilRelease() and before the
    next RPyGilAcquire() (or a return): from each release, the rest of its block,
    then every block that a `goto` there leads to, transitively."""
    parts = C_LABEL.split(body)
    blocks = dict(zip(parts[1::2], parts[2::2]))
    for m in re.finditer(r'RPyGilRelease\(\);', body):
        todo = [C_LABEL.split(body[m.end():])[0]]
        seen = set()
        while todo:
            text = todo.pop()
            acquire = text.find('RPyGilAcquire();')
            if acquire >= 0:
                text = text[:acquire]
            yield text
            for target in re.findall(r'goto (block\d+);', text):
                if target not in seen:
                    seen.add(target)
                    todo.append(blocks[target])


def test_no_refcount_operation_without_the_gil(program):
    plan_name, cbuilder, r = program
    sources = read_sources(cbuilder)
    functions = set()
    for filename, func, body in c_functions(sources):
        for region in code_without_the_gil(body):
            functions.add(func)
            assert not REFCOUNT_OP.search(region), (filename, func, region)
            # and no call into RPython code (which could hold references): only
            # the external function itself and C macros
            for callee in re.findall(r'\b(\w+)\(', region):
                assert not callee.startswith('pypy_g_'), (filename, func, callee)
    # the wrappers of lock acquire and thread start, and the thread's callback
    for prefix in ['pypy_g_ccall_RPyThreadAcquireLock', 'pypy_g_ccall_RPyThreadStart',
                   'pypy_g_wrapper']:
        assert [f for f in functions if f.startswith(prefix)], (prefix, functions)


def test_policy_is_not_left_installed(program):
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy
