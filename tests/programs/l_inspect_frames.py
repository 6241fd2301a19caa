# inspect's frame helpers over gclab's frame snapshots: currentframe, stack,
# getframeinfo, getouterframes, trace (getinnerframes), isframe/istraceback, and a
# frame's f_locals; the caller-name idiom of logging helpers and test frameworks.
import inspect
import sys


def who_called():
    return inspect.stack()[1].function


def helper():
    return who_called()


def caller_line():
    info = inspect.getframeinfo(inspect.currentframe().f_back)
    return info.lineno, info.function, info.code_context


def outer():
    here = inspect.currentframe()
    print(inspect.isframe(here), inspect.isframe(42), here.f_code.co_name,
          here.f_back.f_code.co_name)
    return [fi.function for fi in inspect.getouterframes(here)]


def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())


def user():
    a = 1
    b = 'two'
    return locals_of_caller()


print(helper(), who_called())
print(caller_line())
print(outer())
print(user())
st = inspect.stack()
print(len(st), st[0].function, st[0].lineno, st[0].code_context, st[0].index,
      type(st[0]).__name__, st[0][3], len(st[0]))
print(inspect.stack(0)[0].code_context, inspect.stack(3)[0].index,
      inspect.stack(3)[0].code_context)


def fails(n):
    if n == 0:
        raise ValueError('deep')
    fails(n - 1)


try:
    fails(2)
except ValueError:
    tb = sys.exc_info()[2]
    print(inspect.istraceback(tb), inspect.istraceback(None))
    print([(fi.function, fi.lineno, fi.code_context) for fi in inspect.trace()])
    print(inspect.getframeinfo(tb)[1:3])
print(inspect.trace())
