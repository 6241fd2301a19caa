# weakref.WeakMethod: the method while its object lives, None (and the callback, once)
# after the object dies and gc.collect() has run
import gc
import weakref


class C:
    def m(self):
        return 'm of %s' % self.name

    def __init__(self, name):
        self.name = name


log = []
c = C('c')
wm = weakref.WeakMethod(c.m, lambda w: log.append(w is wm))
print('alive:', wm()(), wm() == c.m, wm == weakref.WeakMethod(c.m), log)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('not a method: TypeError', e)
del c
gc.collect()
print('after collect:', wm() is None, log)
