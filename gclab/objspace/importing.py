"""import: the builtin modules of space.modules_w, the program's own modules (name.py
files and name/__init__.py packages found on sys.path, read at import time), and
gclab's library modules (gclab/lib, Python source compiled at run time).

The order, as CPython's: a module already in sys.modules (the builtin ones are there
from the start), then the entries of sys.path in turn (the script's directory first),
then gclab/lib -- which plays the part of CPython's standard library directories, at
the end of sys.path.  The library modules that CPython 3.11 has frozen into its binary
(is_frozen_in_cpython: its frozen importer comes before the path finder) are found
before sys.path, so that a file called os.py next to a script does not replace the os
module, as with CPython.

A directory without __init__.py is a namespace package (PEP 420) when nothing else of
its name is found.  Not done: .pyc files (none is read or written), finders, loaders
and __spec__; a module's file is found again at each import that does not find it in
sys.modules (no directory caches)."""

import os

from gclab.interp.compiler import compile_source
from gclab.interp.error import OperationError, CompileError
from gclab.interp.frame import Frame
from gclab.interp.util import (read_all, universal_newlines, non_utf8_message,
                               is_directory, is_file)
from gclab.lib import SOURCES
from gclab.objspace import freethreading
from gclab.objspace.execbuiltins import syntax_error
from gclab.objspace.function import W_Module
from gclab.objspace.listobject import W_List
from gclab.objspace.strobject import W_Str
from gclab.objspace.typeobject import W_ExceptionObject


def is_frozen_in_cpython(name):
    """A gclab/lib module that CPython 3.11 freezes (Python/frozen.c: found before
    the path finder looks at sys.path): a program's file of that name does not shadow
    it.  (Comparisons, not a prebuilt dict: RPython would build a prebuilt dict's index
    at its first lookup, an object that would stay allocated to the end.)"""
    return (name == 'os' or name == 'posixpath' or name == 'abc' or name == 'codecs' or
            name == 'io')


def import_module(space, name):
    """The module called name; for a dotted name 'a.b', a is imported first, then a.b:
    a submodule found on a's __path__ (a is a package), a module of gclab/lib named so
    (it becomes a's attribute b), or a module that a already holds as attribute b
    (os.path).  Free-threaded builds: under the import lock, which the module's code
    runs with (as CPython's import lock once did)."""
    held = freethreading.lock_state(freethreading.IMPORTS)
    try:
        return _import_module(space, name)
    finally:
        freethreading.unlock_state(freethreading.IMPORTS, held)


def _import_module(space, name):
    w_module = space.modules_w.get(name, None)
    if w_module is not None:
        return w_module
    dot = name.rfind('.')
    if dot > 0:
        w_parent = _import_module(space, name[:dot])
        w_module = space.modules_w.get(name, None)
        if w_module is not None:        # the package's __init__ imported it
            return w_module
        attr = name[dot + 1:]
        w_search = package_path(space, w_parent)
        if w_search is not None:
            path = find_module(space, space.listview(w_search), attr)
            if not path and name not in SOURCES:
                w_module = namespace_package(space, space.listview(w_search), name, attr)
                if w_module is None:
                    raise import_error(space, space.w_ModuleNotFoundError,
                                       "No module named '%s'" % name, name)
            elif path:
                w_module = load_file(space, name, path)
            if w_module is not None:
                space.setattr(w_parent, attr, w_module)
                return w_module
        source = SOURCES.get(name, None)
        if source is not None:
            w_module = space.run_library_module(name, source)
            space.setattr(w_parent, attr, w_module)
            return w_module
        if isinstance(w_parent, W_Module):
            w_module = w_parent.dict_w.get(attr, None)
            if isinstance(w_module, W_Module):
                return w_module         # (found again at each import: not registered)
        raise import_error(space, space.w_ModuleNotFoundError, "No module named '%s'; '%s' "
                           "is not a package" % (name, name[:dot]), name)
    source = SOURCES.get(name, None)
    if source is None or not is_frozen_in_cpython(name):
        path = find_module(space, sys_path(space), name)
        if path:
            return load_file(space, name, path)
    if source is None:
        w_module = namespace_package(space, sys_path(space), name, name)
        if w_module is not None:
            return w_module
        raise import_error(space, space.w_ModuleNotFoundError, "No module named '%s'" % name,
                           name)
    return space.run_library_module(name, source)


# --- the program's own modules ---------------------------------------------------------

def sys_path(space):
    """The entries of sys.path, as the program left them (a list; others: none)."""
    w_sys = space.modules_w.get('sys', None)
    if not isinstance(w_sys, W_Module):
        return []
    w_path = w_sys.dict_w.get('path', None)
    if not isinstance(w_path, W_List):
        return []
    return space.listview(w_path)


def package_path(space, w_module):
    """A package's __path__ (a list), or None for a module that is not a package."""
    if not isinstance(w_module, W_Module):
        return None
    w_path = w_module.dict_w.get('__path__', None)
    if not isinstance(w_path, W_List):
        return None
    return w_path


def search_folders(entries_w):
    """The directories of the path entries entries_w, each ending in '/': str
    entries only, '' the current directory."""
    folders = []
    for w_entry in entries_w:
        if not isinstance(w_entry, W_Str):
            continue
        folder = w_entry.utf8()
        if not folder:
            try:
                folder = os.getcwd()
            except OSError:
                continue
        if not folder.endswith('/'):
            folder += '/'
        folders.append(folder)
    return folders


def find_module(space, entries_w, name):
    """The file that imports name from the directories entries_w (str entries only; ''
    is the current directory): in the first directory that has one, name/__init__.py
    (a package) before name.py, as CPython's path finder; '' if none has."""
    for folder in search_folders(entries_w):
        init = folder + name + '/__init__.py'
        if is_file(init):
            return init
        module = folder + name + '.py'
        if is_file(module):
            return module
    return ''


def namespace_package(space, entries_w, name, basename):
    """A namespace package (PEP 420) for the directories called basename in entries_w
    that hold no __init__.py (looked for once no module of that name was found, as
    CPython's path finder does): a module with those directories as its __path__, no
    file, nothing run; None if there is none."""
    folders_w = []
    for folder in search_folders(entries_w):
        if is_directory(folder + basename):
            folders_w.append(space.newstr(folder + basename))
    if not folders_w:
        return None
    w_module = space.new_module(name)
    w_module.dict_w['__file__'] = space.w_None
    w_module.dict_w['__path__'] = space.newlist(folders_w)
    w_module.dict_w['__package__'] = space.newstr(name)
    space.modules_w[name] = w_module
    return w_module


def read_source(space, path):
    """The text of a module's file, its line endings made \\n and a UTF-8 byte-order
    mark dropped, as the main script's (gclab.interp.main); an OSError or a file that
    is not UTF-8 is the guest exception CPython raises."""
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError as e:
        raise space.error(space.w_ImportError, '%s: %s' % (os.strerror(e.errno), path))
    try:
        source = read_all(fd)
    except OSError as e:
        os.close(fd)
        raise space.error(space.w_ImportError, '%s: %s' % (os.strerror(e.errno), path))
    os.close(fd)
    source = universal_newlines(source)
    message = non_utf8_message(source, path)
    if message:
        raise space.error(space.w_SyntaxError, message)
    if source.startswith('\xef\xbb\xbf'):
        source = source[3:]
    return source


def load_file(space, name, path):
    """Import the module name from its file: compiled with the file's path as its
    filename, run in a new module that sys.modules holds while it runs (a circular
    import finds it, partly run) and lets go of if it raises."""
    source = read_source(space, path)
    try:
        code = compile_source(space, source, path)
    except CompileError as e:
        raise syntax_error(space, e, path, source, 'exec')
    w_module = space.new_module(name)
    w_module.dict_w['__file__'] = space.newstr(path)
    if path.endswith('/__init__.py'):
        end = len(path) - len('/__init__.py')
        assert end >= 0
        w_module.dict_w['__path__'] = space.newlist([space.newstr(path[:end])])
        w_module.dict_w['__package__'] = space.newstr(name)
    else:
        dot = name.rfind('.')
        package = ''
        if dot > 0:
            package = name[:dot]
        w_module.dict_w['__package__'] = space.newstr(package)
    w_module.dict_w['__builtins__'] = space.modules_w['builtins']
    space.modules_w[name] = w_module
    space.sources[path] = source
    if space.track_classes:
        # its functions hold the module as their globals, and the module holds them:
        # a cycle, released at exit as __main__'s (gclab.interp.accounting)
        held = freethreading.lock_state(freethreading.REGISTRIES)
        space.exec_modules_w.append(w_module)
        freethreading.unlock_state(freethreading.REGISTRIES, held)
    w_module.initializing = True
    try:
        space.run_frame(Frame(space, code, w_module, None), True)
    except OperationError:
        w_module.initializing = False
        if space.modules_w.get(name, None) is w_module:
            del space.modules_w[name]
        raise
    w_module.initializing = False
    # the module may have put another object in its place (sys.modules[__name__] = x)
    w_final = space.modules_w.get(name, None)
    if w_final is not None:
        return w_final
    return w_module


def resolve_relative(space, name, w_package, w_name, is_package):
    """The absolute name of a relative import: name starts with one dot per level (the
    compiler gives `from ..a import b` the name '..a'), resolved against the importing
    module's __package__ (w_package; if None, against its __name__ w_name, itself if
    is_package)."""
    level = 0
    while level < len(name) and name[level] == '.':
        level += 1
    rest = name[level:]
    package = ''
    if isinstance(w_package, W_Str):
        package = w_package.utf8()
    elif w_package is None or w_package is space.w_None:
        if isinstance(w_name, W_Str):
            package = w_name.utf8()
            if not is_package:
                dot = package.rfind('.')
                if dot > 0:
                    package = package[:dot]
                else:
                    package = ''
    else:
        raise space.error(space.w_TypeError, 'package must be a string')
    if not package:
        raise space.error(space.w_ImportError, 'attempted relative import with no known '
                          'parent package')
    for i in range(level - 1):
        dot = package.rfind('.')
        if dot < 0:
            raise space.error(space.w_ImportError, 'attempted relative import beyond '
                              'top-level package')
        package = package[:dot]
    if rest:
        return package + '.' + rest
    return package


def import_relative(space, w_module, name):
    """IMPORT_NAME of a relative import in the module w_module's code."""
    assert isinstance(w_module, W_Module)
    names_w = w_module.dict_w
    full = resolve_relative(space, name, names_w.get('__package__', None),
                            names_w.get('__name__', None), '__path__' in names_w)
    return import_module(space, full)


def import_submodules(space, w_module, name, items):
    """__import__'s fromlist: each item that the module (a package) does not have is
    imported as its submodule, if there is one (a missing one is no error here)."""
    if package_path(space, w_module) is None:
        for item in items:
            if item != '*' and space.getattr_or_none(w_module, item) is None and \
                    (name + '.' + item) in SOURCES:
                import_module(space, name + '.' + item)
        return
    for item in items:
        if item != '*' and space.getattr_or_none(w_module, item) is None:
            import_missing_ok(space, name + '.' + item)


def import_missing_ok(space, full):
    """Import the module full; None if it does not exist (a ModuleNotFoundError for
    that very name), other errors propagate."""
    try:
        return import_module(space, full)
    except OperationError as e:
        if not space.exception_is(e.w_value, space.w_ModuleNotFoundError):
            raise
        w_exc = e.w_value
        assert isinstance(w_exc, W_ExceptionObject)
        w_name = w_exc.getdictvalue('name')
        if not isinstance(w_name, W_Str) or w_name.utf8() != full:
            raise
        return None


def import_error(space, w_type, msg, name):
    """An ImportError (or ModuleNotFoundError) whose `name` is the module's, as the ones
    CPython's import raises (`path` stays the class's None)."""
    err = space.error(w_type, msg)
    w_exc = err.w_value
    assert isinstance(w_exc, W_ExceptionObject)
    w_exc.setdictvalue('name', space.newstr(name))
    return err


def run_library_module(space, name, source):
    """Import one of gclab's modules written in Python (gclab/lib)."""
    filename = '<gclab %s>' % name
    try:
        code = compile_source(space, source, filename)
    except CompileError as e:
        raise space.error(space.w_SystemError, 'gclab: cannot compile module %s: %s'
                          % (name, e.msg))
    w_module = space.new_module(name)
    space.modules_w[name] = w_module
    space.sources[filename] = source
    try:
        space.run_frame(Frame(space, code, w_module, None), True)
    except OperationError:
        del space.modules_w[name]
        raise
    return w_module


def import_from(space, w_module, name):
    assert isinstance(w_module, W_Module)
    w_value = w_module.dict_w.get(name, None)
    freethreading.subscribe()           # (module globals are read without a lock)
    if w_value is None and '__getattr__' in w_module.dict_w:
        try:                            # the module's own __getattr__ (PEP 562)
            w_value = space.getattr(w_module, name)
        except OperationError as e:
            if not space.exception_is(e.w_value, space.w_AttributeError):
                raise
            w_value = None
    if w_value is None and package_path(space, w_module) is not None:
        # `from package import submodule`: imported now if it was not yet
        w_value = import_missing_ok(space, w_module.name + '.' + name)
    if w_value is None:
        where = 'unknown location'
        w_file = w_module.dict_w.get('__file__', None)
        if isinstance(w_file, W_Str):
            where = w_file.utf8()
        if w_module.initializing:
            raise import_error(space, space.w_ImportError,
                               "cannot import name '%s' from partially initialized module "
                               "'%s' (most likely due to a circular import) (%s)"
                               % (name, w_module.name, where), w_module.name)
        raise import_error(space, space.w_ImportError,
                           "cannot import name '%s' from '%s' (%s)"
                           % (name, w_module.name, where), w_module.name)
    return w_value


def import_star_names(space, w_module):
    """[(name, value)] that `from m import *` binds: the names in m.__all__ (each must
    exist), or m's names that do not start with '_'."""
    assert isinstance(w_module, W_Module)
    names_w = w_module.dict_w
    freethreading.subscribe()
    out = []
    w_all = names_w.get('__all__', None)
    if w_all is not None:
        for w_name in space.listview(w_all):
            name = space.str_w(w_name)
            w_value = names_w.get(name, None)
            if w_value is None:
                raise space.error(space.w_AttributeError, "module '%s' has no attribute "
                                  "'%s'" % (w_module.name, name))
            out.append((name, w_value))
        return out
    for name, w_value in names_w.items():
        if not name.startswith('_'):
            out.append((name, w_value))
    return out


def new_module(space, name):
    w_module = W_Module(name)
    w_module.store('__name__', space.newstr(name))
    w_module.store('__doc__', space.w_None)      # the docstring's store replaces it
    return w_module
