# uncaught ZeroDivisionError from float division in a lambda called by a helper
def apply_all(fs, x):
    return [f(x) for f in fs]
fs = [lambda v: v * 2, lambda v: 10 / v, lambda v: v % 3]
print(apply_all(fs, 4))
print(apply_all(fs, 0.0))
