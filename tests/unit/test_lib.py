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
                   if n.endswith('.py') and (not n.startswith('_') or n == '__future__.py'))
    assert sorted(SOURCES) == names
    for name in ['random', 'collections', 'itertools', 'functools', 'operator', 'copy',
                 'string', 'io', 'abc', 'enum', 'struct', 'array', 'threading',
                 '__future__', 'heapq', 'bisect', 'contextlib', 'typing']:
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


ENUM_PROGRAM = '''\
from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

class Weekday(Enum):
    MON = auto()
    TUE = auto()

class Prio(IntEnum):
    LOW = 1
    HIGH = 10

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(Color(2) == Color.GREEN, list(Color.__members__), isinstance(Color.RED, Color))
print(Weekday.TUE.value, Prio.LOW < Prio.HIGH, Prio.HIGH == 10, Prio.LOW + 1, str(Prio.LOW))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
'''


def test_enum_matches_python3(run):
    # gclab/lib/enum.py makes the members in its metaclass, EnumType
    import subprocess
    proc = subprocess.Popen(['python3', '-c', ENUM_PROGRAM], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out, err = proc.communicate()
    assert proc.returncode == 0 and err == b''
    result = run(ENUM_PROGRAM)
    assert (result.status, result.err) == (0, '')
    assert result.out == out.decode('utf-8')
