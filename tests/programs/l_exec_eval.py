# eval, exec and compile: source text and code objects, the caller's namespaces and
# given dicts, as programs from the field use them.
x = 10
print(eval('x + 1'))
print(eval('  3 + 4'))
print(eval('[i * i for i in range(5)]'))
print(eval('(1,\n 2)'))
exec('y = x * 2')
print(y)
exec('for i in range(3):\n    print("loop", i)')
print(i)
exec('import math\nr = math.sqrt(16)')
print(r, math.pi > 3)


def f(a):
    b = a + 1
    return eval('a * b')


print(f(3))


def g():
    exec('q = 1')          # goes to a snapshot of g's locals, as in CPython
    try:
        return q
    except NameError as e:
        return 'NameError: %s' % e


print(g())


def closure():
    k = 5

    def inner():
        return k + eval('k')
    return inner()


print(closure())


class C:
    a = 1
    b = eval('a + 1')
    exec('c = a + b')


print(C.b, C.c)

ns = {}
exec('z = 5\ndef h():\n    return z + 1\n', ns)
print(ns['z'], ns['h'](), sorted(k for k in ns if k != '__builtins__'))
print('__builtins__' in ns)
print(eval('p * q', {'p': 3}, {'q': 4}))
print(eval('len("abc")', {}))
d = {'n': 0}
exec('n += 1', d)
exec('n += 1', d)
print(d['n'])
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(sorted(loc.items()))
env = {'w': 2}
exec('del w\nv = 3', env)
print(sorted(k for k in env if k != '__builtins__'))

code = compile('1 + 2', '<mine>', 'eval')
print(eval(code), exec(code))
code = compile('t = 99\nprint("ran", t)', '<mine>', 'exec')
exec(code)
print(t)
exec(code, {})
print(eval(compile('x * 3', 'f', 'eval'), {'x': 7}))


def make_adder(n):
    src = 'def add(v):\n    return v + %d\n' % n
    space = {}
    exec(src, space)
    return space['add']


print(make_adder(5)(10), make_adder(1)(1))

rules = ['x > 5', 'x % 2 == 0', 'x in (3, 12)']
for value in [3, 8, 12]:
    print(value, [eval(rule, {'x': value}) for rule in rules])


def gen(n):
    for k in range(n):
        yield eval('k * 10 + n')


print(list(gen(3)))
print(list(eval('m + 1') for m in range(3)))
print(eval('eval("1 + 1") + eval("x")'))
print(eval('sum(v for v in range(x))'))
print(exec('pass'), eval('None'))
