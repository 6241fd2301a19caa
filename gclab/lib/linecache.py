"""linecache for gclab: the lines of source files, read once and kept (CPython 3.11's
interface), written for gclab.  Files are read as UTF-8 (CPython honours a coding
cookie); module_globals' loaders are not asked for source (lazycache returns False)."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname)
cache = {}


def clearcache():
    """Forget every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file with its '\\n', or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The file's lines (each ending in '\\n'), read now if not in the cache; [] if
    it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the cached files (or the one named) that changed on disk or are gone."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for name in filenames:
        entry = cache[name]
        if len(entry) == 1:
            continue            # (lazy entries: none in gclab)
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue            # not read from a file
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(name, None)


def _find(filename):
    """(path, stat) of the file, looked for in sys.path's directories too for a
    relative name; None if it is not there."""
    try:
        return filename, os.stat(filename)
    except (OSError, ValueError):
        pass
    if os.path.isabs(filename):
        return None
    for dirname in sys.path:
        if not isinstance(dirname, str):
            continue
        try:
            fullname = os.path.join(dirname, filename)
            return fullname, os.stat(fullname)
        except (OSError, ValueError):
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read the file again into the cache; its lines, or [] if it cannot be read."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    found = _find(filename)
    if found is None:
        return []
    fullname, stat = found
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """(gclab: False: module loaders are not asked for their source.)"""
    return False
