# exec() and eval() with a mapping other than a dict as locals: the code's names go
# through its __getitem__ (so __missing__ counts), __setitem__ and __delitem__; a dict
# subclass as globals is accepted (its own dict is the module's names).
import collections


class Defaulting(dict):
    def __missing__(self, key):
        return 'missing:' + key


class Magic(dict):
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        return dict.__getitem__(self, key)


class Mapping:
    """Not a dict: a class with __getitem__, __setitem__ and __delitem__."""

    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if key == 'auto':
            return 'AUTO'
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


print(eval('x', {}, Defaulting()))
print(eval('magic', {}, Magic()))
print(eval('len', {}, Mapping()), eval('auto', {'auto': 'global'}, Mapping()))
ns = Mapping()
exec('a = 1\nb = a + 1\nprint(auto, b)\ndel a', {}, ns)
print(ns.data)
print(eval('b * 10', {}, ns))
exec('def f():\n    return 7\nz = f()', {}, ns)
print(ns.data['z'], sorted(ns.data))
exec('class A:\n    v = 1\nw = A.v', {}, ns)
print(ns.data['w'])
exec('from math import floor\nfrom string import *\nq = floor(2.5)', {}, ns)
print(ns.data['q'], 'ascii_letters' in ns.data)
exec('lv = locals()', {}, ns)
print(ns.data['lv'] is ns)
cm = collections.ChainMap({'p': 1}, {'q': 2})
print(eval('p + q', {}, cm))
exec('r = p + q', {}, cm)
print(cm.maps[0])

# a dict subclass as globals: its dict holds the names
g = Defaulting(base=5)
exec('y = base + 1\ndef get():\n    return y', g)
print(g['y'], type(g).__name__, g['get']())


def in_function():
    loc = Defaulting()
    try:
        exec('k = 3\nprint(k, other)', None, loc)
    except TypeError as e:
        print('TypeError', e)          # print is found in loc: 'missing:print'
    print(loc)


in_function()


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError', e)


attempt('eval locals int', lambda: eval('1', {}, 5))
attempt('exec locals int', lambda: exec('1', {}, 5))
attempt('eval globals mapping', lambda: eval('1', Mapping()))
attempt('exec globals mapping', lambda: exec('1', Mapping()))
attempt('eval globals list', lambda: eval('1', [1]))
