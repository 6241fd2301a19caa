# list comprehensions: nested loops, filters, conditional values, scoping of the loop variable
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[x * y for y in range(3)] for x in range(3)])
print([c for word in ['ab', 'cd'] for c in word], [w for w in 'a b c'.split() if w != 'b'])
print([(i, j) for i in range(3) for j in range(i)], [v if v > 0 else 0 for v in [-1, 2, -3, 4]])
x = 'outer'
squares = [x * x for x in range(5)]
print(x, squares)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
words = ['apple', 'Bob', 'cat', 'Dave']
print([w.upper() if w[0].islower() else w.lower() for w in words if len(w) > 2])
print({w: len(w) for w in words}, {i: [j for j in range(i)] for i in range(3)})
flags = [[] for _ in range(2)]
flags[0].append('only first')
print(flags, [[]] * 0, [i for i in []], [None for _ in 'abc'])
n = 3
print([[0] * n for _ in range(n)], [sum(r) for r in matrix], sum([sum(r) for r in matrix]))
