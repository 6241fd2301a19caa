# statistics.NormalDist.inv_cdf and quantiles compared with CPython to the last digit:
# 411 quantiles across the centre and both tails (Wichura's AS 241).
from statistics import NormalDist
import random
r = random.Random(5)
ps = [r.random() for i in range(300)] + [10.0 ** -k for k in range(1, 300, 7)] + [1 - 10.0 ** -k for k in range(1, 16)] + [0.425 + 0.5, 0.075, 0.5]
n = NormalDist(3, 2)
out = [repr(NormalDist().inv_cdf(p)) for p in ps] + [repr(n.inv_cdf(p)) for p in ps[:50]]
print(len(out))
for o in out: print(o)
print(out[:3], out[-3:])
print(n.quantiles(10))
