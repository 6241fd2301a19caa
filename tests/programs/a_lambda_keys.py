# lambdas as sort/min/max keys, immediately invoked, in dicts, conditional bodies
people = [{'name': 'ann', 'age': 31}, {'name': 'bo', 'age': 25}, {'name': 'cy', 'age': 31}]
print([p['name'] for p in sorted(people, key=lambda p: p['age'])])
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['name']))])
print(max(people, key=lambda p: p['age'])['name'], min(people, key=lambda p: len(p['name']))['name'])
pts = [(3, 4), (-1, 0), (0, 2), (5, -5), (1, 1)]
print(sorted(pts, key=lambda t: t[0] ** 2 + t[1] ** 2))
print(sorted(pts, key=lambda t: t[1]), sorted(pts, key=lambda t: -t[0]))
print((lambda x, y=2: x ** y)(5), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b}
print([ops[name](7, 3) for name in sorted(ops)])
sign = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print([sign(n) for n in (-2, 0, 9)])
print(list(map(lambda s: s.upper(), ['a', 'b'])), list(filter(lambda n: n % 3 == 0, range(10))))
words = ['Delta', 'alpha', 'Charlie', 'bravo']
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))
adders = [(lambda n: (lambda x: x + n))(i) for i in range(3)]
print([f(10) for f in adders])
print((lambda: 'no args')(), type(lambda: 0).__name__)
data = {'b': 3, 'a': 3, 'c': 1}
print(sorted(data, key=lambda k: (data[k], k)), sorted(data.items(), key=lambda kv: -kv[1]))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
