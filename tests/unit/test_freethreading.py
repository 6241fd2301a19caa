"""Free-threaded plans (`-nogil`, gclab/gc/nogil.py, gclab/objspace/freethreading.py):
the registry, what apply()/undo() change in RPython, the namespace helpers, and the
generated C of a small threaded program (no GIL, per-thread exception state and stack
base, the lock table).  The thread corpus and the race programs run on the translated
plans (tests/e2e/test_threads.py)."""

import os
import re

import pytest

from gclab.gc import plans, rpython_patches, nogil
from gclab.objspace import freethreading

from test_gc_policy import translation_config, install_plan, read_sources
from test_rpython_patches import _config

FREE_THREADED = [p.name for p in plans.PLANS if p.free_threaded()]


def test_free_threaded_plans_are_the_parallel_managers():
    assert FREE_THREADED == ['boehm-nogil', 'atomic-refcount-nogil',
                             'atomic-refcount-nogil-poisoned',
                             'atomic-immortal-refcount-nogil',
                             'atomic-immortal-refcount-nogil-poisoned',
                             'biased-refcount-nogil', 'biased-refcount-nogil-poisoned',
                             'none-nogil']
    for name in FREE_THREADED:
        assert plans.get(name).has_threads()


def test_every_other_manager_says_why_it_has_no_free_threaded_build():
    reasons = dict((p.name, p.status) for p in plans.UNSUPPORTED
                   if p.free_threaded())
    for manager in plans.MANAGERS:
        name = manager['name'] + '-nogil'
        if name in FREE_THREADED:
            continue
        assert reasons[name].startswith('no: '), name
    assert 'nursery' in reasons['incminimark-nogil']


def test_apply_installs_and_undo_removes_the_nogil_runtime():
    from rpython.rlib import rgil, rstack
    from rpython.translator.exceptiontransform import ExceptionTransformer
    before = (rgil.release, rgil.acquire, rgil.yield_thread, rgil.allocate,
              rstack._stack_get_end, rstack._stack_too_big_slowpath,
              ExceptionTransformer.__dict__['setup_excdata'])
    config = _config()
    try:
        rpython_patches.apply(plans.get('boehm-nogil'), config)
        assert nogil.ACTIVE
        assert rgil.release is nogil._no_gil
        assert rgil.acquire is nogil._no_gil_acquire
        assert rstack._stack_get_end is nogil.c_stack_get_end
        assert ExceptionTransformer.__dict__['setup_excdata'] is not before[-1]
    finally:
        rpython_patches.undo()
    assert not nogil.ACTIVE
    try:        # a free-threaded refcount plan marks blocked threads offline instead
        rpython_patches.apply(plans.get('atomic-refcount-nogil'), config)
        assert nogil.REFCOUNT
        from gclab.gc.refcounting import deferred
        assert rgil.release is deferred.offline_release
        assert rgil.acquire is deferred.online_acquire
    finally:
        rpython_patches.undo()
    assert not nogil.REFCOUNT and not deferred.IMMORTALIZE
    after = (rgil.release, rgil.acquire, rgil.yield_thread, rgil.allocate,
             rstack._stack_get_end, rstack._stack_too_big_slowpath,
             ExceptionTransformer.__dict__['setup_excdata'])
    assert after == before


def test_a_gil_plan_installs_nothing_of_it():
    from rpython.rlib import rgil
    release = rgil.release
    try:
        rpython_patches.apply(plans.get('boehm'), _config())
        assert not nogil.ACTIVE
        assert rgil.release is release
    finally:
        rpython_patches.undo()


def test_namespace_helpers_change_in_place_without_free_threading():
    names_w = {'a': 1}
    assert freethreading.store_shared(names_w, 'b', 2) is names_w
    assert names_w == {'a': 1, 'b': 2}
    assert freethreading.delete_shared(names_w, 'a') is names_w
    assert names_w == {'b': 2}
    # untranslated, the locks are no-ops that say they took nothing
    assert freethreading.lock(object()) is False
    assert freethreading.lock_state(freethreading.OUTPUT) is False


# ---- the generated C ---------------------------------------------------------------------

def recurse(n):
    if n <= 0:
        return 0
    return recurse(n - 1) + 1       # recursion: RPython inserts its stack check here


def entry_point(argv):
    from rpython.rlib import rthread
    from gclab.gc import nogil as ng
    ng.register_thread_roots()
    lock = rthread.allocate_lock()
    lock.acquire(True)              # a releasing external call: GIL release/acquire
    lock.release()
    return recurse(len(argv))


def translate_with_stack_checks(plan_name, entry):
    """As test_gc_policy.translate_to_c, with the driver's stack-check insertion."""
    from rpython.annotator.listdef import s_list_of_strings
    from rpython.translator.backendopt.all import backend_optimizations
    from rpython.translator.c.genc import CStandaloneBuilder
    from rpython.translator.transform import insert_ll_stackcheck
    from rpython.translator.translator import TranslationContext
    config = translation_config('--thread')
    try:
        install_plan(plans.get(plan_name), config)
        t = TranslationContext(config=config)
        t.buildannotator().build_types(entry, [s_list_of_strings])
        t.buildrtyper().specialize()
        backend_optimizations(t)
        assert insert_ll_stackcheck(t) > 0
        cbuilder = CStandaloneBuilder(t, entry, config=config)
        cbuilder.generate_source()
    finally:
        rpython_patches.undo()
    return cbuilder


@pytest.fixture(scope='module', params=FREE_THREADED)
def nogil_c(request):
    cbuilder = translate_with_stack_checks(request.param, entry_point)
    return request.param, read_sources(cbuilder)


def test_exception_state_is_per_thread(nogil_c):
    name, sources = nogil_c
    text = '\n'.join(sources.values())
    assert re.search(r'__thread\s+struct\s+\w*ExcData\w*\s+pypy_g_ExcData', text), name


def test_no_gil_is_taken(nogil_c):
    """No generated function takes or releases the GIL (RPython's entrypoint.c, a copy
    of its C source, still takes it once at start-up and releases it at exit: no other
    thread ever asks for it)."""
    name, sources = nogil_c
    calls = [f for f, text in sources.items()
             if f.endswith('.c') and f != 'entrypoint.c' and
             re.search(r'\bRPyGil(Acquire|Release|Yield)\w*\(', text)]
    assert calls == [], name
    assert re.search(r'\bRPyGilAcquire\(', sources['entrypoint.c'])   # (the check sees)


def test_stack_check_reads_the_threads_own_base(nogil_c):
    name, sources = nogil_c
    text = '\n'.join(t for f, t in sources.items() if f.endswith('.c'))
    assert 'gclab_stack_get_end()' in text
    assert 'LL_stack_get_end()' not in text


def test_boehm_registers_each_threads_exception_state(nogil_c):
    name, sources = nogil_c
    text = '\n'.join(t for f, t in sources.items() if f.endswith('.c'))
    assert ('GC_add_roots(' in text) == (name == 'boehm-nogil')


def c_function(sources, name):
    """The body of the generated C function whose name starts with name."""
    for f, text in sources.items():
        m = re.search(r'\n\w[^\n]*\b%s\w*\([^)]*\) \{\n(.*?)\n\}\n' % name, text, re.S)
        if m:
            return m.group(1)
    raise AssertionError('no function ' + name)


def test_biased_counts_are_plain_for_the_owner_without_a_gil(nogil_c):
    """biased-refcount-nogil (brc.py): the owner's update of its local count is a plain
    read-modify-write after comparing the object's owner with the running thread's
    tag; every other thread's is brc.py's atomic helper on the shared word; a drop
    that would take the shared count below 0 goes to the owner's queue (or merges);
    new objects are the allocating thread's.  No other plan has any of it."""
    name, sources = nogil_c
    text = '\n'.join(t for f, t in sources.items() if f.endswith('.c'))
    if not name.startswith('biased'):
        assert 'gclab_brc_' not in text, name
        return
    assert not re.search(r'\bgclab_rc_\w+\(', text)      # no one-word atomic helpers
    incref = c_function(sources, 'pypy_g_ll_incref__Address')
    owner = re.search(r'(\w+) = RPyField\((\w+), h_owner\);\s*(\w+) = '
                      r'gclab_brc_thread\(\);\s*OP_INT_EQ\(\1, \3, (\w+)\);\s*'
                      r'if \(\4\) \{(.*?)\}', incref, re.S)
    assert owner, incref
    hdr, mine = owner.group(2), owner.group(5)
    local = re.search(r'(\w+) = RPyField\(%s, h_refcount\);\s*OP_INT_ADD\(\1, 1L, (\w+)\);'
                      r'\s*RPyField\(%s, h_refcount\) = \2;' % (hdr, hdr), mine)
    assert local and '__atomic' not in mine and 'gclab_brc_' not in mine, mine
    assert 'gclab_brc_inc_shared(' in incref.split(mine)[1]
    decref = c_function(sources, 'pypy_g_ll_decref')
    for helper in ('gclab_brc_thread', 'gclab_brc_merge_zero', 'gclab_brc_dec_shared',
                   'gclab_brc_enqueue', 'gclab_brc_merge'):
        assert helper + '(' in decref, helper
    assert 'gclab_brc_born(' in c_function(sources, 'pypy_g_ll_born__Address')


@pytest.mark.parametrize('tsan', [False, True])
def test_namespace_publication_fences_annotate_for_thread_sanitizer(tmpdir, tsan):
    """gclab_publish()/gclab_subscribe() (the namespaces threads read without a lock)
    are fences; in a -fsanitize=thread build they also tell ThreadSanitizer, which does
    not model fences (make tsan), and only there."""
    import subprocess
    src = tmpdir.join('pub.c')
    assert 'char gclab_namespace_sync;' in nogil.C_SOURCE     # defined once, not in
    assert re.search(r'^char gclab_namespace_sync', nogil.C_HEADER, re.M) is None  # .h
    src.write(nogil.C_HEADER + '\nchar gclab_namespace_sync;\n'
              'void writer(void) { gclab_publish(); }\n'
              'void reader(void) { gclab_subscribe(); }\n')
    obj = tmpdir.join('pub.o')
    flags = ['-fsanitize=thread'] if tsan else []
    subprocess.check_call(['gcc', '-O1', '-c', str(src), '-o', str(obj)] + flags)
    symbols = subprocess.check_output(['nm', str(obj)]).decode()
    assert ('__tsan_release' in symbols) == tsan
    assert ('__tsan_acquire' in symbols) == tsan


# ---- the free-threaded LOAD_GLOBAL cache (untranslated, nogil.ACTIVE forced) -----------

GLOBALS_PROGRAM = '''
import sys
def f():
    return g() + x
def g():
    return 1
def loop():
    t = 0
    for i in range(5):
        t += f()
    return t
x = 10
r = [loop()]
x = 20
r.append(f())
def g():
    return 2
r.append(f())
del x
try:
    f()
except NameError as e:
    r.append(str(e))
setattr(sys.modules[__name__], 'x', 5)
r.append(f())
print(r)
'''


def test_free_threaded_global_cache_sees_every_rebinding(run, monkeypatch):
    from gclab.interp.frame import Frame
    fills = []
    fill = Frame.fill_global_entry

    def counting_fill(self, index, version):
        fills.append(self.code.names[index])
        return fill(self, index, version)
    monkeypatch.setattr(nogil, 'ACTIVE', True)
    monkeypatch.setattr(Frame, 'fill_global_entry', counting_fill)
    r = run(GLOBALS_PROGRAM)
    assert (r.status, r.err) == (0, '')
    assert r.out == "[55, 21, 22, \"name 'x' is not defined\", 7]\n"
    # loop() finds range and f once, and g and x once for its five calls of f; each
    # later f() comes after a store to the module, so g and x miss again
    assert fills[:5] == ['loop', 'range', 'f', 'g', 'x']
    assert (fills.count('g'), fills.count('x')) == (5, 5)
