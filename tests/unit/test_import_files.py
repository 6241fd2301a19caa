"""Untranslated: a program imports its own modules -- files beside it (sys.path[0], the
script's directory), packages with relative imports, entries the program adds to
sys.path -- before gclab's library modules, as CPython does (gclab/objspace/importing.py)."""

import os


def write(folder, name, text):
    path = folder.join(*name.split('/'))
    path.dirpath().ensure(dir=True)
    path.write(text)
    return str(path)


def test_sibling_module_of_the_script(run, tmpdir):
    write(tmpdir, 'helper.py', 'print("helper runs", __name__)\n'
                               'def greet(who):\n    return "hello " + who\n')
    main = write(tmpdir, 'main.py', 'import helper\nimport helper\n'
                                    'print(helper.greet("world"), helper.__file__)\n')
    r = run(path=main)
    assert r.err == ''
    assert r.out == 'helper runs helper\nhello world %s\n' % tmpdir.join('helper.py')
    assert r.status == 0


def test_relative_script_path_gives_an_absolute_sys_path_0(run, tmpdir):
    write(tmpdir, 'sub/helper.py', 'X = 5\n')
    write(tmpdir, 'sub/main.py', 'import sys, helper\nprint(sys.path[0], helper.X)\n')
    cwd = os.getcwd()
    os.chdir(str(tmpdir))
    try:
        r = run(path='sub/main.py')
    finally:
        os.chdir(cwd)
    assert r.out == '%s 5\n' % tmpdir.join('sub')


def test_the_scripts_directory_shadows_a_library_module(run, tmpdir):
    """As with CPython, a random.py beside the script is what `import random` finds
    (a CPython whose site-packages import random at startup finds its own); os, frozen
    into CPython 3.11's binary, is not shadowed."""
    write(tmpdir, 'random.py', 'def random():\n    return "mine"\n')
    write(tmpdir, 'os.py', 'raise SystemExit("the local os.py ran")\n')
    main = write(tmpdir, 'main.py', 'import random, os\nprint(random.random(), '
                                    'os.path.basename(random.__file__), os.sep)\n')
    r = run(path=main)
    assert r.err == ''
    assert r.out == 'mine random.py /\n'


def test_library_modules_still_import_without_local_files(run, tmpdir):
    main = write(tmpdir, 'main.py', 'import collections.abc, json\n'
                                    'print(json.dumps([1]), collections.abc.Sized)\n')
    r = run(path=main)
    assert r.out == "[1] <class 'collections.abc.Sized'>\n"


def test_package_with_relative_imports_and_a_lazy_submodule(run, tmpdir):
    write(tmpdir, 'pkg/__init__.py', 'from .a import A\n')
    write(tmpdir, 'pkg/a.py', 'A = "a"\n')
    write(tmpdir, 'pkg/b.py', 'from . import a\nfrom .a import A\nB = A + "b"\n')
    write(tmpdir, 'pkg/sub/__init__.py', 'from ..b import B\nfrom .. import a as up\n')
    main = write(tmpdir, 'main.py', 'import pkg.sub\nfrom pkg import b\n'
                                    'print(pkg.A, pkg.sub.B, pkg.sub.up.A, b.B, '
                                    'pkg.__package__, pkg.sub.__package__, b.__package__)\n')
    r = run(path=main)
    assert r.err == ''
    assert r.out == 'a ab a ab pkg pkg.sub pkg\n'


def test_entries_added_to_sys_path_are_searched(run, tmpdir):
    write(tmpdir, 'lib/extra.py', 'E = "extra"\n')
    code = ('import sys\nsys.path.append(%r)\nimport extra\nprint(extra.E)\n'
            % str(tmpdir.join('lib')))
    r = run(source=code)
    assert r.out == 'extra\n'
    r = run(source='import extra')
    assert r.status == 1
    assert r.err.endswith("ModuleNotFoundError: No module named 'extra'\n")


def test_a_module_that_raises_is_not_kept(run, tmpdir):
    write(tmpdir, 'bad.py', 'print("bad runs")\n1 / 0\n')
    main = write(tmpdir, 'main.py',
                 'import sys\nfor i in range(2):\n    try:\n        import bad\n'
                 '    except ZeroDivisionError as e:\n        print(e, "bad" in sys.modules)\n')
    r = run(path=main)
    assert r.out == 'bad runs\ndivision by zero False\n' * 2


def test_syntax_error_in_an_imported_module(run, tmpdir):
    bad = write(tmpdir, 'broken.py', 'x = (1,\n')
    main = write(tmpdir, 'main.py', 'import broken\n')
    r = run(path=main)
    assert r.status == 1
    assert ('  File "%s", line 1\n    x = (1,\n        ^\n'
            "SyntaxError: '(' was never closed\n" % bad) in r.err
    assert r.err.startswith('Traceback (most recent call last):\n  File "%s", line 1, '
                            'in <module>\n    import broken\n' % main)


def test_namespace_package_spans_directories(run, tmpdir):
    write(tmpdir, 'ns/a.py', 'A = "a"\n')
    write(tmpdir, 'more/ns/b.py', 'from . import a\nB = a.A + "b"\n')
    main = write(tmpdir, 'main.py', 'import sys\nsys.path.append(%r)\n'
                                    'import ns.a\nfrom ns import b\n'
                                    'print(b.B, ns.__file__, len(ns.__path__))\n'
                                    % str(tmpdir.join('more')))
    r = run(path=main)
    assert r.err == ''
    assert r.out == 'ab None 2\n'


def test_dunder_import_with_a_level(run, tmpdir):
    write(tmpdir, 'pkg/__init__.py', '')
    write(tmpdir, 'pkg/helper.py', 'H = "h"\n')
    write(tmpdir, 'pkg/sub/__init__.py', '')
    write(tmpdir, 'pkg/sub/deep.py', '')
    main = write(tmpdir, 'main.py', '''\
g = {'__name__': 'pkg.sub', '__package__': 'pkg'}
print(__import__('helper', g, None, ['H'], 1).H)
print(__import__('', g, None, ['helper'], 1).__name__)
print(__import__('sub.deep', {'__name__': 'pkg', '__path__': []}, None, [], 1).__name__)
for name, g, level in [('x', {'__name__': 'top'}, 1), ('x', {'__package__': 'a'}, 2)]:
    try:
        __import__(name, g, None, [], level)
    except ImportError as e:
        print(e)
''')
    r = run(path=main)
    assert r.err == ''
    assert r.out == ('h\npkg\npkg.sub\nattempted relative import with no known parent '
                     'package\nattempted relative import beyond top-level package\n')
