"""The opcode table, the interpreter's handlers and the compiler's emitters kept in step.

Every row of opcodes.TABLE must have a handler (the Frame method named as the row) and
must be emitted by the compiler: SNIPPETS, compiled together, emit every opcode of the
table, and each runs untranslated with CPython's output.  A new row therefore needs a
handler, an emitter and a snippet here that makes the compiler emit it."""

import pytest

from gclab.interp import opcodes as op
from gclab.interp.compiler import compile_source, compile_dynamic
from gclab.interp.frame import Frame
from gclab.objspace.space import ObjSpace

# (source, CPython 3's output)
# compile(..., 'single') source: its expression statements emit PRINT_EXPR (compiled
# by test_every_row_has_a_compiler_emitter, run by a snippet)
SINGLE_MODE_SOURCE = 'for i in range(2): i * 3\n'

SNIPPETS = [
    # fast, global, deref, closure and class-body names; their deletes
    ('x = 1\n'
     'del x\n'
     'def f(p):\n'
     '    q = p + 1\n'
     '    del q\n'
     '    def g():\n'
     '        nonlocal p\n'
     '        p = p * 2\n'
     '        return p\n'
     '    r = g()\n'
     '    del p\n'
     '    return r\n'
     'def outer():\n'
     '    v = 3\n'
     '    class K:\n'
     '        u = v\n'
     '        t = 4\n'
     '        del t\n'
     '    return K.u\n'
     'print(f(5), outer())\n',
     '10 3\n'),
    # attributes, items, augmented assignment, operators, a compare as a value
    ('class A:\n'
     '    pass\n'
     'a = A()\n'
     'a.n = 1\n'
     'a.n += 2\n'
     "d = {'k': 1}\n"
     "d['k'] += 5\n"
     'items = [1, 2, 3]\n'
     'del items[0]\n'
     'a.tmp = 0\n'
     'del a.tmp\n'
     'items.append(-a.n)\n'
     "print(a.n, d['k'], items, items[0:2], 1 < 2, a is None, hasattr(a, 'tmp'))\n",
     "3 6 [2, 3, -3] [2, 3] True False False\n"),
    # branches: truth tests, compare-and-branch both ways, and/or, assert, loops
    ('def g(v):\n'
     '    if v:\n'
     "        return 'yes'\n"
     "    return 'no'\n"
     'def h(v):\n'
     "    assert v, 'no v'\n"
     '    return v and 2 or 3\n'
     'n = 0\n'
     'total = 0\n'
     'for i in range(5):\n'
     '    if not i < 2:\n'
     '        total += i\n'
     'while n < 3:\n'
     '    n += 1\n'
     'print(g(1), g(0), h(1), total, n)\n'
     'try:\n'
     '    h(0)\n'
     'except AssertionError as e:\n'
     "    print('assert', e)\n",
     'yes no 2 9 3\nassert no v\n'),
    # building and unpacking: tuples, lists, dicts, starred parts, f-strings, comprehensions
    ('t = (1, 2)\n'
     'a, *b = [1, 2, 3]\n'
     'c, e = t\n'
     'l = [*b, *t]\n'
     "m = {**{'x': 1}, 'y': 2}\n"
     'u = (*l, 0)\n'
     'v = 3.5\n'
     "s = f'{v!r:>6}|{c}'\n"
     'sq = [i * i for i in range(3)]\n'
     'dc = {i: i for i in range(2)}\n'
     'print(t, a, b, c, e, l, m, u, s, sq, dc)\n',
     "(1, 2) 1 [2, 3] 1 2 [2, 3, 1, 2] {'x': 1, 'y': 2} (2, 3, 1, 2, 0)    3.5|1 "
     "[0, 1, 4] {0: 0, 1: 1}\n"),
    # sets: a display, one with starred parts, a comprehension
    ('p = {3, 1}\n'
     'q = {0, *p, 5, *[7]}\n'
     'r = {i % 3 for i in range(7)}\n'
     'print(sorted(p), sorted(q), sorted(r))\n',
     '[1, 3] [0, 1, 3, 5, 7] [0, 1, 2]\n'),
    # calls with keywords and *args, imports
    ('from math import sqrt\n'
     'from heapq import *\n'
     'import math\n'
     'def k(a, b=2, **kw):\n'
     '    return a + b + len(kw)\n'
     'args = [1, 3]\n'
     "print(k(1, b=5), k(*args), k(1, z=0), k(*args, **{'y': 1}), sqrt(16.0),\n"
     '      math.floor(2.5))\n',
     '6 4 4 5 4.0 2\n'),
    # exceptions, finally, with
    ('class CM:\n'
     '    def __enter__(self):\n'
     "        print('enter')\n"
     '        return self\n'
     '    def __exit__(self, t, v, tb):\n'
     "        print('exit', t is None)\n"
     '        return True\n'
     'with CM() as cm:\n'
     "    raise ValueError('x')\n"
     'with CM():\n'
     '    pass\n'
     'def f():\n'
     '    try:\n'
     "        raise KeyError('k') from None\n"
     '    except ValueError:\n'
     "        return 'value'\n"
     '    finally:\n'
     "        print('finally')\n"
     'try:\n'
     '    f()\n'
     'except KeyError as e:\n'
     "    print('caught', e)\n"
     'try:\n'
     '    try:\n'
     "        raise TypeError('t')\n"
     '    except TypeError:\n'
     '        raise\n'
     'except Exception as e:\n'
     '    print(type(e).__name__)\n',
     "enter\nexit False\nenter\nexit True\nfinally\ncaught 'k'\nTypeError\n"),
    # generators: yield, yield from, a generator expression
    ('def g(n):\n'
     '    got = yield n\n'
     '    r = yield from range(got)\n'
     '    yield r\n'
     'it = g(1)\n'
     'print(next(it), it.send(2), next(it), next(it))\n'
     'print(sum(x for x in range(4)))\n',
     '1 0 1 None\n6\n'),
    ('class C:\n'
     '    x: int = 1\n'
     '    y: str\n'
     'print(C.__annotations__, C.x)\n',
     "{'x': <class 'int'>, 'y': <class 'str'>} 1\n"),
    # the match statement: sequence (length), mapping (keys, **rest) and class patterns
    ('class P:\n'
     "    __match_args__ = ('x',)\n"
     '    def __init__(self, x):\n'
     '        self.x = x\n'
     'def m(v):\n'
     '    match v:\n'
     '        case (a, b, c, d, e):\n'
     '            return e, d, c, b, a\n'
     '        case [a, *b]:\n'
     '            return a, b\n'
     "        case {'k': a, **rest}:\n"
     '            return a, rest\n'
     '        case P(a):\n'
     '            return a\n'
     'print(m([1, 2]), m({"k": 3, "j": 4}), m(P(5)), m(6), m((1, 2, 3, 4, 5)))\n',
     "(1, [2]) (3, {'j': 4}) 5 None (5, 4, 3, 2, 1)\n"),
    # coroutines: await (GET_AWAITABLE), async for (GET_AITER, GET_ANEXT), async with
    # (BEFORE_ASYNC_WITH, SETUP_ASYNC_WITH), driven by send() as an event loop would
    ('class It:\n'
     '    def __init__(self):\n'
     '        self.n = 0\n'
     '    def __aiter__(self):\n'
     '        return self\n'
     '    async def __anext__(self):\n'
     '        self.n += 1\n'
     '        if self.n > 3:\n'
     '            raise StopAsyncIteration\n'
     '        return self.n\n'
     'class Cm:\n'
     '    async def __aenter__(self):\n'
     "        return 'in'\n"
     '    async def __aexit__(self, t, v, tb):\n'
     "        print('exit', t)\n"
     'async def two():\n'
     '    return 2\n'
     'async def main():\n'
     '    got = [await two()]\n'
     '    async for i in It():\n'
     '        got.append(i)\n'
     '    async with Cm() as c:\n'
     '        got.append(c)\n'
     '    return got\n'
     'try:\n'
     '    main().send(None)\n'
     'except StopIteration as e:\n'
     '    print(e.value)\n',
     "exit None\n[2, 1, 2, 3, 'in']\n"),
    ('try:\n'
     '    try:\n'
     '        raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])\n'
     '    except* ValueError as e:\n'
     '        print(repr(e))\n'
     '    except* KeyError:\n'
     '        raise OSError(4)\n'
     'except ExceptionGroup as g:\n'
     '    print(repr(g))\n',
     "ExceptionGroup('g', [ValueError(1)])\n"
     "ExceptionGroup('', [OSError(4), ExceptionGroup('g', [TypeError(3)])])\n"),
    # compile(..., 'single'): PRINT_EXPR passes values to sys.displayhook
    ('exec(compile(%r, "<single>", "single"))\n' % SINGLE_MODE_SOURCE,
     '0\n3\n'),
]


def emitted_opcodes(source):
    space = ObjSpace('untranslated')
    found = set()
    for code in compile_source(space, source, '<snippet>').all_code():
        for pc in range(0, len(code.code), 2):
            found.add(code.code[pc])
    return found


def test_every_row_has_a_handler():
    missing = [name for name in op.NAMES if not callable(getattr(Frame, name, None))]
    assert missing == []


def test_every_handler_has_a_row():
    """An upper-case Frame method is an opcode handler: it needs its table row."""
    orphans = [name for name in dir(Frame)
               if name.isupper() and callable(getattr(Frame, name)) and name not in op.NAMES]
    assert orphans == []


def test_every_row_has_a_compiler_emitter():
    found = set()
    for source, _ in SNIPPETS:
        found |= emitted_opcodes(source)
    space = ObjSpace('untranslated')
    for code in compile_dynamic(space, SINGLE_MODE_SOURCE, '<single>', 'single').all_code():
        found |= set(code.code[pc] for pc in range(0, len(code.code), 2))
    never_emitted = [op.NAMES[i] for i in range(len(op.NAMES)) if i not in found]
    assert never_emitted == []


@pytest.mark.parametrize('index', range(len(SNIPPETS)))
def test_snippet_runs_as_in_cpython(run, index):
    source, expected = SNIPPETS[index]
    r = run(source)
    assert (r.status, r.err, r.out) == (0, '', expected)


def test_unknown_opcode_is_a_system_error():
    """A code list with an opcode past the table: a guest SystemError, not a crash."""
    from gclab.interp.error import OperationError
    from gclab.interp.pycode import PyCode
    space = ObjSpace('untranslated')
    bad = len(op.NAMES)
    code = PyCode('bad', '<test>', 1, 0, 0, 0, [bad, 0], [1], [], [], [], [], [], [], 0)
    with pytest.raises(OperationError) as info:
        Frame(space, code, None, None).dispatch(0)
    w_exc = info.value.w_value
    assert space.type(w_exc) is space.w_SystemError
    assert space.repr_str(w_exc) == "SystemError('unknown opcode %d')" % bad
