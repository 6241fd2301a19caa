# sys.excepthook set by a script to report uncaught errors its own way
import sys
import traceback

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
try:
    raise KeyError('shown by the default hook, called by hand')
except KeyError:
    sys.excepthook(*sys.exc_info())
print(sys.excepthook(ValueError, 'not an exception', None))
try:
    sys.excepthook(ValueError)
except TypeError as e:
    print('TypeError:', e)
seen = []


def hook(exc_type, exc, tb):
    seen.append(exc_type.__name__)
    print('custom hook:', exc_type.__name__, exc, file=sys.stderr)
    frames = traceback.extract_tb(tb)
    print('innermost frame:', frames[-1].name, frames[-1].line)
    print('chained from:', repr(exc.__cause__))
    sys.__excepthook__(exc_type, exc, tb)
    print('seen', seen)


sys.excepthook = hook


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('cannot parse %r' % text) from e


print('about to fail')
parse('x1')
