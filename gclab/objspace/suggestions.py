"""CPython 3.11's "Did you mean: 'x'?" after the message of an uncaught NameError or
AttributeError (RPython).  The report (gclab.objspace.excreport) adds it when the
exception has the name (and, for AttributeError, the object) that the interpreter
recorded as it raised it, as CPython does -- not for one a program raised itself.

Candidates, as CPython: for an AttributeError the names dir(obj) gives (sorted); for
a NameError the local variable names of the frame that raised it, then its globals,
then the builtins, each list on its own (the first list with a match wins).  A list
of 750 names or more gives none, and so does a name longer than 40 characters.  The
best candidate is the one at the smallest edit distance -- an insertion or deletion
costs 2, a substitution 2, or 1 when the two letters differ only in ASCII case --
provided the distance is at most (len(name) + len(candidate) + 3) * 2 // 6; of equal
distances the first in the list wins.  So the order of the candidates matters: the
builtins are offered in CPython's order (BUILTINS_ORDER), then the ones only gclab has."""

MOVE_COST = 2
CASE_COST = 1
MAX_CANDIDATES = 750
MAX_NAME = 40

# the builtins module's names in CPython 3.11's order (its dict's insertion order)
BUILTINS_ORDER = [
    '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__build_class__',
    '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr',
    'compile', 'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr',
    'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass',
    'iter', 'aiter', 'len', 'locals', 'max', 'min', 'next', 'anext', 'oct', 'ord', 'pow',
    'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'None', 'Ellipsis',
    'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes',
    'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset',
    'property', 'int', 'list', 'map', 'object', 'range', 'reversed', 'set', 'slice',
    'staticmethod', 'str', 'super', 'tuple', 'type', 'zip', '__debug__',
    'BaseException', 'BaseExceptionGroup', 'Exception', 'GeneratorExit',
    'KeyboardInterrupt', 'SystemExit', 'ArithmeticError', 'AssertionError',
    'AttributeError', 'BufferError', 'EOFError', 'ImportError', 'LookupError',
    'MemoryError', 'NameError', 'OSError', 'ReferenceError', 'RuntimeError',
    'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'TypeError',
    'ValueError', 'Warning', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
    'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning',
    'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning',
    'SyntaxWarning', 'UnicodeWarning', 'UserWarning', 'BlockingIOError',
    'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError', 'IndentationError', 'IndexError', 'KeyError',
    'ModuleNotFoundError', 'NotImplementedError', 'RecursionError',
    'UnboundLocalError', 'UnicodeError', 'BrokenPipeError', 'ConnectionAbortedError',
    'ConnectionRefusedError', 'ConnectionResetError', 'TabError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeTranslateError', 'ExceptionGroup',
    'EnvironmentError', 'IOError', 'open', 'quit', 'exit', 'copyright', 'credits',
    'license', 'help']


def _fold(c):
    """c with an ASCII capital made small."""
    if 'A' <= c <= 'Z':
        return chr(ord(c) + 32)
    return c


def _substitution(a, b):
    if a == b:
        return 0
    if _fold(a) == _fold(b):
        return CASE_COST
    return MOVE_COST


def distance(a, b, max_cost):
    """The edit distance between a and b with the costs above, or max_cost + 1 as soon
    as it is known to exceed max_cost (one row of the table at a time)."""
    start = 0                               # a common prefix and suffix cost nothing
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a = len(a)
    end_b = len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    na = end_a - start
    nb = end_b - start
    if na == 0 or nb == 0:
        return (na + nb) * MOVE_COST
    if na > MAX_NAME or nb > MAX_NAME:
        return max_cost + 1
    if nb < na:                             # the row runs along the shorter one
        a, b = b, a
        na, nb = nb, na
        end_a, end_b = end_b, end_a
    if (nb - na) * MOVE_COST > max_cost:
        return max_cost + 1
    assert end_a >= 0 and end_b >= 0
    a = a[start:end_a]
    b = b[start:end_b]
    row = [(i + 1) * MOVE_COST for i in range(na)]  # b[:0] against a[:i+1]
    result = 0
    for j in range(nb):
        diagonal = j * MOVE_COST            # b[:j] against a[:0]
        result = diagonal
        lowest = -1
        for i in range(na):
            substitute = diagonal + _substitution(b[j], a[i])
            diagonal = row[i]
            result = min(min(result, diagonal) + MOVE_COST, substitute)
            row[i] = result
            if lowest < 0 or result < lowest:
                lowest = result
        if lowest > max_cost:
            return max_cost + 1
    return result


def best_match(candidates, name):
    """The candidate closest to name (None: none close enough, or too many)."""
    if len(candidates) >= MAX_CANDIDATES:
        return None
    best = None
    best_distance = 0
    for candidate in candidates:
        if candidate == name:
            continue
        limit = (len(name) + len(candidate) + 3) * MOVE_COST // 6
        if best is not None:
            limit = min(limit, best_distance - 1)
        d = distance(name, candidate, limit)
        if d > limit:
            continue
        if best is None or d < best_distance:
            best = candidate
            best_distance = d
    return best


def builtin_names(builtins_w):
    """The builtins' names in CPython's order, then those only gclab has."""
    names = [name for name in BUILTINS_ORDER if name in builtins_w]
    for name in builtins_w:
        if name not in BUILTINS_ORDER:
            names.append(name)
    return names


def for_name(name, varnames, globals_w, builtins_w):
    """The suggestion for an unbound name raised in a frame with these local variable
    names and globals, or None."""
    found = best_match(varnames, name)
    if found is None:
        found = best_match(globals_w.keys(), name)
    if found is None:
        found = best_match(builtin_names(builtins_w), name)
    return found
