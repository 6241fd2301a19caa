# gclab's atexit module, written for gclab after CPython 3.11's interface: register
# (with arguments; usable as a decorator: it returns the function), unregister,
# _run_exitfuncs, _clear, _ncallbacks.  The interpreter calls _run_exitfuncs at exit
# (gclab/interp/main.py), after waiting for the non-daemon threads and before the
# finalizers, as CPython does: the last function registered runs first; an exception
# (SystemExit too) is reported as "Exception ignored in atexit callback: <function>"
# with its traceback (no cause or context chain) and does not change the exit status.
# What differs from CPython: _ncallbacks() counts the functions registered (CPython's
# counts slots of its table); the traceback has no "~~^^" markers (docs/stdlib.md,
# traceback).

import sys

__all__ = ['register', 'unregister']

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; return func."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            sys.stdout.flush()
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            _report(exc)


def _report(exc):
    """The traceback from the callback's frame on (not _run_exitfuncs's own)."""
    import traceback
    entries = traceback._entries(exc)[1:]
    lines = []
    if entries:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(traceback._format_entries(entries))
    lines.extend(traceback.format_exception_only(exc))
    print(''.join(lines), file=sys.stderr, end='')
