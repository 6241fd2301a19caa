# The special attributes of functions and classes that CPython makes read-only.
def f():
    return 1


class A:
    pass


for target, name, value in [(f, '__globals__', {}), (f, '__closure__', None),
                            (A, '__mro__', ()), (A, '__dict__', {})]:
    try:
        setattr(target, name, value)
        print(name, 'stored')
    except AttributeError as e:
        print(name, e)
f.__doc__ = 'documented'
f.__module__ = 'elsewhere'
A.__doc__ = 'a class'
print(f.__doc__, f.__module__, A.__doc__, f())
