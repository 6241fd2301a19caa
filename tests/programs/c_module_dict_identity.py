# A module's dict is one object: m.__dict__, vars(m), globals() in the module and
# f.__globals__ of its functions; what is written through any of them, or bound by the
# module's code, setattr or del, is seen through all of them.
import os
import sys
import types

sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'importable'))
import imp_module_dict as m

d = m.__dict__
print('same object:', d is m.__dict__, vars(m) is d, m.own_globals() is d,
      m.get_x.__globals__ is d, type(d).__name__)

d['X'] = 2
print('item write:', m.X, m.get_x())
m.X = 3
print('setattr:', d['X'], m.get_x())
m.set_global('Y', 'set inside')
print('globals() write:', d['Y'], m.Y)
del m.Y
print('delattr:', 'Y' in d, m.lookup('Y'))
d.update(Z=26)
print('update:', m.Z, m.lookup('Z'))
print('pop:', d.pop('Z'), hasattr(m, 'Z'))
d.setdefault('W', 'w')
print('setdefault:', m.W)
d |= {'V': 'v'}
print('|=:', m.V, m.lookup('V'))
del d['V']
print('del item:', hasattr(m, 'V'))

# __main__: globals(), vars() and sys.modules[__name__].__dict__
g = globals()
print('main:', g is globals(), vars() is g, sys.modules[__name__].__dict__ is g)
a = 10
print('bound later:', g['a'])
g['b'] = 20
print('item write:', b)
del a
print('unbound:', 'a' in g)
for i in range(3):
    pass
print('loop variable:', g['i'])


def set_c():
    global c
    c = 5


set_c()
print('global statement:', g['c'])
exec('e = 7')
print('exec without dicts:', g['e'], e)
exec('f = 8', g)
print('exec with globals():', g['f'], f)
from math import floor
print('import:', g['floor'] is floor)
g.setdefault('sd', 9)
print('setdefault:', sd)
g.update(up=1)
print('update:', up)

# a module made at run time
mod = types.ModuleType('made')
md = mod.__dict__
mod.q = 1
md['r'] = 2
print('ModuleType:', md is vars(mod), md['q'], mod.r,
      sorted(k for k in md if not k.startswith('__')))
exec('s = q + r', md)
print('exec in its dict:', mod.s, md is mod.__dict__)
