"""__del__ untranslated (gclab.objspace.finalizers in 'queue' mode, on the host's GC,
as on the tracing plans), gc.get_referents and gc.is_finalized.  The finalizer programs
run on every translated plan in tests/e2e/test_finalizers.py; del_collect.py is not run
here: untranslated, the host keeps the frames of the last exception it handled (its
own traceback holds gclab's Frame), so a guest local that an exception unwound lives
until the next exception."""

import os

import pytest

import corpus

FOLDER = os.path.join(corpus.TESTS, 'programs', 'finalizers')
UNTRANSLATED = ['del_at_exit.py', 'del_errors.py', 'del_resurrect.py', 'del_timing.py',
                'gen_close.py', 'weakref_basics.py', 'weakref_sets_methods.py']


@pytest.mark.parametrize('name', UNTRANSLATED)
def test_finalizer_program_as_on_tracing_plans(run, name):
    """Untranslated, objects are found dead as on the tracing plans ('collection')."""
    path = os.path.join(FOLDER, name)
    status, out, err = corpus.python3_result(path, [])
    kind_out = corpus.finalization_output(path, 'collection')
    if kind_out is not None:
        out = kind_out
    result = run(path=path)
    assert result.out == out
    assert result.status == status
    assert corpus.normalize_stderr(result.err) == corpus.normalize_stderr(err)


def test_del_is_called_once_and_reports_its_exception(run):
    result = run('''
import gc
calls = []
class A:
    def __del__(self):
        calls.append(1)
        raise KeyError('k')
a = A()
print(gc.is_finalized(a))
del a
gc.collect()
print(calls)
''')
    assert result.out == 'False\n[1]\n'
    lines = result.err.splitlines()
    assert lines[0].startswith('Exception ignored in: <function A.__del__ at 0x')
    assert lines[1] == 'Traceback (most recent call last):'
    assert lines[-1] == "KeyError: 'k'"
    assert result.status == 0


def test_at_exit_del_sees_the_globals_and_runs_in_their_order(run):
    result = run('''
log = []
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n, len(log))
holder = [A('in list')]
first = A('first')
second = A('second')
class K:
    attr = A('class attribute')
''')
    assert result.out == ('del in list 0\ndel first 0\ndel second 0\n'
                          'del class attribute 0\n')


def test_get_referents(run):
    result = run('''
import gc
class C:
    pass
c = C()
c.x = 1
c.y = 'two'
print(gc.get_referents([1, 2], (3,), {'k': 'v'}))
r = gc.get_referents(c)
print(r[0] is C, r[1:])
def f(a=5):
    return a
print(gc.get_referents(f))
f.tag = 'tagged'
print(gc.get_referents(f))
print(gc.get_referents())
''')
    assert result.out == ("[1, 2, 3, 'k', 'v']\nTrue [1, 'two']\n[5]\n[5, 'tagged']\n[]\n")


def test_gc_is_finalized_takes_one_argument(run):
    result = run('import gc\ngc.is_finalized()')
    assert result.status == 1
    assert result.err.splitlines()[-1] == \
        'TypeError: gc.is_finalized() takes exactly one argument (0 given)'


def test_a_generator_ignoring_generatorexit_at_death_is_reported(run):
    result = run('''
import gc
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
del s
gc.collect()
print('goes on')
''')
    assert result.out == 'goes on\n'
    lines = result.err.splitlines()
    assert lines[0].startswith('Exception ignored in: <generator object stubborn at 0x')
    assert lines[-1] == 'RuntimeError: generator ignored GeneratorExit'
    assert result.status == 0


def test_weakref_to_an_instance_made_before_import_is_refused(run):
    """Instances are weakly referable once code that imports weakref is compiled: the
    main module's own import counts from its first line; an instance made before a
    module is imported only by name (__import__) is refused, saying why."""
    result = run('''
class C:
    pass
early = C()
weakref = __import__('weakref')
late = C()
print(weakref.ref(late)() is late)
try:
    weakref.ref(early)
except TypeError as e:
    print(e)
''')
    assert result.out.splitlines() == [
        'True',
        "cannot create weak reference to 'C' object: gclab refers weakly only to "
        "instances made after code that imports weakref was compiled (or of classes "
        "with __del__)"]


def test_weakref_to_an_instance_made_above_the_import_statement(run):
    result = run('''
class C:
    pass
early = C()
def later():
    import weakref
    return weakref.ref(early)
print(later()() is early)
''')
    assert result.out == 'True\n'
