# A program's own modules: files and packages found on sys.path (here a folder beside
# this program, put first on sys.path as a test suite puts its helpers).
import os
import sys

HERE = os.path.join(os.path.dirname(__file__), 'importable')
sys.path.insert(0, HERE)


def short(path):
    return path.replace(HERE, '<importable>')


import imp_plain
print(imp_plain.bump(), imp_plain.bump(), imp_plain.Point(1, 2))
print(short(imp_plain.__file__), imp_plain.__name__, repr(imp_plain.__package__))
import imp_plain as again
print(again is imp_plain, sys.modules['imp_plain'] is imp_plain, again.COUNT)
print(type(imp_plain).__name__, imp_plain.Point.__module__, imp_plain.bump.__module__)

# a package: __init__ first, relative imports inside it
import imp_pkg.inner
print(imp_pkg.NAME, imp_pkg.double(21), imp_pkg.util.double(5))
print(imp_pkg.inner.PARENT, imp_pkg.inner.QUAD, imp_pkg.inner.LEAF)
print(short(imp_pkg.__file__), [short(p) for p in imp_pkg.__path__])
print(imp_pkg.inner.__package__, imp_pkg.inner.leaf.__package__)
print(sorted(n for n in sys.modules if n.startswith('imp_pkg')))
# `from package import submodule` imports a submodule not yet imported
print('imp_pkg.lazy' in sys.modules, hasattr(imp_pkg, 'lazy'))
from imp_pkg import lazy
print(lazy.LAZY, imp_pkg.lazy is lazy, sys.modules['imp_pkg.lazy'] is lazy)
from imp_pkg.inner.leaf import LEAF
from imp_pkg.util import double as dbl
print(LEAF, dbl(4))

# importlib and __import__ go the same way
import importlib
print(importlib.import_module('imp_pkg.util') is imp_pkg.util)
print(importlib.import_module('.leaf', 'imp_pkg.inner').LEAF)
print(__import__('imp_pkg.inner') is imp_pkg)
print(__import__('imp_pkg', fromlist=['util']).util.double(8))

# a circular pair: the second sees the first partly run
import imp_circ_a
print(imp_circ_a.A, imp_circ_a.from_b(), imp_circ_a.imp_circ_b.imp_circ_a is imp_circ_a)
try:
    import imp_cycle_c
except ImportError as e:
    print(type(e).__name__, short(str(e)))
    print(e.name, 'imp_cycle_c' in sys.modules, 'imp_cycle_d' in sys.modules)

# what is not there
for name in ['imp_missing', 'imp_pkg.missing', 'imp_plain.sub']:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    from imp_pkg import missing
except ImportError as e:
    print(type(e).__name__, short(str(e)), e.name)
try:
    from . import imp_plain
except ImportError as e:
    print(type(e).__name__, e)

# entries added to sys.path count from the next import on; others stay unsearched
sys.path.remove(HERE)
try:
    import imp_raises
except ModuleNotFoundError as e:
    print(e)
print(os.path.basename(sys.path[0]) == 'programs')
