# sys.exc_info() and sys.exception(): the exception being handled, also in called functions
import sys
def current():
    info = sys.exc_info()
    return info[0], info[1], sys.exception()
print(current(), sys.exc_info()[:2])
try:
    raise ValueError('v')
except ValueError:
    t, v, e = current()
    print(t.__name__, repr(v), v is e, sys.exc_info()[0].__name__)
    try:
        raise KeyError('k')
    except KeyError:
        print(repr(sys.exception()), repr(current()[1]))
    print(repr(sys.exception()))
print(sys.exception(), current())
def cleanup():
    try:
        1 / 0
    finally:
        print('in finally', type(sys.exception()).__name__)
try:
    cleanup()
except ZeroDivisionError:
    print('caught', sys.exc_info()[0].__name__)
print(sys.exc_info()[:2])
