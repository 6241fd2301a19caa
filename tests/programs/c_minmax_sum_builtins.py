# min/max with several args, iterables, key, default; sum with start; abs; errors
print(max(3, 1, 2), min(3, 1, 2), max([4, 8, 2]), min('hello'), max('abc', 'abd'), max((1, 2), (1, 3)))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max('a', 'B', key=str.lower))
print(max([], default='empty'), min([], default=None), max([7], default=0), min([2, 1], default=9))
print(max([1, 1.0]), max([1.0, 1]), min([True, 1]), max(['a', 'b'], key=lambda s: 0))
print(max({'x': 1, 'y': 2}), min(range(5, 10)), max('z', 'a', 'm', key=ord))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([True, True]), sum([1.5, 2]), sum(((1, 2), (3,)), ()), abs(-7), abs(7.25), abs(-0))
def attempt(desc, fn):
    try:
        print(desc, fn())
    except (TypeError, ValueError) as e:
        print(desc, type(e).__name__ + ':', e)
attempt('max([])', lambda: max([]))
attempt('min([])', lambda: min([]))
attempt('max()', lambda: max())
attempt('max(1)', lambda: max(1))
attempt("max(1, 'a')", lambda: max(1, 'a'))
attempt("sum(['a'])", lambda: sum(['a', 'b']))
attempt("sum([1], 'x')", lambda: sum([1], 'x'))
attempt("abs('x')", lambda: abs('x'))
attempt('min(1, 2, default=0)', lambda: min(1, 2, default=0))
