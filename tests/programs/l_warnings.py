# warnings: the default filters, simplefilter/filterwarnings (message and module regexes,
# lineno, append, re-adding), the actions error/ignore/always/default/module/once,
# resetwarnings, catch_warnings (record, action, nesting, misuse), WarningMessage,
# warn_explicit, formatwarning/showwarning and replacing them, category errors, and a
# warn() past the outermost frame ("sys:1:") on stderr
import sys
import warnings

print(sorted(warnings.__all__))
print(warnings.filters)
print(warnings.defaultaction, issubclass(UserWarning, Warning), Warning.__mro__)
for cat in (UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    print(cat.__name__, cat.__bases__[0].__name__, issubclass(cat, Exception))


def show(log):
    for m in log:
        print('  %s: %s (%s)' % (m.category.__name__, m.message, type(m.message).__name__))
    log[:] = []


# record=True: everything shown goes to the list
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', RuntimeWarning)
    warnings.warn(FutureWarning('an instance', 2))
    warnings.warn(123)
    warnings.warn('dep', DeprecationWarning)
    print(len(log), [type(m).__name__ for m in log])
    print([str(m.message) for m in log], [m.message.args for m in log])
    print(log[0].file, log[0].line, log[0].source)
    show(log)
    for i in range(3):
        warnings.warn('looped')
    print(len(log))
    show(log)

# 'default': once per text, category and place (the same line, in a loop)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(4):
        warnings.warn('same text')
        warnings.warn('same text', RuntimeWarning)
        warnings.warn('text %d' % (i % 2))
    show(log)

# 'once': once per text and category, anywhere
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn_explicit('once only', UserWarning, 'elsewhere.py', 99)
    warnings.warn_explicit('once only', RuntimeWarning, 'elsewhere.py', 99)
    show(log)

# 'module': once per text and category in a module's registry
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    reg = {}
    for line in (10, 20, 10, 30):
        warnings.warn_explicit('per module', UserWarning, 'm.py', line, registry=reg)
    print(sorted(k for k in reg if k != 'version'))
    other = {}
    warnings.warn_explicit('per module', UserWarning, 'm.py', 10, registry=other)
    show(log)

# 'ignore' and 'error'
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('dropped')
    print(len(log))
    warnings.simplefilter('error', RuntimeWarning)
    warnings.warn('still dropped')
    try:
        warnings.warn('raised', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', type(e).__name__, e, e.args)
    instance = UserWarning('the same object')
    warnings.simplefilter('error')
    try:
        warnings.warn(instance)
    except UserWarning as e:
        print('caught', e is instance)
    try:
        warnings.warn_explicit('explicit', SyntaxWarning, 'x.py', 1)
    except SyntaxWarning as e:
        print('caught', repr(e))
    print(len(log))

# filterwarnings: message regexes match the start of the text, case-insensitively;
# module regexes and line numbers
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='spam')
    warnings.filterwarnings('error', message='.*eggs$', category=RuntimeWarning)
    warnings.warn('Spam and eggs')
    warnings.warn('more spam')
    try:
        warnings.warn('bacon and eggs', RuntimeWarning)
    except RuntimeWarning as e:
        print('error:', e)
    warnings.warn('bacon and eggs', UserWarning)
    warnings.warn('bacon and eggs?', RuntimeWarning)
    warnings.filterwarnings('ignore', module='pkg\\.')
    warnings.filterwarnings('ignore', lineno=7)
    for module, line in (('pkg.sub', 1), ('pkg', 2), ('other', 7), ('other', 8)):
        warnings.warn_explicit('from ' + module, UserWarning, module + '.py', line,
                               module=module)
    warnings.warn_explicit('module from filename', UserWarning, 'pkg.x.PY', 3)
    show(log)
    print(len(warnings.filters), [f[0] for f in warnings.filters])
    print([f[1] is None for f in warnings.filters], [f[4] for f in warnings.filters])

# the order of the filters: new ones in front, an equal one moves, append adds at the end
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter('ignore', UserWarning)
    warnings.simplefilter('error', RuntimeWarning)
    warnings.simplefilter('always', lineno=3)
    print(warnings.filters)
    warnings.simplefilter('ignore', UserWarning)
    print(warnings.filters)
    warnings.simplefilter('once', append=True)
    warnings.simplefilter('error', RuntimeWarning, append=True)
    print(warnings.filters)
print(warnings.filters == [('default', None, DeprecationWarning, '__main__', 0),
                           ('ignore', None, DeprecationWarning, None, 0),
                           ('ignore', None, PendingDeprecationWarning, None, 0),
                           ('ignore', None, ImportWarning, None, 0),
                           ('ignore', None, ResourceWarning, None, 0)])

# catch_warnings(action=...), nesting, repr and misuse
with warnings.catch_warnings(record=True, action='always') as outer:
    warnings.warn('outer 1')
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn('inner')
        with warnings.catch_warnings(action='ignore', category=UserWarning):
            warnings.warn('ignored inside')
            warnings.warn('not a user warning', RuntimeWarning)
    warnings.warn('outer 2')
    print([str(m.message) for m in outer], [str(m.message) for m in inner])
with warnings.catch_warnings() as nothing:
    print(nothing)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print('RuntimeError', e)
cw.__exit__(None, None, None)

# the category must be a Warning subclass; filterwarnings checks its arguments
for bad in (int, 5, 'str', ValueError):
    try:
        warnings.warn('x', bad)
    except TypeError as e:
        print('TypeError', e)
for args in ((('bogus',), {}), (('error',), {'category': int}),
             (('error',), {'message': 5}), (('error',), {'lineno': -1}),
             (('error',), {'module': None})):
    try:
        warnings.filterwarnings(*args[0], **args[1])
    except AssertionError as e:
        print('AssertionError', e)
try:
    warnings.simplefilter('loud')
except AssertionError as e:
    print('AssertionError', e)

# WarningMessage, formatwarning and showwarning
m = warnings.WarningMessage(UserWarning('msg'), UserWarning, 'f.py', 12)
print(m, m.file, m.line, m.source)
print(str(warnings.WarningMessage('text', None, 'g.py', 1, line='src')))
print(repr(warnings.formatwarning('careful', UserWarning, 'f.py', 12, 'x = 1  ')))
print(repr(warnings.formatwarning(RuntimeWarning('r'), RuntimeWarning, '<stdin>', 3)))
here = warnings.formatwarning('read from the file', UserWarning, __file__, 5)
print(repr(here.replace(__file__, 'FILE')))
print(repr(warnings.formatwarning('no such line', UserWarning, __file__, 10 ** 5)
           .replace(__file__, 'FILE')))
warnings.showwarning('to stdout', DeprecationWarning, 'f.py', 2, sys.stdout)
warnings.showwarning('with a line', UserWarning, 'f.py', 2, sys.stdout, 'print(1)')


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    print('my_showwarning:', category.__name__, message, repr(file), repr(line))


def my_formatwarning(message, category, filename, lineno, line=None):
    return '[%s] %s (line %r)\n' % (category.__name__, message, line)


saved = warnings.showwarning, warnings.formatwarning
warnings.showwarning = my_showwarning
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('shown by mine')
    warnings.warn_explicit('explicit too', UserWarning, 'e.py', 4)
    with warnings.catch_warnings(record=True) as log:
        warnings.warn('recorded, not shown')
    show(log)
    print(warnings.showwarning is my_showwarning)
warnings.showwarning = saved[0]
warnings.formatwarning = my_formatwarning
with warnings.catch_warnings():
    warnings.simplefilter('always')
    sys.stderr, real_stderr = sys.stdout, sys.stderr
    warnings.warn('formatted by mine')
    warnings.warn_explicit('and this', RuntimeWarning, 'e.py', 4)
    sys.stderr = real_stderr
warnings.showwarning, warnings.formatwarning = saved
print(warnings.showwarning is saved[0], warnings.formatwarning is saved[1])

# warn_explicit's registry: what it remembers per action (with no registry, 'once'
# uses warnings.onceregistry and 'default'/'module' show every time); the registries
# forget when the filters change
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    r = {}
    warnings.warn_explicit('a', UserWarning, 'f.py', 1, registry=r)
    warnings.warn_explicit('a', UserWarning, 'f.py', 2, registry=r)
    r2 = {}
    warnings.warn_explicit('a', UserWarning, 'f.py', 3, registry=r2)
    warnings.warn_explicit('a', UserWarning, 'f.py', 4)
    warnings.warn_explicit('a', UserWarning, 'f.py', 5)
    print(r, r2, warnings.onceregistry)
    print([(m.message, m.lineno, m.filename) for m in log])
    log[:] = []
    warnings.simplefilter('module')
    warnings.warn_explicit('b', UserWarning, 'f.py', 4)
    warnings.warn_explicit('b', UserWarning, 'f.py', 5)
    warnings.simplefilter('default')
    warnings.warn_explicit('c', UserWarning, 'f.py', 4)
    warnings.warn_explicit('c', UserWarning, 'f.py', 4)
    r = {}
    warnings.warn_explicit('c', UserWarning, 'f.py', 4, registry=r)
    warnings.warn_explicit('c', UserWarning, 'f.py', 4, registry=r)
    print([(m.message, m.lineno) for m in log], r)
    log[:] = []
    warnings.simplefilter('ignore')
    r = {}
    warnings.warn_explicit('d', UserWarning, 'f.py', 4, registry=r)
    print(r)
    warnings.simplefilter('always')
    warnings.warn_explicit('d', UserWarning, 'f.py', 4, registry=r)
    warnings.warn_explicit('d', UserWarning, 'f.py', 4, registry=r)
    print(r, [(m.message, m.lineno) for m in log])
    log[:] = []
    warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
    try:
        warnings.warn_explicit('e', UserWarning, 'f.py', 4, registry=r)
    except RuntimeError as e:
        print(e)
    print(r)
    warnings.resetwarnings()
    warnings.filterwarnings('error', module='m$')
    for name in ('m.py', 'm.PY', 'pkg/m.py', ''):
        try:
            warnings.warn_explicit('f', UserWarning, name, 1)
            print(repr(name), 'shown', log[-1].filename)
        except UserWarning:
            print(repr(name), 'error')

# past the outermost frame (stacklevel=2 at module level): "sys:1:" on stderr, once
# for the default filter; a DeprecationWarning from module 'sys' is ignored
for i in range(3):
    warnings.warn('from nowhere', stacklevel=2)
warnings.warn('deprecated', DeprecationWarning, stacklevel=2)
warnings.warn('a runtime one', RuntimeWarning, stacklevel=2)
print('done')
