"""The declared arguments of builtins (gclab.objspace.argspec): each message compared
with what python3 says for the same call."""

import subprocess

import pytest

from gclab.objspace.argspec import Spec, POSITIONAL, PARSETUPLE, KEYWORDS, SLOT
from gclab.objspace.function import Arguments


class Raised(Exception):
    pass


class FakeSpace(object):
    """What a Spec uses of the space: error() and w_TypeError."""
    w_TypeError = 'TypeError'

    def error(self, w_type, message):
        return Raised('%s: %s' % (w_type, message))


def call(spec, nargs, kwnames=()):
    """The message of spec's check for nargs positionals (after the instance) and the
    keywords kwnames, or None when they are accepted."""
    args_w = ['w%d' % i for i in range(nargs)]
    if spec.method:
        args_w = ['self'] + args_w
    kw = None
    if kwnames:
        kw = list(kwnames)
    args = Arguments(args_w, kw, ['v'] * len(kwnames))
    try:
        if spec.style == KEYWORDS:
            spec.values(FakeSpace(), args)
        else:
            spec.check(FakeSpace(), args)
    except Raised as e:
        return str(e)
    return None


def python3_messages(calls):
    """python3's messages (or None) of the calls, each a Python expression."""
    prog = ['import math, sys, time, threading',
            'lock = threading.Lock()',
            'for src in %r:' % (list(calls),),
            '    try:',
            '        eval(src)',
            '        print("None")',
            '    except TypeError as e:',
            '        print("TypeError: %s" % e)']
    out = subprocess.check_output(['python3', '-c', '\n'.join(prog)])
    return [None if line == 'None' else line for line in out.decode('utf-8').splitlines()]


# (signature as declared in gclab, options, python3 expression, positionals, keywords)
CASES = [
    ('len(obj, /)', {}, 'len()', 0, ()),
    ('len(obj, /)', {}, 'len(1, 2)', 2, ()),
    ('len(obj, /)', {}, 'len(x=1)', 0, ('x',)),
    ('len(obj, /)', {}, 'len([])', 1, ()),
    ('divmod(x, y, /)', {}, 'divmod(1)', 1, ()),
    ('getattr(object, name, default=None, /)', {}, 'getattr(1)', 1, ()),
    ('getattr(object, name, default=None, /)', {}, 'getattr(1, 2, 3, 4)', 4, ()),
    ('sys.exit(status=None, /)', {}, 'sys.exit(1, 2)', 2, ()),
    ('sys.getrecursionlimit()', {}, 'sys.getrecursionlimit(1)', 1, ()),
    ('time.sleep(seconds, /)', {}, 'time.sleep()', 0, ()),
    ('math.floor(x, /)', {}, 'math.floor()', 0, ()),
    ('math.floor(x, /)', {}, 'math.floor(x=1)', 0, ('x',)),
    ('math.atan2(y, x, /)', {}, 'math.atan2(1)', 1, ()),
    ('math.perm(n, k=None, /)', {}, 'math.perm()', 0, ()),
    ('math.perm(n, k=None, /)', {}, 'math.perm(1, 2, 3)', 3, ()),
    ('list.append($self, object, /)', {}, '[].append()', 0, ()),
    ('list.append($self, object, /)', {}, '[].append(1, 2)', 2, ()),
    ('list.append($self, object, /)', {}, '[].append(x=1)', 0, ('x',)),
    ('list.pop($self, index=-1, /)', {}, '[].pop(1, 2)', 2, ()),
    ('list.insert($self, index, object, /)', {}, '[].insert(1)', 1, ()),
    ('list.index($self, value, start=0, stop=None, /)', {}, '[].index()', 0, ()),
    ('list.clear($self, /)', {}, '[].clear(1)', 1, ()),
    ('int.bit_length($self, /)', {}, '(1).bit_length(2)', 1, ()),
    ('str.replace($self, old, new, count=-1, /)', {}, '"".replace(1)', 1, ()),
    ('str.strip($self, chars=None, /)', {}, '"".strip(1, 2)', 2, ()),
    ('str.join($self, iterable, /)', {}, '"".join()', 0, ()),
    ('str.isascii($self, /)', {}, '"".isascii(1)', 1, ()),
    ('str.find($self, sub, start=None, end=None, /)', {'parsetuple': True}, '"a".find()', 0, ()),
    ('str.find($self, sub, start=None, end=None, /)', {'parsetuple': True},
     '"a".find(1, 2, 3, 4)', 4, ()),
    ('str.find($self, sub, start=None, end=None, /)', {'parsetuple': True},
     '"a".find(x=1)', 0, ('x',)),
    ('str.count($self, sub, start=None, end=None, /)', {'parsetuple': True}, '"a".count()', 0, ()),
    ('BaseException.__str__($self, /)', {'slot': True}, 'ValueError().__str__(1)', 1, ()),
    ('round(number, ndigits=None)', {}, 'round()', 0, ()),
    ('round(number, ndigits=None)', {}, 'round(1.5, 2, 3)', 3, ()),
    ('round(number, ndigits=None)', {}, 'round(number=1, foo=2)', 0, ('number', 'foo')),
    ('round(number, ndigits=None)', {}, 'round(1, number=2)', 1, ('number',)),
    ('round(number, ndigits=None)', {}, 'round(ndigits=2)', 0, ('ndigits',)),
    ('round(number, ndigits=None)', {}, 'round(number=1.5, ndigits=0)', 0,
     ('number', 'ndigits')),
    ('pow(base, exp, mod=None)', {}, 'pow(1)', 1, ()),
    ('pow(base, exp, mod=None)', {}, 'pow(1, 2, 3, 4)', 4, ()),
    ('pow(base, exp, mod=None)', {}, 'pow(1, 2, mod=3, x=4)', 2, ('mod', 'x')),
    ('sum(iterable, /, start=0)', {}, 'sum()', 0, ()),
    ('sum(iterable, /, start=0)', {}, 'sum([], 1, 2)', 3, ()),
    ('sum(iterable, /, start=0)', {}, 'sum([], start=1, x=2)', 1, ('start', 'x')),
    ('sum(iterable, /, start=0)', {}, 'sum(iterable=[])', 0, ('iterable',)),
    ('sum(iterable, /, start=0)', {}, 'sum([], start=1)', 1, ('start',)),
    ('int(x=0, /, base=10)', {}, 'int("1", 2, 3)', 3, ()),
    ('int(x=0, /, base=10)', {}, 'int(x=1)', 0, ('x',)),
    ('int(x=0, /, base=10)', {}, 'int("1", foo=2)', 1, ('foo',)),
    ('int(x=0, /, base=10)', {}, 'int("1", 2, base=3)', 2, ('base',)),
    ('math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', {}, 'math.isclose(1)', 1, ()),
    ('math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', {}, 'math.isclose(1, 2, 3)', 3,
     ()),
    ('math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)', {},
     'math.isclose(1, 2, tol=3)', 2, ('tol',)),
    ('math.prod(iterable, /, *, start=1)', {}, 'math.prod([1], 2)', 2, ()),
    ('math.prod(iterable, /, *, start=1)', {}, 'math.prod()', 0, ()),
    ('math.prod(iterable, /, *, start=1)', {}, 'math.prod([1], foo=2)', 1, ('foo',)),
    ('math.prod(iterable, /, *, start=1)', {}, 'math.prod([1], start=2)', 1, ('start',)),
    ('property(fget=None, fset=None, fdel=None, doc=None)', {}, 'property(1, 2, 3, 4, 5)', 5,
     ()),
    ('property(fget=None, fset=None, fdel=None, doc=None)', {}, 'property(fget=1, x=2)', 0,
     ('fget', 'x')),
    ('print(*args, sep=" ", end="\\n", file=None, flush=False)', {}, 'print(x=1)', 0,
     ('x',)),
    ('print(*args, sep=" ", end="\\n", file=None, flush=False)', {}, 'print(1, 2, end="", file=sys.stderr)',
     2, ('end', 'file')),
    ('min(*args, key=None, default=None)', {}, 'min(1, 2, foo=3)', 2, ('foo',)),
    ('lock.acquire($self, blocking=True, timeout=-1)', {}, 'lock.acquire(1, 2, 3)', 3, ()),
    ('lock.acquire($self, blocking=True, timeout=-1)', {}, 'lock.acquire(1, blocking=1)', 1,
     ('blocking',)),
    ('lock.acquire($self, blocking=True, timeout=-1)', {}, 'lock.acquire(x=1)', 0, ('x',)),
    # *others alone: any number of positionals, no keywords
    ('set.update($self, *others)', {}, 'set().update(x=1)', 0, ('x',)),
    ('set.update($self, *others)', {}, 'set().update([1], [2], (3,))', 3, ()),
    ('set.update($self, *others)', {}, 'set().update()', 0, ()),
    ('frozenset.union($self, *others)', {}, 'frozenset().union([], x=1)', 1, ('x',)),
    ('set.add($self, object, /)', {}, 'set().add()', 0, ()),
    ('set.pop($self, /)', {}, 'set().pop(1)', 1, ()),
    ('set(iterable=(), /)', {}, 'set([], [])', 2, ()),
    ('frozenset(iterable=(), /)', {}, 'frozenset(iterable=[])', 0, ('iterable',)),
]


def test_messages_are_python3s():
    expected = python3_messages([c[2] for c in CASES])
    assert len(expected) == len(CASES)
    failures = []
    for (sig, options, source, nargs, kwnames), want in zip(CASES, expected):
        got = call(Spec(sig, **options), nargs, kwnames)
        if got != want:
            failures.append('%s: gclab %r, python3 %r' % (source, got, want))
    assert not failures, '\n'.join(failures)


def test_a_signature_declares_names_and_kinds():
    spec = Spec('math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)')
    assert spec.name == 'math.isclose' and spec.short == 'isclose'
    assert spec.names == ['a', 'b', 'rel_tol', 'abs_tol']
    assert (spec.posonly, spec.minpos, spec.maxpos, spec.nkwonly) == (0, 2, 2, 2)
    assert spec.style == KEYWORDS and not spec.method and not spec.varargs
    spec = Spec('list.pop($self, index=-1, /)')
    assert spec.method and spec.style == POSITIONAL
    assert (spec.posonly, spec.minpos, spec.maxpos) == (1, 0, 1)
    assert Spec('str.find($self, sub, start=None, end=None, /)',
                parsetuple=True).style == PARSETUPLE
    assert Spec('BaseException.__str__($self, /)', slot=True).style == SLOT
    spec = Spec('print(*args, sep=" ", end=", ", file=None, flush=False)')
    assert spec.varargs and spec.names == ['sep', 'end', 'file', 'flush']
    spec = Spec('set.update($self, *others)')
    assert spec.varargs and spec.method and spec.style == POSITIONAL and spec.names == []


def test_values_in_declared_order():
    spec = Spec('pow(base, exp, mod=None)')
    args = Arguments(['b'], ['mod', 'exp'], ['m', 'e'])
    assert spec.values(FakeSpace(), args) == ['b', 'e', 'm']
    spec = Spec('lock.acquire($self, blocking=True, timeout=-1)')
    args = Arguments(['self', 'B'], ['timeout'], ['T'])
    assert spec.values(FakeSpace(), args) == ['B', 'T']
    spec = Spec('print(*args, sep=" ", end="\\n", file=None, flush=False)')
    args = Arguments(['x', 'y'], ['flush', 'sep'], ['F', 'S'])
    assert spec.values(FakeSpace(), args) == ['S', None, None, 'F']


def test_unpack_returns_the_arguments_after_the_instance():
    spec = Spec('list.insert($self, index, object, /)')
    assert spec.unpack(FakeSpace(), Arguments(['self', 'i', 'o'])) == ['i', 'o']
    spec = Spec('divmod(x, y, /)')
    args_w = ['x', 'y']
    assert spec.unpack(FakeSpace(), Arguments(args_w)) is args_w


@pytest.mark.parametrize('source', [
    'len()', 'len(1, 2)', '[].append()', '[].pop(1, 2)', '"a".find()', '"".strip(1, 2)',
    'round()', 'round(1, number=2)', 'pow(1)', 'sum()', 'int(x=1)', 'math.isclose(1)',
    'math.prod([1], 2)', 'print(x=1)', 'min(1, 2, foo=3)', 'sys.exit(1, 2)',
    'time.sleep()', 'math.floor()', '"".isascii(1)', 'ValueError().__str__(1)',
    'object(1)', 'property(1, 2, 3, 4, 5)', '"".split(1, 2, 3)', '"".expandtabs(1, 2)',
    '"".splitlines(x=1)', 'dict.fromkeys()', '(1).bit_length(2)', 'hex()',
])
def test_interpreter_says_what_python3_says(run, source):
    """The specs as the builtins use them: the interpreter's message for a bad call is
    python3's."""
    prog = 'import math, sys, time\ntry:\n    %s\nexcept TypeError as e:\n    print(e)\n' % source
    result = run(source=prog)
    want = subprocess.check_output(['python3', '-c', prog]).decode('utf-8')
    assert result.out == want
    assert want.strip()
