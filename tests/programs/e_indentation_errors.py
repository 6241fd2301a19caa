# TabError and IndentationError from compile(): class, message, line and offset as
# CPython 3.11's tokenizer reports them (tabs are compared at widths 8 and 1).
SOURCES = [
    'if 1:\n        a = 1\n\tb = 2\n',            # tab vs 8 spaces: same col, not alt
    'if 1:\n\ta = 1\n        b = 2\n',
    'if 1:\n    if 2:\n\ta = 1\n',                 # indent by col, not by alt
    'if 1:\n  \ta = 1\n\t  b = 2\n',
    'def f():\n\tif 1:\n\t        x = 1\n        \ty = 2\n',   # consistent
    'if 1:\n\tif 2:\n\t\ta = 1\n        b = 1\n',
    'a = 1\n    b = 1\n',
    'a = 1\n\tb = 1\n',
    'if 1:\n    a = 1\n  b = 2  # c\n',
    'if 1:\n    a = 1\n  b = (1,\n 2)\n',
    'if 1:\n\x0c    a = 1\n        b = 2\n',
    'if 1:\n        a = 1\n\x0c    b = 2\n',
    'if 1:\npass\n',
    'if 1:\n\tx = 1\n\ty = 2\n',                  # all tabs: fine
]
for src in SOURCES:
    try:
        compile(src, 'src', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, isinstance(e, IndentationError), e.msg, e.lineno,
              e.offset, repr(e.text))

print(issubclass(TabError, IndentationError), TabError.__mro__[1:3])
try:
    exec('if 1:\n  \ta = 1\n\t  b = 2\n')
except TabError as e:
    print('exec:', e)
