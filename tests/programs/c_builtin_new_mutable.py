# list/dict/set/bytearray.__new__ make an empty object; __init__ fills it
print(dict.__new__(dict, a=1), dict.__new__(dict, {'b': 2}))
print(list.__new__(list, [1, 2]), set.__new__(set, [1]), bytearray.__new__(bytearray, b'ab'))
print(tuple.__new__(tuple, [1, 2]), int.__new__(int, '7'), str.__new__(str, 5))
d = dict.__new__(dict)
d.__init__({'x': 1}, y=2)
print(sorted(d.items()))


class D(dict):
    pass


e = D.__new__(D, z=3)
print(type(e).__name__, e)
