"""The import structure of gclab: layers that only look down, and no import cycle.

Every import of every gclab module is read from its source (module-level and
function-level alike, as RPython sees them all), and each must go to the importer's
own layer or a lower one; within gclab no chain of imports may lead back to where it
started."""

import ast
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# From the bottom up.  A module belongs to the first layer with a matching entry (a
# name, or a package followed by '.*').
LAYERS = [
    ('base: the GC plans and counters, errors, opcodes, helpers, the front end',
     ['gclab', 'gclab.gc', 'gclab.gc.*', 'gclab.interp', 'gclab.interp.error', 'gclab.interp.opcodes',
      'gclab.interp.unicodetables', 'gclab.interp.util', 'gclab.interp.ast',
      'gclab.interp.lexer', 'gclab.interp.parser',
      'gclab.interp.symtable', 'gclab.interp.unparse', 'gclab.interp.procstats',
      'gclab.interp.cstack',
      'gclab.lib']),
    ('the object model: W_Root and the singletons, the builtin types that code objects '
     'and frames use (int, float, str, tuple, list: each W_ class with its methods), types '
     'and functions, number arithmetic, argument specs',
     ['gclab.objspace', 'gclab.objspace.objects', 'gclab.objspace.numberobject',
      'gclab.objspace.strobject', 'gclab.objspace.tupleobject', 'gclab.objspace.listobject',
      'gclab.objspace.complexobject',
      'gclab.objspace.methodhelpers', 'gclab.objspace.typeobject',
      'gclab.objspace.function', 'gclab.objspace.numbers', 'gclab.objspace.argspec',
      'gclab.objspace.finalizerstate', 'gclab.objspace.gcslots', 'gclab.objspace.clock',
      'gclab.objspace.freethreading']),
    ('code: code objects, the compiler, frames, traceback markers',
     ['gclab.interp.pycode', 'gclab.interp.compiler', 'gclab.interp.disasm',
      'gclab.interp.carets', 'gclab.interp.frame']),
    ('the object space: the types and their methods, the operations, the builtin modules',
     ['gclab.objspace.*']),
    ('the command line and its bookkeeping', ['gclab.interp.main',
                                              'gclab.interp.accounting']),
]

# Imports that break the rules on purpose, each with its reason: none today.
ALLOWED = {}

# Python source for the guest (gclab/lib/*.py but its __init__), not host modules
GUEST_SOURCES = [os.path.join('gclab', 'lib', f)
                 for f in os.listdir(os.path.join(ROOT, 'gclab', 'lib'))
                 if f.endswith('.py') and f != '__init__.py']


def host_modules():
    """{module name: path} of gclab's RPython modules."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, 'gclab')):
        for f in filenames:
            if not f.endswith('.py'):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, ROOT)
            if rel in GUEST_SOURCES:
                continue
            name = rel[:-3].replace(os.sep, '.')
            if name.endswith('.__init__'):
                name = name[:-len('.__init__')]
            found[name] = path
    return found


MODULES = host_modules()


def imports_of(path):
    """[(imported gclab module, line)] of one file, at any depth."""
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in MODULES:
                    found.append((alias.name, node.lineno))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = node.module + '.' + alias.name
                if full in MODULES:
                    found.append((full, node.lineno))       # a submodule
                elif node.module in MODULES:
                    found.append((node.module, node.lineno))
    return found


def layer_of(name):
    for i, (_, members) in enumerate(LAYERS):
        for entry in members:
            if entry == name or (entry.endswith('.*') and name.startswith(entry[:-1])):
                return i
    raise AssertionError('%s is in no layer: add it to LAYERS' % name)


def edges():
    result = {}
    for name, path in MODULES.items():
        result[name] = [(m, line) for m, line in imports_of(path) if m != name]
    return result


def test_every_module_has_a_layer():
    for name in MODULES:
        layer_of(name)


def test_imports_only_look_down():
    upward = []
    for name, targets in sorted(edges().items()):
        for target, line in targets:
            if layer_of(target) > layer_of(name) and (name, target) not in ALLOWED:
                upward.append('%s (line %d) imports %s: from "%s" up to "%s"'
                              % (name, line, target, LAYERS[layer_of(name)][0],
                                 LAYERS[layer_of(target)][0]))
    assert not upward, '\n'.join(upward)


def find_cycle(graph):
    """A list of modules that import each other in a circle, or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict((n, WHITE) for n in graph)
    stack = []

    def visit(n):
        color[n] = GREY
        stack.append(n)
        for m in graph[n]:
            if color[m] == GREY:
                return stack[stack.index(m):] + [m]
            if color[m] == WHITE:
                cycle = visit(m)
                if cycle:
                    return cycle
        stack.pop()
        color[n] = BLACK
        return None

    for n in sorted(graph):
        if color[n] == WHITE:
            cycle = visit(n)
            if cycle:
                return cycle
    return None


def test_no_import_cycles():
    graph = {}
    for name, targets in edges().items():
        graph[name] = sorted(set(t for t, _ in targets if (name, t) not in ALLOWED))
    cycle = find_cycle(graph)
    assert cycle is None, 'import cycle: ' + ' -> '.join(cycle)


def test_the_checks_see_what_they_check():
    """The reading of imports finds function-level ones, and a cycle is found."""
    found = dict(imports_of(MODULES['gclab.objspace.space']))
    assert 'gclab.interp.frame' in found and 'gclab.objspace.builtins' in found
    assert find_cycle({'a': ['b'], 'b': ['c'], 'c': ['a']}) == ['a', 'b', 'c', 'a']
    assert find_cycle({'a': ['b'], 'b': []}) is None
    with pytest.raises(AssertionError):
        layer_of('gclab.nowhere')
    assert layer_of('gclab.interp.main') > layer_of('gclab.objspace.threads') > \
        layer_of('gclab.interp.frame') > layer_of('gclab.objspace.objects')


# Where each builtin type's W_ classes live: next to the type's methods (the table of
# docs/architecture.md).  objects.py keeps W_Root and the W_ classes of no type module.
HOMES = {
    'gclab.objspace.objects': ['W_Root', 'W_NoneObject', 'W_NotImplemented', 'W_Ellipsis',
                               'W_Slice', 'W_Cell'],
    'gclab.objspace.numberobject': ['W_Int', 'W_Bool', 'W_Long', 'W_Float'],
    'gclab.objspace.strobject': ['W_Str'],
    'gclab.objspace.tupleobject': ['W_Tuple'],
    'gclab.objspace.listobject': ['W_List', 'W_ListIterator'],
    'gclab.objspace.dictobject': ['W_Dict'],
    'gclab.objspace.rangeobject': ['W_Range', 'W_RangeIterator'],
    'gclab.objspace.iterators': ['W_SeqIterator'],
}


def classes_of(path):
    with open(path) as f:
        tree = ast.parse(f.read(), path)
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef)]


def test_w_classes_live_with_their_types():
    defined = {}
    for name, path in MODULES.items():
        for cls in classes_of(path):
            defined.setdefault(cls, []).append(name)
    for module, classes in HOMES.items():
        for cls in classes:
            assert defined.get(cls) == [module], '%s: defined in %s, not %s' % (
                cls, defined.get(cls), module)
    assert sorted(classes_of(MODULES['gclab.objspace.objects'])) == \
        sorted(HOMES['gclab.objspace.objects'])
