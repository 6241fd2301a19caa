# gclab's fnmatch module, written for gclab after CPython 3.11's interface and
# behaviour: fnmatch, fnmatchcase, filter and translate.  Shell patterns: '*' matches
# everything, '?' one character, '[seq]' a character in seq (ranges a-z; '[!seq]' a
# character not in seq; a ']' right after '[' or '[!' is literal; a '[' without a
# closing ']' is literal).  translate gives the regular expression text CPython 3.11
# gives (the (?s:...)\Z form, atomic groups (?>.*?fixed) between stars, reversed
# ranges removed, '-', '\\', '&', '~', '|' escaped in sets), compiled by gclab's re.
# fnmatch/filter normalise case as os.path.normcase does on POSIX (not at all).
# Bytes names and patterns work: they are matched as their Latin-1 decodings, as
# CPython does.
# What differs from CPython: the cache of compiled patterns is a dict emptied when it
# reaches 32768 entries (CPython: functools.lru_cache); no _compile_pattern.

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}
_CACHE_MAX = 32768


def _normcase(s):
    return os.fspath(s)


def _matcher(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            text = translate(str(pat, 'ISO-8859-1'))
            rx = re.compile(text)

            def m(name, _match=rx.match):
                if not isinstance(name, (bytes, bytearray)):
                    raise TypeError('cannot use a bytes pattern on a string-like object')
                return _match(str(name, 'ISO-8859-1'))
        else:
            rx = re.compile(translate(pat))

            def m(name, _match=rx.match):
                if isinstance(name, (bytes, bytearray)):
                    raise TypeError('cannot use a string pattern on a bytes-like object')
                return _match(name)
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = m
    return m


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _matcher(pat)
    for name in names:
        if match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _matcher(pat)(name) is not None


_STAR = object()


def _set_text(pat, start, end):
    """The regex set body for the shell set pat[start:end] (the text between the
    brackets, '!' included)."""
    body = pat[start:end]
    if '-' not in body:
        text = body.replace('\\', '\\\\')
    else:
        # cut at the hyphens that make ranges: one after the first character (after
        # '!' if any), then the next one at least two characters further on
        pieces = []
        cut_from = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[cut_from:k])
            cut_from = k + 1
            k += 3
        last = pat[cut_from:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # drop reversed ranges (an error in a regex), from the right
        idx = len(pieces) - 1
        while idx > 0:
            if pieces[idx - 1][-1] > pieces[idx][0]:
                pieces[idx - 1] = pieces[idx - 1][:-1] + pieces[idx][1:]
                del pieces[idx]
            idx -= 1
        text = '-'.join([p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces])
    out = []
    for c in text:
        if c in '&~|':
            out.append('\\')
        out.append(c)
    return ''.join(out)


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] is not _STAR:
                items.append(_STAR)
        elif c == '?':
            items.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append('\\[')
                continue
            text = _set_text(pat, i, j)
            i = j + 1
            if not text:
                items.append('(?!)')
            elif text == '!':
                items.append('.')
            else:
                if text[0] == '!':
                    text = '^' + text[1:]
                elif text[0] in '^[':
                    text = '\\' + text
                items.append('[' + text + ']')
        else:
            items.append(re.escape(c))
    out = []
    k = 0
    m = len(items)
    while k < m and items[k] is not _STAR:
        out.append(items[k])
        k += 1
    while k < m:
        k += 1                      # items[k] is a star
        fixed = []
        while k < m and items[k] is not _STAR:
            fixed.append(items[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
