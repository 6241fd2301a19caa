# compile() of invalid code: the SyntaxError messages CPython 3.11 gives
# (assignment targets, call arguments, parameters, comprehensions, annotations, print)

SOURCES = [
    # assignment and deletion targets
    "f() = 1", "x = f() = 1", "f() = x = 1", "x + 1 = 2", "x = a + 1 = 2", "-a = 1",
    "not a = 1", "a < b = 1", "a and b = 1", "lambda: 1 = 1", "a if b else c = 1",
    "[1] = x", "(1, 2) = x", "x = [f()] = 1", "1 = x", "None = 1", "True = 1",
    "x, None = 1, 2", "a, f() = 1, 2", "a, f() = x = 1", "a, (f(), b) = 1",
    "(a, f()) = 1", "(f()) = 1", "a, 1 = 1, 2", "a, not b = 1", "(yield) = 1",
    "(a := 1) = 2", "(x for x in y) = 1", "[x for x in y] = 1", "x = yield = 1",
    "yield = 1", "for a, f() in x: pass", "for 1 in x: pass", "for True in x: pass",
    "with a as (b, 1): pass", "with a as None: pass", "del f()", "del a, f()",
    "del [1]", "del 1", "del 'x'", "del a.b()", "del [x for x in y]", "del {1}",
    "del None", "del ...", "f() += 1", "(a, b) += 1", "True += 1",
    # annotations
    "f(): int", "(a, b): int", "[a]: int", "1: int", "a + b: int",
    "x: int = 1\nglobal x", "def f():\n  x: int\n  global x",
    "def f():\n  global x\n  x: int", "def f():\n  global x\n  x: int = 5",
    "def g():\n  x = 1\n  def f():\n    nonlocal x\n    x: int",
    "class C:\n  x: int\n  global x",
    # call arguments
    "f(x for x in y, 1)", "f(x for x in y,)", "f(1, x for x in y)",
    "f(x for x in y, a=1)", "f(x for x in y)", "f(**a, *b)", "f(*a, **b, *c)",
    "f(**a, b=1, *c)", "f(a=1, *b)", "f(True=1)", "f(None=1)", "f(a.b=1)",
    "f(a[0]=1)", "f(a + 1 = 2)", "f(1 = 2)", "f(x, a.b=1)", "f(a=1, a=2)",
    "class A(x for x in y): pass", "f(*a for a in b)",
    # parameters
    "def f(*): pass", "def f(*, **k): pass", "def f(**k, a): pass",
    "def f(**k, *a): pass", "def f(**k, **j): pass", "def f(*, **k, a): pass",
    "lambda *: 0", "lambda *, **k: 0", "lambda **k, a: 0", "lambda /, a: 0",
    "def f(/, x): pass", "def f(x, /, y, /): pass", "def f(*, a, *, b): pass",
    "def f(*a, *b): pass", "def f(a, *, b, /): pass", "def f(*a, /): pass",
    "def f(*, a): pass", "def f(a, /, *, b, **c): pass", "def f(/): pass",
    "def f(/,): pass", "def f(/, *a): pass", "lambda /: 0", "lambda /, *, a: 0",
    # comprehensions
    "x = {**a for a in b}", "x = [*a for a in b]", "x = {*a for a in b}",
    "x = (*a for a in b)",
    # loops
    "continue", "while 1:\n  def f():\n    continue", "break", "class C:\n  break",
    # Python 2
    "print 'x'", "print x", "print x, y", "exec 'x'", "print", "print -1",
    "x = print", "print.x", "print not x",
]

for src in SOURCES:
    try:
        compile(src, '<s>', 'exec')
        print('OK', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg, e.lineno, e.offset)
