# compile(..., "single"): expression statements outside functions go to
# sys.displayhook (repr and builtins._), one statement or simple ones joined by ";"
import sys, builtins
code = compile("1 + 2", "<x>", "single")
exec(code)
print(builtins._)
exec(compile("None", "<x>", "single"))
exec(compile("'abc'", "<x>", "single"))
exec(compile("for i in range(3): i * 10\n", "<x>", "single"))
exec(compile("def f():\n    42\n", "<x>", "single"))
f()
exec(compile("x = 5", "<x>", "single"))
print(x)
try:
    compile("a = 1\nb = 2\n", "<x>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
seen = []
sys.displayhook = seen.append
exec(compile("[1, 2]", "<x>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__
sys.displayhook(None)
sys.displayhook({'k': (1, 'two')})
print(_)
class C:
    def __repr__(self):
        return 'C()'
sys.displayhook(C())
print(builtins._)
del sys.displayhook
try:
    exec(compile("7", "<x>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile("3 * 'ab'", "<x>", "single"))
print(repr(buf.getvalue()))
for src in ['a = 1\nb = 2\n', 'x1=1; y1=2', '\n\nfoo()\nbar()\n', 'for i in range(2):\n    i\nx = 1\n', 'if 1:\n  pass\n\n  \nz\n']:
    try:
        exec(compile(src, '<x>', 'single'))
        print('ok', x1, y1)
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, repr(e.text))
