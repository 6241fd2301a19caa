# a SyntaxError of the compiler (not the parser) in exec()'d text has no text: the
# report names the line but shows no source line and no caret
print("start")
try:
    exec("x = 1\nreturn x\n")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.text)
try:
    compile("x = [1,\n     2\n", "<text>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
exec("def f():\n    pass\n__debug__ = f\n")
