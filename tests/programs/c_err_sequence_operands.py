# + and * of a str, list or tuple with an object whose class declines: CPython's
# sequence messages (can only concatenate..., can't multiply sequence by non-int...)
class A: pass
for f in [lambda: 'x' + A(), lambda: [1] + A(), lambda: (1,) + A(), lambda: 'x' * A(),
          lambda: A() * [1], lambda: A() + 'x', lambda: 'x' * 2.0, lambda: [1] + None]:
    try:
        f()
    except TypeError as e:
        print(e)
s = 'a'
try:
    s += A()
except TypeError as e:
    print(e)
l = [1]
try:
    l *= A()
except TypeError as e:
    print(e)
