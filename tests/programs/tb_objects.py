# Traceback and frame objects: e.__traceback__, sys.exc_info(), tb_next/tb_frame/
# tb_lineno, f_code/f_globals/f_back, with_traceback, and the traceback module on them.
import os
import sys
import traceback


def where(path):
    return os.path.basename(path)


def inner(n):
    if n == 0:
        raise ValueError('deep %d' % n)
    inner(n - 1)


def outer():
    inner(2)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is e.__traceback__)
    etype, value, tb2 = sys.exc_info()
    print(etype.__name__, value is e, tb2 is tb)
    count = 0
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        print(tb.tb_lineno, code.co_name, where(code.co_filename), code.co_firstlineno,
              type(frame).__name__, frame.f_globals['__name__'],
              isinstance(tb.tb_lasti, int))
        if count > 0:
            print('  called from', frame.f_back.f_code.co_name)
        tb = tb.tb_next
        count += 1
    print('entries', count)
    last = e.__traceback__
    while last.tb_next is not None:
        last = last.tb_next
    print('innermost line', last.tb_frame.f_lineno, last.tb_lineno)
    print('f_globals is the module', last.tb_frame.f_globals is globals() or
          last.tb_frame.f_globals['inner'] is inner)
    saved = e

print(sys.exc_info())
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
print(saved.__traceback__.tb_next.tb_frame.f_code.co_name)

# the traceback module
print([(where(f), line, name, text) for f, line, name, text in
       traceback.extract_tb(saved.__traceback__)])
summary = traceback.extract_tb(saved.__traceback__, limit=2)
print(len(summary), summary[0].name, summary[-1].lineno, summary[1].line)
print([fs.name for fs in traceback.extract_tb(saved.__traceback__, limit=-2)])
for line in traceback.format_tb(saved.__traceback__):
    print(line.replace(os.path.dirname(__file__) + os.sep, ''), end='')
print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(saved.__traceback__)])
text = ''.join(traceback.format_exception(saved))
print(text.replace(os.path.dirname(__file__) + os.sep, ''), end='')
text = ''.join(traceback.format_exception(type(saved), saved, saved.__traceback__.tb_next))
print(text.replace(os.path.dirname(__file__) + os.sep, ''), end='')
print(traceback.format_exception(type(saved), saved, None))
try:
    traceback.format_exception(type(saved), saved)
except ValueError as err:
    print('ValueError', err)

# with_traceback and __traceback__ assignment
def reraise_with(tb):
    raise RuntimeError('again').with_traceback(tb)


try:
    reraise_with(saved.__traceback__.tb_next.tb_next)
except RuntimeError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
err = KeyError('k')
print(err.__traceback__, err.with_traceback(saved.__traceback__) is err,
      err.__traceback__ is saved.__traceback__)
err.__traceback__ = None
print(err.__traceback__)
try:
    err.__traceback__ = 5
except TypeError as te:
    print('TypeError', te)
try:
    err.with_traceback('x')
except TypeError as te:
    print('TypeError', te)


# a traceback through a generator and a method
class Box:
    def items(self):
        yield 1
        raise KeyError('gen')


try:
    for item in Box().items():
        pass
except KeyError as e:
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

try:
    raise ValueError('here')
except ValueError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_frame.f_back)
