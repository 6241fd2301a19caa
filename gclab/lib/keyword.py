# gclab's keyword module, written for gclab after CPython 3.11's: the lists of the
# language's keywords (kwlist) and soft keywords (softkwlist, keywords only in some
# contexts: match statements), and the tests iskeyword/issoftkeyword.

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True',
    'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del',
    'elif', 'else', 'except', 'finally', 'for', 'from',
    'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """Whether s is a keyword of the language (False for anything not hashable as a
    str is; an unhashable argument raises TypeError, as in CPython)."""
    return s in _keywords


def issoftkeyword(s):
    """Whether s is a soft keyword (a keyword only in some contexts)."""
    return s in _soft_keywords
