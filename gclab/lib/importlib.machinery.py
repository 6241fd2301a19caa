"""importlib.machinery for gclab: ModuleSpec and SourceFileLoader, what
importlib.util's spec_from_file_location and module_from_spec make and use to load a
module from a file.  gclab's `import` has no finders or loaders of its own: these exist
for programs that load a file by hand (the recipe of CPython's documentation:
spec_from_file_location, module_from_spec, spec.loader.exec_module)."""

import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


class ModuleSpec:
    """What a module is and where it comes from: name, loader, origin."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s' % (self.submodule_search_locations,))
        return 'ModuleSpec(%s)' % ', '.join(args)

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations and
                self.has_location == other.has_location)


class SourceFileLoader:
    """Loads a module from a Python source file: exec_module compiles the file and runs
    it in the module's namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (type(self) is type(other) and self.name == other.name and
                self.path == other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def __repr__(self):
        return '<%s.%s object at 0x%x>' % (type(self).__module__, type(self).__name__,
                                           id(self))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        with open(self.path) as f:
            return f.read()

    def is_package(self, name=None):
        return self.path.rpartition('/')[2] == '__init__.py'

    def create_module(self, spec):
        return None             # the default module

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        """The module loaded and put in sys.modules (deprecated in CPython)."""
        name = fullname or self.name
        module = type(sys)(name)
        module.__file__ = self.path
        module.__loader__ = self
        sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return sys.modules[name]


SourceFileLoader.__module__ = '_frozen_importlib_external'
ModuleSpec.__module__ = '_frozen_importlib'
