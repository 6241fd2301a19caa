# The traceback module's layouts beyond a plain chain: exception groups boxed as
# CPython 3.11 boxes them (nested, with tracebacks of their own, too wide), a
# SyntaxError's where and carets, and TracebackException.
import sys
import traceback


def fail(kind):
    if kind == 'v':
        raise ValueError('bad value')
    raise KeyError(kind)


def collect_errors():
    errors = []
    for kind in ['v', 'k']:
        try:
            fail(kind)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('batch', errors + [ExceptionGroup('inner', [TypeError('t')])])


try:
    collect_errors()
except ExceptionGroup as e:
    group = e
    print(''.join(traceback.format_exception(e)))

wide = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
print(''.join(traceback.format_exception(wide)))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup('chained', [z]) from z
except ExceptionGroup as e:
    print(''.join(traceback.format_exception(e)))

for source in ['x = (1', 'a b c', 'def f(:\n    pass', '   if x\n']:
    try:
        compile(source, '<probe>', 'exec')
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
print(''.join(traceback.format_exception_only(SyntaxError('plain'))), end='')
e = SyntaxError('with details', ('f.py', 3, 6, '    x = = 1\n', 3, 8))
print(''.join(traceback.format_exception_only(e)), end='')

te = traceback.TracebackException.from_exception(group)
print(te.exc_type.__name__, str(te), len(te.stack), [t.exc_type.__name__ for t in te.exceptions])
print(''.join(te.format_exception_only()), end='')
print(''.join(te.format()) == ''.join(traceback.format_exception(group)))
try:
    compile('1 +', '<te>', 'eval')
except SyntaxError as s:
    ts = traceback.TracebackException(type(s), s, s.__traceback__)
print(ts.filename, ts.lineno, ts.offset, ts.msg, repr(ts.text))
try:
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as r:
    tr = traceback.TracebackException.from_exception(r)
print(tr.__context__.exc_type.__name__, tr.__cause__, ''.join(tr.format(chain=False)).count('Traceback'))
print(''.join(tr.format()).count('During handling'))
traceback.print_exception(group, file=sys.stdout)
import traceback
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]), end='')
fs = traceback.FrameSummary("h.py", 9, "hn", line="  y = 2  ")
print(fs.line, traceback.StackSummary.from_list([fs]).format())
def f():
    return traceback.extract_stack()
print([(s.name, s.line) for s in f()][-2:])
