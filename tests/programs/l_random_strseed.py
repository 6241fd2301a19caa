# random: seeding from a str hashes it with SHA-512, as CPython's version 2 seeding does
import random

random.seed('hello world')
print(random.random(), random.randint(0, 99))
random.seed('spam', version=1)
print(random.random())
