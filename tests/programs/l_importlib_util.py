# importlib.util and importlib.machinery: CPython's recipe for loading a module from a
# file by hand (spec_from_file_location, module_from_spec, exec_module), a package's
# spec, find_spec for a program's module, a library module, a missing one and
# __main__, resolve_name.
import importlib.util, importlib.machinery, importlib, os, sys, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'plugin.py')
with open(path, 'w') as f:
    f.write('X = 41\ndef f():\n    return X + 1\nprint("plugin ran", __name__)\n')
spec = importlib.util.spec_from_file_location('plugin_mod', path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == '', spec.submodule_search_locations)
m = importlib.util.module_from_spec(spec)
print(m.__name__, m.__file__ == path, m.__spec__ is spec, m.__loader__ is spec.loader, 'plugin_mod' in sys.modules)
spec.loader.exec_module(m)
print(m.X, m.f(), m.f.__globals__ is m.__dict__)
print(importlib.util.find_spec('no_such_module_xyz'))
print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('sys') is not None)
sys.path.insert(0, d)
s2 = importlib.util.find_spec('plugin')
print(s2.name, s2.origin == path, isinstance(s2.loader, importlib.machinery.SourceFileLoader))
print(importlib.util.resolve_name('.b', 'a.c'), importlib.util.resolve_name('x', None))
try:
    importlib.util.find_spec('__main__')
except ValueError as e:
    print('ValueError', e)
print(importlib.util.spec_from_file_location('x', os.path.join(d, 'data.txt')))
pkg = os.path.join(d, 'pk'); os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('Y = 2\n')
ps = importlib.util.spec_from_file_location('pk', os.path.join(pkg, '__init__.py'))
print(ps.submodule_search_locations == [pkg], ps.parent)
pm = importlib.util.module_from_spec(ps); ps.loader.exec_module(pm); print(pm.Y, pm.__path__ == [pkg])
import shutil
shutil.rmtree(d)
