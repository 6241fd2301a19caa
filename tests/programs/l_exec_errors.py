# The errors of eval, exec and compile, with CPython's messages.
tests = ['exec(5)', 'eval(5)', 'eval(None)', 'exec("x", 5)', 'eval("x", 5)',
         'exec("x", {}, 5)', 'eval("x", {}, 5)', 'compile("x", "f", "bad")',
         'compile(5, "f", "exec")', 'eval()', 'compile("1")', 'globals(1)',
         'locals(1)', 'eval("undefined_name")', 'exec("1 / 0")',
         'eval("[1][5]", {})']
for t in tests:
    try:
        exec(t)
    except Exception as e:
        print(t, '->', type(e).__name__, e)

for src in ['x = = 1', 'a b c', '1 +', 'if x:\npass', '(1, 2', 'x = 1\ny = = 2']:
    for mode in ['exec', 'eval']:
        try:
            compile(src, 'fn', mode)
            print(repr(src), mode, 'compiled')
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e)
            print('   ', e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval('x = 1')
except SyntaxError as e:
    print(e, e.args[0], e.args[1][0])
try:
    exec('def f(:\n    pass')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
