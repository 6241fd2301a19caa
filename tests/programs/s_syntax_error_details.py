# compile() of invalid source: CPython 3.11's SyntaxError for common mistakes, with
# the line, the caret's offset and the line's text (the details a report prints)

SOURCES = [
    # brackets
    "x = (1, 2\n", "x = [1, 2\ny = 3\n", "foo(1,\n    2,\n", "if True:\n    x = (\n",
    "def f(:\n    pass\n", "x = (]\n", "x = (1,\n2]\n", "x = )\n", "x = [1, 2 3\n",
    # a forgotten comma, '=' for '=='
    "x = (1 2)\n", "f(a, b c)\n", "x = {'a': 1 'b': 2}\n", "x = [1, 2 3]\n",
    "[lambda: 1 2]\n", "print(a b)\n", "x = (1,\n     2\n     3)\n", "[print 1]\n",
    "[a 'b']\n", "[match 1]\n", "[x for x in y z]\n",
    "if x = 1:\n    pass\n", "while (x = 1):\n    pass\n",
    "if x:\n    pass\nelif y = 2:\n    pass\n", "if x.y = 1:\n    pass\n",
    "if f() = 1:\n    pass\n", "if x = 1 = 2:\n    pass\n", "f(x=y=1)\n",
    # dict displays
    "d = {1: 2, 3}\n", "d = {'a': 1, 'b'}\n", "d = {1: 2, f(x)}\n", "d = {1:}\n",
    "d = {1: 2, 3: *a}\n",
    # missing ':' or '('
    "if x\n    pass\n", "for x in y\n    pass\n", "def f()\n    return 1\n",
    "def f() x:\n    pass\n", "class C\n    pass\n", "try\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nfinally x:\n    pass\n", "def f x:\n    pass\n", "x = lambda x\n",
    # indentation
    "if x:\npass\n", "def f(x):\nreturn 1\n", "for x in y:\npass\n",
    "if x:\n        a = 1\n    b = 2\n", "  x = 1\n", "def f():\n    pass\n  x = 1\n",
    # literals
    "x = 'abc\n", "x = '''abc\n", "x = '''abc\ndef\n\n", "x = 1abc\n", "x = 0b2\n",
    "x = 0777\n", "x = 'ab\\x1'\n", "x = b'\\x1' + 1\n", "x = '\\N{nope}' 'a'\n",
    "x = 1\\ y\n", "x = \x01\n",
    # f-strings
    "x = f'{'\n", "x = (f'}' 'a')\n", "x = f'{}'\n", "x = f'{!r}'\n", "x = f'{a)}'\n",
    "x = f'{x!z}'\n",
    # targets and arguments
    "1 = x\n", "f() = 1\n", "del *a\n", "a, *b, *c = x\n", "x = [a, *b, *c] = y\n",
    "f(a=1, 2)\n", "f(**a, 2, b)\n", "x = a if b\n", "return 1\n",
    "class C:\n    return 1\n",
    # __debug__
    "__debug__ = 1\n", "del __debug__\n", "def f(__debug__): pass\n",
    "for __debug__ in x: pass\n", "f(__debug__=1)\n", "x = f(__debug__=1)\n",
    "x.__debug__ = 1\n", "lambda __debug__: 1\n", "import x as __debug__\n",
    "with a as __debug__: pass\n", "(__debug__ := 1)\n", "[1 for __debug__ in y]\n",
    "try:\n    pass\nexcept E as __debug__:\n    pass\n",
    "x.__debug__ += 1\n", "del x.__debug__\n",
]

for src in SOURCES:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src))
        print('   ', type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

print('__debug__ is', __debug__, type(__debug__).__name__)
if __debug__:
    print('a constant true')
print(eval('__debug__'), [__debug__ for _ in range(2)])
