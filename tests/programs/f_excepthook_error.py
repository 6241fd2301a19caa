# a sys.excepthook that itself fails: CPython reports both errors
import sys


def bad_hook(exc_type, exc, tb):
    print('hook starts')
    return 1 / 0


sys.excepthook = bad_hook
raise LookupError('original problem')
