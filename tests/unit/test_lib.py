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


def python3_output(source):
    import subprocess
    import corpus
    proc = subprocess.Popen(['python3', '-c', source], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=corpus.python3_env())
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return out.decode('utf-8')


def assert_matches_python3(run, source):
    expected = python3_output(source)
    result = run(source)
    assert (result.status, result.err) == (0, '')
    assert result.out == expected


STRUCT_PROGRAM = r'''
import struct, random
def tr(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(8)
tr(struct.pack_into, '<i', b, 2, 5); print(b)
for off in (-4, -9, 6, 8, 1.0):
    tr(struct.pack_into, '<i', b, off, 7)
tr(struct.pack_into, '<i', bytes(8), 0, 7)
tr(struct.pack_into, '<i', b, 0, 1, 2)
tr(struct.pack_into, '<2i', b, 0, 9, 2 ** 40); print(b)
for off in (-9, 6, 8, -2, 0):
    tr(struct.unpack_from, '<i', b, off)
tr(struct.unpack_from, '<i', 'abcd')
tr(struct.unpack, '<i', b'abc')
tr(struct.iter_unpack, '<i', b'abc')
tr(struct.iter_unpack, '', b'')
tr(struct.pack, bytearray(b'<h'), 1)
tr(struct.Struct, 5)
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
tr(struct.pack, '<iQdP?', I(), I(), F(), I(), [])
for fmt, v in [('c', bytearray(b'x')), ('s', bytearray(b'xy')), ('3p', b'abcdef'), ('d', 'x'),
               ('d', 10 ** 400), ('<Id', 'x'), ('<I', -1.5), ('P', -1), ('@b0i', 3)]:
    tr(struct.pack, fmt, v)
tr(struct.calcsize, 'b0i')
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        for v in (-1, 2 ** 16, 2 ** 32, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 2 ** 100):
            tr(struct.pack, order + code, v)
r = random.Random(5)
out = []
for i in range(300):
    x = [r.uniform(-1e6, 1e6), r.random() * 10.0 ** r.randint(-330, 308),
         -r.random() * 2.0 ** r.randint(-160, 130), r.random() * 2.0 ** r.randint(-30, 17),
         r.randint(-70000, 70000) / r.choice([1, 2, 1024, 3])][i % 5]
    for c in 'efd':
        try:
            p = struct.pack('<' + c, x)
            out.append(p.hex() + repr(struct.unpack('>' + c, p[::-1])[0]))
        except OverflowError as e:
            out.append(str(e))
print(out)
s = struct.Struct('>c5s3p?hxq')
packed = s.pack(b'a', b'12345', b'xy', True, -2, 3)
print(s.size, packed, s.unpack(packed), s.unpack_from(b'..' + packed, 2))
print(list(struct.iter_unpack('<hI', bytearray(struct.pack('<hIhI', 1, 2, -3, 4)))))
big = bytearray(1 << 16)
struct.pack_into('<q', big, (1 << 16) - 8, -5)
print(struct.unpack_from('<q', big, -8), struct.pack('70b', *range(-35, 35))[-3:],
      struct.unpack('<70h', struct.pack('<70h', *range(70)))[-2:])
'''


def test_struct_matches_python3(run):
    assert_matches_python3(run, STRUCT_PROGRAM)


WEAKREF_PROGRAM = r'''
import weakref, gc
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'O(%d)' % self.n
strong = [O(i) for i in range(4)]
wvd = weakref.WeakValueDictionary(enumerate(strong))
n = 0
for v in wvd.values():
    n += 1
    strong.clear()
    del v
    gc.collect()
gc.collect()
print('values', n, len(wvd))
strong = [O(i) for i in range(6)]
wvd = weakref.WeakValueDictionary(enumerate(strong))
it = iter(wvd.keys())
first = next(it)
del strong[3:]
gc.collect()
print('pending', len(wvd._pending_removals), len(wvd.data), len(wvd))
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
d = weakref.WeakValueDictionary()
a, b, c = O(1), O(2), O(3)
d['a'] = a; d['b'] = b
print(d.get('a'), d.get('z', 'dflt'), 'a' in d, d['b'], len(d), d.setdefault('c', c))
print(d.pop('c'), d.pop('c', 'gone'), sorted(d), len(d.valuerefs()), type(d.copy()).__name__)
d.update({'x': c}, y=a)
print(sorted(d), d == {'a': a, 'b': b, 'x': c, 'y': a})
del a; gc.collect()
print(sorted(d), len(d))
wk = weakref.WeakKeyDictionary()
ks = [O(i) for i in range(5)]
for k in ks: wk[k] = k.n * 10
wk[ks[0]] = 'again'
print(len(wk), wk[ks[0]], ks[1] in wk, 5 in wk, wk.get(ks[2]))
it = iter(wk.items())
kk, vv = next(it)
others = [o for o in ks if o is not kk]
ks = [kk] + others[:2]
del kk, others
gc.collect()
print('during', len(wk))
del it
gc.collect()
print('after', len(wk), len(wk.data))
items = [O(i) for i in range(5)]
s = weakref.WeakSet(items)
s.add(items[0])
it = iter(s); y = next(it)
others = [o for o in items if o is not y]
items = sorted([y] + others[:2], key=lambda o: o.n)
for i, o in enumerate(items): o.n = i
del others, o; gc.collect()
print('set during', len(s))
del it, y; gc.collect()
print('set after', len(s), len(s.data))
t = weakref.WeakSet(items[:2])
print(sorted(o.n for o in s | t), sorted(o.n for o in s - t), sorted(o.n for o in s ^ t),
      t <= s, t < s, s == t, s.isdisjoint(t))
kr = weakref.KeyedRef(items[0], lambda r: print('callback', r.key), 'k0')
print(kr.key, kr() is items[0], kr == weakref.ref(items[0]), hash(kr) == hash(items[0]))
del items[0]; gc.collect()
print(kr(), repr(kr).endswith('; dead>'))
'''


def test_weakref_containers_match_python3(run):
    # untranslated, objects die at gc.collect() as on the tracing plans
    assert_matches_python3(run, WEAKREF_PROGRAM)


ITERTOOLS_PROGRAM = r'''
import itertools as I
out = []
for n in range(6):
    for r in list(range(n + 2)) + [None]:
        out.append(list(I.permutations(range(n), r)))
print(out[-3:], sum(len(x) for x in out))
p = I.permutations('abc')
print([next(p) for _ in range(2)], list(p), list(p))
for args in [(5,), (0,), (2, 5), (5, 2), (0, 10, 3), (0, 11, 3), (2, None, 4), (3, 3),
             (None, None, 2), (7, 100, 2)]:
    it = iter(range(20))
    s = I.islice(it, *args)
    print(args, list(s), next(it, 'end'), list(s))
it = iter(range(20)); s = I.islice(it, 2, 12, 4)
print(next(s), next(it), next(s), list(s), next(it))
class Ix:
    def __index__(self): return 2
print(list(I.islice(range(5), Ix())), list(zip(*[iter(I.islice(range(20), 9))] * 3)))
for bad in [('a',), (-1,), (1, 2, 0), (-1, 3), (1, 2, 3, 4)]:
    try: I.islice([], *bad)
    except Exception as e: print(type(e).__name__, e)
for bad in ['x', -1]:
    try: I.permutations('ab', bad)
    except Exception as e: print(type(e).__name__, e)
def g():
    for i in range(5):
        print('gen', i); yield i
s = I.islice(g(), 1, 4, 2)
print(next(s)); print('between'); print(next(s)); print(next(s, 'done'))
'''


def test_itertools_islice_permutations_match_python3(run):
    assert_matches_python3(run, ITERTOOLS_PROGRAM)


def test_threading_names_and_a_thread_that_cannot_start(run):
    # the untranslated interpreter has no threads: start() fails, and the program
    # still ends (it once waited at exit for the thread that never started)
    result = run('''
import threading
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.stack_size())
print(type(threading.get_native_id()).__name__, threading.__excepthook__ is threading.excepthook)
a = threading.ExceptHookArgs([KeyError, KeyError('k'), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a))
t = threading.Thread(target=print)
try:
    t.start()
except RuntimeError:
    print('not started', t.is_alive(), threading.active_count())
''')
    assert (result.status, result.err) == (0, '')
    assert result.out == ('9223372036.0 True 0\nint True\nKeyError \'k\' None None 4\n'
                          'not started False 1\n')


def test_a_finished_thread_drops_its_local_attributes(run):
    # as the bootstrap of a thread that ends does; the thread is simulated (the
    # untranslated interpreter has no threads)
    result = run('''
import threading, gc
class R:
    def __del__(self):
        print('R freed')
tl = threading.local()
tl.x = 'main'
t = threading.Thread(target=None)
real = threading.get_ident
threading.get_ident = lambda: -5
threading._active[-5] = t
tl.x = R()
print(tl.x.__class__.__name__)
del threading._active[-5]
threading.get_ident = real
print(tl.x)
threading._forget_locals(t)
gc.collect()
print('dropped', tl.x)
''')
    assert (result.status, result.err) == (0, '')
    assert result.out == 'R\nmain\nR freed\ndropped main\n'
