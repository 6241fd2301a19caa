# gclab's importlib: the part of CPython 3.11's importlib that programs call directly.
# import_module(name, package=None) imports a module by its (absolute, or relative to
# package) name and returns it, as a program's `import` would; invalidate_caches() does
# nothing (gclab has no finder caches); reload(module) returns the module unchanged
# (gclab's modules are not re-executed).
# importlib.util (spec_from_file_location, module_from_spec, find_spec, resolve_name)
# and importlib.machinery (ModuleSpec, SourceFileLoader) load a module from a file by
# hand (gclab/lib/importlib.util.py says what differs).  No importlib.resources or
# importlib.metadata; `import` itself uses no finders, loaders or specs.

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package):
    level = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for %r" % name)
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return base + '.' + rest if rest else base


def import_module(name, package=None):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not %s' % type(name).__name__)
    if name.startswith('.'):
        name = _resolve_name(name, package)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % name, name=name)
    return module
