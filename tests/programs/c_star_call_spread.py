# calling with *seq and **dict: mixing with positional/keyword args, multiple spreads, errors
def show(a, b, c=0, *rest, d=None, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))
args = [1, 2, 3, 4]
opts = {'d': 'D', 'z': 26}
print(show(*args))
print(show(*args, **opts))
print(show(0, *[1], **{'c': 9}))
print(show(*'xy', *(5, 6), 7))
print(show(**{'a': 1, 'b': 2}, e=5))
print(show(*range(2), **dict(d=1), **{'f': 2}))
print(show(*(), a=1, b=2))
def total(*nums):
    return sum(nums)
print(total(*[]), total(*[1, 2], 3, *(4,)), total(*range(10)))
def kw_only(**kw):
    return list(kw)
print(kw_only(**{'b': 1, 'a': 2}), kw_only(x=1, **{'y': 2}))
print(*[1, 2, 3], sep='-')
print(*'abc')
print(*[], 'only')
for bad_call in [lambda: show(*[1], **{'a': 2}),
                 lambda: show(1, 2, **{1: 2}),
                 lambda: show(1, **{'c': 3})]:
    try:
        bad_call()
    except TypeError as e:
        print('TypeError:', e)
