# statistics: mean/fmean/geometric_mean/harmonic_mean (weights), the medians,
# median_grouped, mode/multimode, quantiles (both methods), variance/pvariance/stdev/
# pstdev (with xbar/mu) on ints, floats, Fractions and mixtures (exact sums, result
# types, correctly rounded square roots), covariance/correlation/linear_regression,
# StatisticsError messages and the TypeErrors for mixed or non-numeric data
import statistics
from statistics import (StatisticsError, mean, fmean, median, variance, pvariance, stdev,
                        pstdev, quantiles, linear_regression)
from fractions import Fraction as F

print(issubclass(StatisticsError, ValueError))


def show(name, *args, **kwargs):
    try:
        r = getattr(statistics, name)(*args, **kwargs)
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [
    [1, 2, 3, 4, 4],
    [1, 3],
    [2, 4, 4, 4, 5, 5, 7, 9],
    [0.1, 0.2, 0.3, 0.4],
    [1e50, 1.0, -1e50, 3.0],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [F(1, 6), F(1, 2), F(5, 3)],
    [F(3, 7), F(1, 21), F(5, 3), F(1, 3)],
    [1, 2.5, 4],
    [F(1, 3), 0.5, 2],
    [True, False, True],
    [10 ** 20 + 1, 10 ** 20 + 3, 10 ** 20 + 8],
    [1e9 + 0.001, 1e9 + 0.002, 1e9 + 0.0035, 1e9],
    [5e-324, 1e-323, 2e-323],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [7],
    [7.5],
    [],
]
names = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low',
         'median_high', 'median_grouped', 'mode', 'multimode', 'variance', 'pvariance',
         'stdev', 'pstdev']
for d in datasets:
    print('--', d)
    for name in names:
        show(name, d)

# pseudo-random data (a simple LCG, so python3 and gclab see the same numbers)
state = 12345


def rnd():
    global state
    state = (state * 1103515245 + 12345) % (1 << 31)
    return state


for k in range(4):
    n = 2 + rnd() % 9
    ints = [rnd() % 1000 - 500 for i in range(n)]
    floats = [(rnd() % 100000) / 7.0 - 5000 for i in range(n)]
    fracs = [F(rnd() % 200 - 100, 1 + rnd() % 40) for i in range(n)]
    for d in (ints, floats, fracs):
        print(k, mean(d), variance(d), pvariance(d), stdev(d), pstdev(d), median(d),
              fmean(d), quantiles(d, n=4), quantiles(d, n=5, method='inclusive'))

# given means
show('variance', [1, 2, 3, 4], 2.5)
show('variance', [1, 2, 3], 2)
show('pvariance', [1.5, 2.5, 3.5], 2)
show('stdev', [1, 2, 3, 4], F(5, 2))
show('pstdev', [F(1), F(2)], 1)

# infinities and NaNs
show('mean', [1, float('inf')])
show('mean', [float('inf'), float('-inf')])
show('variance', [1.0, float('inf'), 3.0])
show('mean', [float('nan'), 2])

# weights
show('fmean', [3.5, 4.0, 5.25], [1, 2, 3])
show('fmean', [F(1, 3), 2], [3, 3])
show('fmean', [1, 2], [1])
show('fmean', [1, 2], [0, 0])
show('fmean', [])
show('fmean', iter([1, 2, 4]))
show('harmonic_mean', [40, 60])
show('harmonic_mean', [40, 60], weights=[5, 30])
show('harmonic_mean', [F(1, 2), F(1, 3)], [1, 2])
show('harmonic_mean', [1, 0, 3])
show('harmonic_mean', [1, -2, 3])
show('harmonic_mean', [0, -2])
show('harmonic_mean', [-2])
show('harmonic_mean', [2.5])
show('harmonic_mean', ['a'])
show('harmonic_mean', [1, 2], [1])
show('harmonic_mean', [1, 2], [0, 0])
show('harmonic_mean', [1, 2], [-1, 2])
show('harmonic_mean', [])
show('geometric_mean', [54, 24, 36])
show('geometric_mean', [1, 0])
show('geometric_mean', [])
show('geometric_mean', [F(1, 2), 8])

# medians, modes, quantiles
show('median', [5, 3, 1])
show('median', [1, 3, 5, 7])
show('median_grouped', [52, 52, 53, 54])
show('median_grouped', [1, 3, 3, 5, 7], interval=1)
show('median_grouped', [1, 3, 3, 5, 7], interval=2)
show('median_grouped', [25] * 172 + [35] * 484 + [45] * 387 + [55] * 22, 10)
show('median_low', [])
show('mode', [1, 1, 2, 3, 3, 3, 3, 4])
show('mode', ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
show('mode', ['red', 'red', 'green', 'blue', 'blue'])
show('mode', 'aabbbc')
show('mode', [])
show('multimode', 'aabbbbccddddeeffffgg')
show('multimode', '')
show('multimode', [1, 2, 3])
for meth in ('exclusive', 'inclusive'):
    for n in (1, 2, 3, 4, 10):
        show('quantiles', [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110], n=n, method=meth)
        show('quantiles', [1.5, 2.25], n=n, method=meth)
        show('quantiles', [F(1, 3), F(1, 2), F(5, 7)], n=n, method=meth)
show('quantiles', [1, 2, 3], n=0)
show('quantiles', [1])
show('quantiles', [1, 2], method='median')

# two inputs
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
show('covariance', x, y)
show('covariance', x, z)
show('correlation', x, x)
show('correlation', x, z)
show('correlation', x, y)
show('correlation', [1, 1, 1], [1, 2, 3])
show('correlation', [1, 2], [1, 2, 3])
show('covariance', [1], [2])
r = linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.1, 11.3])
print(r, r.slope, r.intercept)
print(linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.1, 11.3], proportional=True))
print(linear_regression([F(1, 2), F(3, 2), 4], [1, 2, 2]))
show('linear_regression', [2, 2, 2], [1, 2, 3])
show('linear_regression', [2], [1])
show('linear_regression', [1, 2], [1])

# errors
for name in names:
    show(name, [])
for name in ('variance', 'stdev'):
    show(name, [1])
show('mean', [1, 'a'])
show('mean', ['a', 'b'])
show('variance', [None, 1])
try:
    mean([1.5, F(1, 2), 2])
    print('float and Fraction mix to', type(mean([1.5, F(1, 2), 2])).__name__)
except TypeError as e:
    print('TypeError', e)
try:
    raise StatisticsError('custom')
except ValueError as e:
    print(type(e).__name__, e)
