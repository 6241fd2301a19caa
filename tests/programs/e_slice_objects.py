# slice(): construction, attributes, use as an index
s = slice(1, 3)
print(s.start, s.stop, s.step)
print(slice(5).start, slice(5).stop, slice(5).step)
print(slice(1, 10, 2).step, slice(None, None, -1).step)
lst = [0, 1, 2, 3, 4, 5, 6]
print(lst[slice(1, 3)], lst[slice(None, None, -2)], lst[slice(4)], lst[slice(-3, None)])
print('abcdef'[slice(1, 5, 2)], (1, 2, 3, 4)[slice(2)], 'hello'[slice(None, None, -1)])
print(lst[s] == lst[1:3], type(s).__name__, isinstance(s, slice))
lst[slice(0, 2)] = ['a', 'b', 'c']
print(lst)
del lst[slice(0, 3)]
print(lst)
print(repr(slice(1, 2)), repr(slice(None)), str(slice(1, 2, 3)))
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
q = Seq()
print(q[1:2], q[::3], q[5], q[slice(7)])
try:
    slice()
except TypeError as e:
    print('TypeError', e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
