# global and nonlocal: rebinding module and enclosing names, shadowing, counters
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def shadow():
    count = 100
    return count
print(shadow(), count)
def make_global():
    global created
    created = 'made inside'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    def reader():
        return x
    inner()
    return x, reader()
print(outer())
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
inc2, get2 = counter()
inc2()
print(get(), get2())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 10
        level3()
        return v
    r = level2()
    return v, r
print(level1())
total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
add_all(1, 2, 3)
print(total)
def read_only():
    return count + total
print(read_only())
