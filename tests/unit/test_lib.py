"""gclab's modules written in Python (gclab/lib): each compiles with gclab's own compiler
(the binary compiles them only when a program imports them, so a syntax error in one
would otherwise show only then) and imports without error."""

import os

import pytest

from gclab.interp.compiler import compile_source
from gclab.lib import SOURCES
from gclab.objspace.space import ObjSpace

LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(
    __file__)))), 'gclab', 'lib')


def test_every_lib_file_is_loaded():
    names = sorted(n[:-3] for n in os.listdir(LIB)
                   if n.endswith('.py') and not n.startswith('_'))
    assert sorted(SOURCES) == names
    for name in ['random', 'collections', 'itertools', 'functools', 'operator', 'copy',
                 'string', 'io', 'abc', 'enum', 'struct', 'array', 'threading']:
        assert name in SOURCES


@pytest.mark.parametrize('name', sorted(SOURCES))
def test_lib_module_compiles(name):
    space = ObjSpace('untranslated')
    code = compile_source(space, SOURCES[name], '<gclab %s>' % name)
    assert code is not None


@pytest.mark.parametrize('name', sorted(n for n in SOURCES if n != 'threading'))
def test_lib_module_imports(run, name):
    result = run('import %s\nprint(%s.__name__)' % (name, name))
    assert (result.status, result.err) == (0, '')
    assert result.out == name + '\n'
