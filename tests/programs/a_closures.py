# nested functions and closures: counters, nonlocal, late binding, shared cells
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * k for k in range(4)]
print([m(10) for m in make_multipliers()])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(10))
def scope_test():
    v = 'local'
    def do_nonlocal():
        nonlocal v
        v = 'nonlocal'
    def do_global():
        global gv
        gv = 'global'
    do_nonlocal()
    do_global()
    return v
print(scope_test(), gv)
def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__)
    y = 1
unbound()
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(lambda a: a + 1, lambda a: a * 2)(5))
