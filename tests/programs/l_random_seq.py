# random: the same sequences as CPython for the same seed
import random

random.seed(12345)
print([round(random.random(), 12) for i in range(4)])
print(random.random())
print([random.randint(1, 6) for i in range(15)])
print([random.randrange(100) for i in range(8)])
print([random.randrange(-50, 50, 7) for i in range(8)], random.randrange(10, 0, -3))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
      random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
print(random.randrange(2 ** 80), random.randint(-2 ** 70, 2 ** 70))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.choice('abcdefgh'), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.uniform(-1.0, 1.0), random.uniform(5, 10))
print(random.gauss(0.0, 1.0), random.gauss(), random.gauss(100, 15))
print(random.sample(range(100), 6), random.sample('abcdefghij', 3))
print(random.sample(range(10000), 12))
print(random.sample(['red', 'blue'], k=5, counts=[4, 2]))
print(random.choices('xyz', k=6), random.choices('xyz', weights=[5, 1, 1], k=6))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 11], k=6))
print(random.triangular(), random.triangular(0, 10, 8), random.expovariate(2.0))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(4.5, 1))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))

# seeds of every supported kind, negative and big ints, and separate generators
for seed in [0, 1, -1, 42, 2 ** 32, 2 ** 32 - 1, -(2 ** 100) - 7, 3.25, True]:
    r = random.Random(seed)
    print(seed, r.random(), r.randrange(1000000), r.getrandbits(40))

a = random.Random(7)
b = random.Random(7)
print([a.random() for i in range(3)] == [b.random() for i in range(3)])
state = a.getstate()
first = [a.randint(0, 1000) for i in range(5)]
a.setstate(state)
print(first == [a.randint(0, 1000) for i in range(5)], first)
print(len(state), state[0], len(state[1]), state[1][-1])
# randbytes: from getrandbits, so the same bytes as CPython for a seed
random.seed(12345)
print(random.randbytes(0), random.randbytes(5), random.Random(7).randbytes(9).hex())
