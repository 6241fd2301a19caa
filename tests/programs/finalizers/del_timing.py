# When does __del__ run?  CPython (and gclab's refcount plans): as soon as the last
# reference goes.  The tracing plans: when a collection finds the object (here: the
# gc.collect() call).  `none` never frees, so never calls __del__ (but at exit).
# The expected outputs that differ from python3's are del_timing.<kind>.out.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('  __del__', self.name)


x = Noisy('x')
print('del x')
del x
print('after del x')
y = Noisy('y')
print('y = None')
y = None
print('gc.collect()')
gc.collect()
print('after gc.collect()')


def f():
    z = Noisy('z')
    print('return from f')


f()
print('after f()')
gc.collect()
print('end')
