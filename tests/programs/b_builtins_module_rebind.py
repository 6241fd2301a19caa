import builtins
def f(x):
    return len(x), isinstance(x, list), abs(-1), open
print(f([1]))
orig_len, orig_isinstance, orig_abs, orig_open = len, isinstance, abs, open
builtins.len = lambda x: 99
builtins.isinstance = lambda a, b: 'inst'
builtins.abs = lambda a: 'abs'
builtins.open = 'OPEN'
print(f([1]))
builtins.len, builtins.isinstance, builtins.abs, builtins.open = orig_len, orig_isinstance, orig_abs, orig_open
print(f([1]))
del builtins.abs
try:
    f([1])
except NameError as e:
    print(e)
builtins.abs = orig_abs
print(f([1, 2])[0])
