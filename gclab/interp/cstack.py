"""How deep guest recursion may go in C (RPython).

Each guest call takes about a kilobyte of C stack, and RPython's stack check allows a fixed
length (MAX_STACK_SIZE: 2.8 MB on 64-bit) -- room for about 2,800 guest frames, so that
sys.setrecursionlimit(5000) alone would not let a program recurse 4,500 deep as CPython
does.  As PyPy does, the check's length follows the recursion limit (the default length
for the default limit of 1000), but never beyond the stack the OS gives a thread (the soft
RLIMIT_STACK: the main thread's limit and glibc's default size for new ones) nor beyond
MAX_STACK, less a margin: a limit beyond that ends in RecursionError from the check,
never in a crash."""

from rpython.rlib import rstack

from gclab.interp import procstats

DEFAULT_RECURSION_LIMIT = 1000
MARGIN = 512 * 1024             # bytes of the OS stack the check never lets guest code use
# The most C stack the check ever allows, whatever the OS gives: the tracing plans'
# shadow stacks are sized to match it (gclab/gc/tracing/counting.py)
MAX_STACK = 8 << 20


class _State(object):
    default_length = 0          # the check's length before gclab changed it


_state = _State()


def set_recursion_limit(limit):
    """Let the C stack check allow about `limit` guest frames, within the OS's stack."""
    if _state.default_length == 0:
        _state.default_length = rstack._stack_get_length()
    default_length = _state.default_length
    want = float(default_length) * limit / DEFAULT_RECURSION_LIMIT
    if want <= default_length:
        want = float(default_length)
    else:
        available = procstats.stack_limit()
        if available < 0 or available > MAX_STACK:
            available = MAX_STACK
        room = float(available - MARGIN)
        if want > room:
            want = max(room, float(default_length))
    rstack._stack_set_length_fraction(want / default_length)
