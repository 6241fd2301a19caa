# dict(x), d.update(x), d |= x, {**x} and f(**x): x is a mapping when getattr(x, 'keys')
# finds something -- a method, an instance attribute or what __getattr__ gives -- and its
# items are then x[k] for each k of x.keys(); otherwise x is iterated as pairs.


class ViaGetattr:
    """keys comes from __getattr__; iterating gives other pairs (not used)."""

    def __init__(self, data):
        self._data = data

    def __getattr__(self, name):
        if name == 'keys':
            return self._data.keys
        raise AttributeError(name)

    def __getitem__(self, key):
        return self._data[key] * 10

    def __iter__(self):
        return iter([('iterated', True)])


class ViaInstance:
    """keys is an instance attribute."""

    def __init__(self):
        self.keys = lambda: ['a', 'b']

    def __getitem__(self, key):
        return key.upper()

    def __iter__(self):
        return iter([('iterated', True)])


class Pairs:
    """No keys at all: iterated as pairs; __getattr__ refuses keys."""

    def __getattr__(self, name):
        raise AttributeError(name)

    def __iter__(self):
        return iter([('p', 1), ['q', 2], 'rs'])


def kw(**kwargs):
    return kwargs


for label, x in [('getattr', ViaGetattr({'a': 1, 'b': 2})), ('instance', ViaInstance())]:
    print(label, 'dict', dict(x))
    print(label, 'dict+kw', dict(x, z=3))
    d = {'first': 0}
    d.update(x)
    print(label, 'update', d)
    d = {'first': 0}
    d.update(x, extra=1)
    print(label, 'update+kw', d)
    d = {}
    d |= x
    print(label, '|=', d)
    print(label, 'display', {'before': 1, **x, 'after': 2})
    print(label, 'call', kw(**x))
    print(label, 'call+kw', kw(c=0, **x))

print('pairs', dict(Pairs()))

# keys that is there but not callable; keys whose lookup raises something else
class KeysNotCallable:
    keys = 3

    def __iter__(self):
        return iter([])


class KeysLookupFails:
    def __getattr__(self, name):
        raise ValueError('looking up ' + name)


class ItemFails:
    def keys(self):
        return ['k']

    def __getitem__(self, key):
        raise AttributeError('no item ' + key)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('not callable', lambda: dict(KeysNotCallable()))
attempt('lookup fails', lambda: dict(KeysLookupFails()))
attempt('item fails dict', lambda: dict(ItemFails()))
attempt('item fails display', lambda: {**ItemFails()})
attempt('item fails call', lambda: kw(**ItemFails()))
attempt('display of int', lambda: {**5})
attempt('display of pairs', lambda: {**[(1, 2)]})
attempt('display of Pairs', lambda: {**Pairs()})
attempt('call with int', lambda: kw(**5))
attempt('call with Pairs', lambda: kw(**Pairs()))
attempt('call non-str key', lambda: kw(**{1: 2}))
attempt('call twice', lambda: kw(a=1, **ViaGetattr({'a': 1})))

# bad pair sequences
attempt('element not a sequence', lambda: dict([1]))
attempt('element too long', lambda: dict([(1, 2, 3)]))
attempt('second element short', lambda: dict([(1, 2), 'x']))
attempt('update element', lambda: {}.update([(1, 2), (3,)]))
attempt('not iterable', lambda: dict(5))
attempt('str pairs', lambda: dict(['ab', 'cd']))

# a dict subclass that iterates as dict: its items, not its keys()/__getitem__
class Loud(dict):
    def keys(self):
        print('  Loud.keys called')
        return dict.keys(self)

    def __getitem__(self, key):
        return 'overridden'


print('subclass', dict(Loud(a=1)), {**Loud(b=2)})


class OwnIter(dict):
    def __iter__(self):
        return iter(['a'])

    def keys(self):
        return ['a']

    def __getitem__(self, key):
        return 'via getitem'


print('subclass with __iter__', dict(OwnIter(a=1)))
