# boolean operators return operand values; short-circuit evaluation
print(0 or 5, 3 or 5, '' or 'default', [] or {}, None or 0)
print(0 and 5, 3 and 5, 'a' and 'b', [] and 1, 1 and [] and 2)
print(not 0, not '', not [1], not None, not not 'x')
trace = []
def t(val, name):
    trace.append(name)
    return val
r = t(0, 'a') and t(1, 'b')
print(r, trace)
trace.clear()
r = t(1, 'a') or t(1, 'b')
print(r, trace)
trace.clear()
r = t(0, 'a') or t('', 'b') or t([], 'c')
print(repr(r), trace)
trace.clear()
r = t(1, 'a') and t(2, 'b') and t(3, 'c')
print(r, trace)
trace.clear()
r = t(0, 'a') and t(1, 'b') or t(2, 'c')
print(r, trace)
trace.clear()
r = t(1, 'a') or t(0, 'b') and t(1, 'c')
print(r, trace)
d = {}
print(d.get('k') or 'fallback', 'k' in d and d['k'])
items = None
print(items and items[0], len(items or []))
def safe_div(a, b):
    return b != 0 and a / b
print(safe_div(6, 3), safe_div(1, 0))
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
f = Falsy()
print(bool(f), (f or 'other'), (f and 'other') is f, bool(Sized()), Sized() or 'empty')
print(1 if [] else 2, bool(0.0), bool('0'), bool(' '))
x = 0
x = x or 10
print(x)
print(True + (False or 2), (None and 1) is None, (0.0 or -0.0))
