"""importlib.util for gclab: loading a module from a file by hand
(spec_from_file_location, module_from_spec, spec.loader.exec_module), find_spec and
resolve_name.  What differs from CPython: find_spec finds a program's module by looking
for its file on sys.path (name.py, name/__init__.py); for any other name (gclab's
library, builtin modules) it imports the module to learn whether it exists, where
CPython only finds it; no LazyLoader, cache_from_source, source_hash or MAGIC_NUMBER."""

import os
import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader']


def resolve_name(name, package):
    """The absolute name of name (relative when it starts with dots) in package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for %r (required for relative module '
                          'names)' % (name,))
    return _resolve_name(name, package)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """The spec of the module name in the source file location (None: a location
    that is not a .py file and no loader given)."""
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.rpartition('/')[2] == '__init__.py':
        spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def module_from_spec(spec):
    """A new module for spec (its loader's create_module, else a plain module), with
    __name__, __loader__, __spec__, __file__ and __package__ set; not yet run."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define '
                          'create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def _find_file(name):
    """(path, is_package) of the program's module name on sys.path, or None."""
    parts = name.split('.')
    for entry in sys.path:
        if not isinstance(entry, str):
            continue
        base = os.path.join(entry or '.', *parts)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return init, True
        if os.path.isfile(base + '.py'):
            return base + '.py', False
    return None


def find_spec(name, package=None):
    """The spec of the module name, or None when there is no such module.  A module
    already imported answers with its __spec__ (ValueError if it is None, as
    CPython)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if module is not None:
        if not hasattr(module, '__spec__'):
            # (gclab's modules have no __spec__; a script's __main__ has None in CPython)
            if fullname != '__main__':
                return _spec_of_imported(fullname, module)
        elif module.__spec__ is not None:
            return module.__spec__
        raise ValueError('%s.__spec__ is None' % (fullname,))
    if '.' in fullname:
        parent = fullname.rpartition('.')[0]
        __import__(parent)      # (as CPython: the parent is imported)
    found = _find_file(fullname)
    if found is not None:
        path, is_package = found
        spec = spec_from_file_location(fullname, path)
        return spec
    try:
        __import__(fullname)
    except ImportError:
        return None
    return _spec_of_imported(fullname, sys.modules[fullname])


def _spec_of_imported(name, module):
    """A spec for a module gclab imported (its file's, else a builtin one)."""
    path = getattr(module, '__file__', None)
    if isinstance(path, str) and path.endswith('.py'):
        return spec_from_file_location(name, path)
    spec = ModuleSpec(name, None, origin='built-in')
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    return spec
