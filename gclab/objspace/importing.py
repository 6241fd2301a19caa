"""import: gclab's library modules (gclab/lib, Python source compiled at run time) and
the builtin modules of space.modules_w."""

from gclab.interp.compiler import compile_source
from gclab.interp.error import OperationError, CompileError
from gclab.interp.frame import Frame
from gclab.lib import SOURCES
from gclab.objspace import freethreading
from gclab.objspace.function import W_Module
from gclab.objspace.typeobject import W_ExceptionObject


def import_module(space, name):
    """The module called name; for a dotted name 'a.b', a is imported first and a.b
    is a module of gclab/lib named so (it becomes a's attribute b), or a module that a
    already holds as attribute b (os.path).  Free-threaded builds: under the import
    lock, which the module's code runs with (as CPython's import lock once did)."""
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
        attr = name[dot + 1:]
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
    if source is None:
        raise import_error(space, space.w_ModuleNotFoundError, "No module named '%s'" % name,
                           name)
    return space.run_library_module(name, source)


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
    if w_value is None:
        raise import_error(space, space.w_ImportError,
                           "cannot import name '%s' from '%s' (unknown location)"
                           % (name, w_module.name), w_module.name)
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
