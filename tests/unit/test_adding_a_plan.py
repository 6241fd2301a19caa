"""docs/adding-a-plan.md works as written (PyPy 2.7 host, RPython).

The guide's two files -- the declaration and the GC policy -- are taken from its code
blocks, written into a temporary package gclab.gc.saturating, loaded by the registry's
own loader, installed by rpython_patches.apply() and translated with test_gc_policy's
tiny program, which must compile and run right; and the count must saturate."""

import os
import re
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

import gclab.gc
from gclab.gc import plans, rpython_patches

from test_gc_policy import translate_to_c   # noqa: E402  (tests/unit on sys.path)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUIDE = os.path.join(ROOT, 'docs', 'adding-a-plan.md')


def code_blocks():
    with open(GUIDE) as f:
        return re.findall(r'```python\n(.*?)```', f.read(), re.S)


@pytest.fixture(scope='module')
def guide_plan(tmpdir_factory):
    declaration, policy = code_blocks()
    root = tmpdir_factory.mktemp('gc')
    family = root.mkdir('saturating')
    family.join('__init__.py').write('"""from docs/adding-a-plan.md"""\n')
    family.join('plan.py').write(declaration)
    family.join('policy.py').write(policy)
    gclab.gc.__path__.append(str(root))      # gclab.gc.saturating is importable
    try:
        [decl] = plans.load_declarations(str(family.join('plan.py')))
        plan = plans.Plan(decl, 'gil', plans.DEFAULT_ALLOCATOR, 'ok')
        plans._BY_NAME[plan.name] = plan     # as if its folder were in gclab/gc
        try:
            yield plan
        finally:
            del plans._BY_NAME[plan.name]
    finally:
        gclab.gc.__path__.remove(str(root))


def test_the_guide_has_its_two_files():
    assert len(code_blocks()) == 2


def test_the_guides_plan_translates_and_runs(guide_plan):
    assert guide_plan.name == 'saturating-refcount'
    cbuilder = translate_to_c(guide_plan.name)
    header = [p for p in cbuilder.targetdir.listdir()
              if p.basename == 'common_header.h'][0].read()
    assert '/* using SaturatingGCTransformer */' in header
    cbuilder.compile()
    # test_gc_policy's program: the same answer as on every refcount plan
    assert cbuilder.cmdexec('100') == 'total 4800 dels 100\n'


def test_the_guides_counts_saturate(guide_plan):
    from gclab.gc.saturating import policy
    assert policy.CEILING == 1 << 20
    assert issubclass(policy.SaturatingGcPolicy,
                      __import__('rpython.translator.c.gc', None, None,
                                 ['x']).RefcountingGcPolicy)
    assert rpython_patches.policy_class(guide_plan) is policy.SaturatingGcPolicy
