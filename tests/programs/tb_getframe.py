# sys._getframe(depth): the running frames' code, line, globals and callers.
import collections
import os
import sys


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def caller_name():
    return sys._getframe(1).f_code.co_name


def where_am_i():
    return sys._getframe().f_lineno


def a():
    return b()


def b():
    return names(sys._getframe()), caller_name(), sys._getframe(1).f_lineno


print(a())
print(names(sys._getframe()), sys._getframe().f_back)
print(where_am_i(), sys._getframe(0).f_code.co_name)
frame = sys._getframe()
print(type(frame).__name__, frame.f_globals['__name__'], frame.f_globals is globals() or
      frame.f_globals['a'] is a, os.path.basename(frame.f_code.co_filename))


def gen():
    yield names(sys._getframe())
    yield sys._getframe(1).f_code.co_name


def consume():
    return list(gen())


print(consume())


class Meta:
    defined_in = sys._getframe().f_code.co_name
    module = sys._getframe().f_globals['__name__']


print(Meta.defined_in, Meta.module)
print([caller_name() for _ in range(2)])
print((lambda: sys._getframe().f_code.co_name)())

try:
    sys._getframe(50)
except ValueError as e:
    print('ValueError', e)
print(sys._getframe(-3).f_code.co_name)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print('TypeError', e)

# namedtuple's __module__ comes from its caller's globals
Point = collections.namedtuple('Point', 'x y')
print(Point.__module__, Point(1, 2))


def recurse(n):
    if n == 0:
        return len(names(sys._getframe()))
    return recurse(n - 1)


print(recurse(5) - len(names(sys._getframe())))
