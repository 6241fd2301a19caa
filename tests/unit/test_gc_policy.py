"""The memory-manager plans' effect on translation (PyPy 2.7 host, RPython).

A tiny RPython program that allocates and drops GC objects (a class with a pointer
field, a list, a class with __del__) is translated to C once per refcounting plan,
configured the way translate.py does (-O2, then install_plan() as the target's
target() would call it); the generated C is inspected, then both are compiled and run.
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
from rpython.translator.backendopt.all import backend_optimizations
from rpython.translator.c import gc as c_gc
from rpython.translator.c.genc import CStandaloneBuilder
from rpython.translator.translator import TranslationContext

from gclab.gc import atomic_refcount, plans
from gclab.gc.install import PlanConflict, install_plan


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


# ---- translating it -------------------------------------------------------------

def translation_config(*cmdline):
    """A config as translate.py has it when it calls target(): the command line
    parsed, then the -O2 defaults applied."""
    config = get_combined_translation_config(translating=True)
    parser = to_optparse(config, useoptions=['translation.*'])
    parser.parse_args(list(cmdline))
    set_opt_level(config, '2')
    return config


def translate_to_c(plan_name):
    config = translation_config()
    try:
        install_plan(plans.get(plan_name), config)
        t = TranslationContext(config=config)
        t.buildannotator().build_types(entry_point, [s_list_of_strings])
        t.buildrtyper().specialize()
        backend_optimizations(t)
        cbuilder = CStandaloneBuilder(t, entry_point, config=config)
        cbuilder.generate_source()
    finally:
        atomic_refcount.uninstall()
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


def test_compiled_programs_agree(refcount_c, atomic_c):
    outputs = []
    for cbuilder in (refcount_c, atomic_c):
        cbuilder.compile()
        outputs.append(cbuilder.cmdexec('100'))
    assert outputs[0] == outputs[1] == 'total 4800 dels 100\n'


# ---- install_plan on its own (no translation) -----------------------------------

def test_plan_replaces_the_default_gc():
    config = translation_config()
    assert config.translation.gc == 'incminimark'
    install_plan(plans.get('refcount'), config)
    assert config.translation.gc == 'ref'
    assert config.translation.gctransformer == 'ref'
    assert config.translation.gcrootfinder == 'n/a'
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


def test_plan_keeps_a_matching_explicit_gc():
    config = translation_config('--gc=ref')
    try:
        install_plan(plans.get('atomic-refcount'), config)
        assert config.translation.gc == 'ref'
        assert (c_gc.name_to_gcpolicy['ref'] is
                atomic_refcount.AtomicRefcountingGcPolicy)
    finally:
        atomic_refcount.uninstall()


def test_conflicting_explicit_gc_is_a_clear_error():
    config = translation_config('--gc=incminimark')
    with pytest.raises(PlanConflict) as e:
        install_plan(plans.get('atomic-refcount'), config)
    assert '--gc=incminimark conflicts with --mm atomic-refcount' in str(e.value)
    assert 'pass --gc=ref' in str(e.value)
    assert c_gc.name_to_gcpolicy['ref'] is c_gc.RefcountingGcPolicy


def test_default_plan_with_default_config():
    config = translation_config()
    install_plan(plans.get(plans.DEFAULT), config)
    assert config.translation.gc == 'incminimark'
