# statistics.NormalDist as quality-control and grading scripts use it
from statistics import NormalDist, StatisticsError
import random
n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode)
print(n.cdf(130), n.pdf(100), n.zscore(115), NormalDist().cdf(0), NormalDist().pdf(1))
for p in [0.5, 0.975, 0.025, 0.9, 0.999, 1e-10, 0.3, 0.7, 0.6]:
    a = NormalDist().inv_cdf(p)
    print(p, round(a, 11))
print([round(q, 9) for q in n.quantiles()], [round(q, 9) for q in NormalDist().quantiles(10)])
print(NormalDist(0, 1).overlap(NormalDist(1, 2)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(n + 5, n * 2, 2 * n, n / 3, -n, 10 - n, n - NormalDist(1, 1), n + NormalDist(3, 4), n == NormalDist(100, 15))
print(NormalDist.from_samples([1, 2, 3, 4, 5]), NormalDist().samples(3, seed=42))
random.seed(7)
print(NormalDist(5, 2).samples(2))
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist().overlap(3)]:
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(len({NormalDist(), NormalDist(0, 1)}))
