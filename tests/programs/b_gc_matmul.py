# GC workload: small matrix multiplication with nested lists, identity, power, transpose
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = []
    for i in range(n):
        row = []
        for j in range(p):
            s = 0
            for k in range(m):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(a):
    return [list(col) for col in zip(*a)]


def mpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(b, a))
print(transpose(a), matmul(a, identity(3)) == a)
fib = mpow([[1, 1], [1, 0]], 90)
print("fib90", fib[0][1])
m = [[(i * 7 + j * 3) % 11 for j in range(12)] for i in range(12)]
sq = matmul(m, m)
print(sum(sum(r) for r in sq), sq[3][:4], max(max(r) for r in sq))
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
trace = 0
for it in range(20):
    x = matmul(m, identity(12))
    trace += sum(x[i][i] for i in range(12))
print("trace", trace)
