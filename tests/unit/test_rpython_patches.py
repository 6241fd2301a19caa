"""Every change gclab makes to RPython is in gclab/gc/rpython_patches.py, and pinned
(PyPy 2.7 host).

  * each entry's RPython source still has the SHA-1 it was checked against: an RPython
    upgrade fails here, naming what to re-check and why;
  * every RPython method that a gclab class overrides is listed (OVERRIDES);
  * no other gclab module assigns to an RPython module's attribute or table;
  * apply() and undo() are one unit: undo() leaves RPython as it found it.
"""

import ast
import inspect
import os
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

from rpython.config.translationoption import (get_combined_translation_config,
                                              set_opt_level)
from rpython.memory.gc import env as gc_env
from rpython.translator.c import gc as c_gc

from gclab.gc import plans, rpython_patches

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GCLAB = os.path.join(ROOT, 'gclab')
ALL_ENTRIES = rpython_patches.PATCHES + rpython_patches.OVERRIDES + \
    rpython_patches.INTERNALS


def gclab_modules():
    """Dotted names of gclab's host modules (not gclab/lib: guest Python)."""
    names = []
    for dirpath, dirnames, filenames in os.walk(GCLAB):
        dirnames[:] = sorted(d for d in dirnames if d not in ('lib', '__pycache__'))
        for f in sorted(filenames):
            if f.endswith('.py') and f != 'plan.py':
                rel = os.path.relpath(os.path.join(dirpath, f), ROOT)[:-3]
                name = rel.replace(os.sep, '.')
                if name.endswith('.__init__'):
                    name = name[:-len('.__init__')]
                names.append(name)
    return names


def test_every_entry_is_pinned_and_unchanged():
    changed = []
    for entry in ALL_ENTRIES:
        assert entry.sha1 is not None, 'no PINNED hash for %s' % entry.target
        if entry.source_sha1() != entry.sha1:
            changed.append('%s\n    why gclab depends on it: %s' % (entry.target,
                                                                     entry.why))
    assert not changed, ('RPython changed under gclab; re-check each, then regenerate '
                         'PINNED (tools/pypy -m gclab.gc.rpython_patches):\n'
                         + '\n'.join(changed))


def test_rpython_version_is_the_pinned_one():
    with open(os.path.join(ROOT, 'versions.mk')) as f:
        text = f.read()
    assert 'RPYTHON_VERSION     = %s' % rpython_patches.RPYTHON_VERSION in text


def test_a_changed_source_is_reported():
    # the check can fail: an entry pinned to another hash is reported as changed
    entry = rpython_patches.Entry('rpython.memory.gc.env:estimate_best_nursery_size',
                                  'test')
    assert entry.source_sha1() == entry.sha1
    assert rpython_patches.source_sha1(gc_env.get_L2cache) != entry.sha1


def _key(cls, attr):
    """(module, class name, attribute) of the class in cls's MRO that defines attr."""
    for c in inspect.getmro(cls):
        if attr in vars(c):
            return (c.__module__, c.__name__, attr)
    raise AttributeError(attr)


def _overridden_rpython_functions():
    """{(module, RPython class, method): 'gclab class.method'} for every method that a
    class defined in gclab overrides in an RPython base class."""
    found = {}
    for name in gclab_modules():
        module = __import__(name, None, None, ['__name__'])
        for obj in vars(module).values():
            if not inspect.isclass(obj) or obj.__module__ != module.__name__:
                continue
            mro = inspect.getmro(obj)
            if not any(c.__module__.startswith('rpython.') for c in mro):
                continue
            for attr in dir(obj):
                owner = None
                for c in mro:
                    if attr in vars(c):
                        owner = c
                        break
                if owner is None or owner.__module__.startswith('rpython.'):
                    continue
                if not inspect.isfunction(vars(owner)[attr]):
                    continue
                for c in mro[mro.index(owner) + 1:]:
                    if c.__module__.startswith('rpython.') and attr in vars(c):
                        if inspect.isfunction(vars(c)[attr]):
                            found[_key(c, attr)] = '%s.%s.%s' % (
                                obj.__module__, obj.__name__, attr)
                        break
    return found


def test_every_override_of_an_rpython_method_is_listed():
    listed = set()
    for entry in rpython_patches.OVERRIDES:
        module_name, _, qualname = entry.target.partition(':')
        class_path, _, attr = qualname.rpartition('.')
        cls = rpython_patches.resolve('%s:%s' % (module_name, class_path))
        listed.add(_key(cls, attr))
    overridden = _overridden_rpython_functions()
    assert overridden        # the scan finds gclab's subclasses at all
    missing = sorted('%s (overrides %s:%s.%s)' % ((where,) + key)
                     for key, where in overridden.items() if key not in listed)
    assert not missing, ('add these to OVERRIDES in gclab/gc/rpython_patches.py, with '
                         'why:\n' + '\n'.join(missing))


def _rpython_module_aliases(tree, module_name):
    """Names that a module's imports bind to RPython modules."""
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith('rpython'):
                    aliases.add((a.asname or a.name).split('.')[0])
        elif isinstance(node, ast.ImportFrom) and (node.module or '').startswith(
                'rpython'):
            for a in node.names:
                try:
                    value = getattr(__import__(node.module, None, None, [a.name]),
                                    a.name)
                except (ImportError, AttributeError):
                    continue
                if inspect.ismodule(value) or isinstance(value, dict):
                    aliases.add(a.asname or a.name)
    return aliases


def _base_name(node):
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _changes_to_rpython(source, path):
    tree = ast.parse(source, path)
    aliases = _rpython_module_aliases(tree, path)
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.Delete)):
            targets = getattr(node, 'targets', None) or [node.target]
        for t in targets:
            if isinstance(t, (ast.Attribute, ast.Subscript)) and \
                    _base_name(t) in aliases:
                found.append('%s:%d' % (path, node.lineno))
    return found


def test_the_scan_sees_a_change_to_rpython():
    source = ('from rpython.translator.c import gc as c_gc\n'
              'from rpython.memory.gc import env\n'
              'import rpython.rlib.rbigint\n'
              'x = 1\n'
              "c_gc.name_to_gcpolicy['ref'] = None\n"
              'env.estimate_best_nursery_size = None\n'
              'rpython.rlib.rbigint.ptwotable[2] = 3\n')
    assert _changes_to_rpython(source, 'x.py') == ['x.py:5', 'x.py:6', 'x.py:7']


def test_only_rpython_patches_changes_rpython():
    offenders = []
    for name in gclab_modules():
        if name == 'gclab.gc.rpython_patches':
            continue
        path = os.path.join(ROOT, *name.split('.'))
        path = path + '.py' if os.path.exists(path + '.py') else os.path.join(
            path, '__init__.py')
        with open(path) as f:
            offenders.extend(_changes_to_rpython(f.read(), path))
    assert not offenders, ('only gclab/gc/rpython_patches.py may change RPython: '
                           + ', '.join(offenders))


def _config():
    config = get_combined_translation_config(translating=True)
    set_opt_level(config, '2')
    return config


@pytest.mark.parametrize('plan', plans.PLANS, ids=lambda p: p.name)
def test_apply_then_undo_restores_rpython(plan):
    policies = dict(c_gc.name_to_gcpolicy)
    estimate = gc_env.estimate_best_nursery_size
    config = _config()
    try:
        rpython_patches.apply(plan, config)
        assert config.translation.gc == plan.rpython_gc
        if plan.gc_policy:
            assert rpython_patches.policy_class(plan) in c_gc.name_to_gcpolicy.values()
        assert (gc_env.estimate_best_nursery_size is not estimate) == plan.fixed_nursery
    finally:
        rpython_patches.undo()
    assert c_gc.name_to_gcpolicy == policies
    assert gc_env.estimate_best_nursery_size is estimate


def test_an_unsupported_plan_is_refused_with_its_reason():
    plan = plans.get('refcount-nogil')
    with pytest.raises(rpython_patches.PlanConflict) as e:
        rpython_patches.apply(plan, _config())
    assert plan.status in str(e.value)


def test_private_build_cache_isolates_concurrent_translations(tmpdir):
    """Each translation removes RPython's build cache as it starts; with
    private_build_cache() it removes its own, and gcc_cache writes there -- not into
    the shared rpython/_cache another translation may be writing (a CI failure)."""
    import subprocess
    from rpython.config.translationoption import CACHE_DIR
    shared = py_path_local(CACHE_DIR)
    shared.ensure(dir=1)
    marker = shared.join('another-translation-is-writing-here')
    marker.write('x')
    mine = tmpdir.join('cache')
    mine.ensure('stale', dir=1)
    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "from gclab.gc import rpython_patches\n"
        "rpython_patches.private_build_cache(%r)\n"
        "import rpython.translator.goal.translate\n"
        "from rpython.tool import gcc_cache\n"
        "print(gcc_cache.cache_file_path([], None, 'probe'))\n" % (ROOT, str(mine)))
    out = subprocess.check_output([sys.executable, '-c', script])
    try:
        assert marker.check(), 'the shared cache was removed'
        assert not mine.join('stale').check(), 'the private cache was not cleaned'
        assert out.strip().startswith(str(mine.realpath()) + os.sep + 'probe')
    finally:
        marker.remove()


def test_private_build_cache_refuses_after_translate_was_imported(tmpdir):
    # in a subprocess whose translate.py removes a directory of its own: importing it
    # here would remove the shared cache under untranslated runs going on beside
    import subprocess
    script = (
        "import sys; sys.path.insert(0, %r)\n"
        "from rpython.config import translationoption\n"
        "translationoption.CACHE_DIR = %r\n"
        "import rpython.translator.goal.translate\n"
        "from gclab.gc import rpython_patches\n"
        "try:\n"
        "    rpython_patches.private_build_cache('/nonexistent')\n"
        "except rpython_patches.PlanConflict:\n"
        "    print('refused')\n" % (ROOT, str(tmpdir.join('c'))))
    out = subprocess.check_output([sys.executable, '-c', script])
    assert out.strip().endswith('refused')


def py_path_local(path):
    import py
    return py.path.local(path)
