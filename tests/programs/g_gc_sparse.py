# GC workload: sparse vectors and matrices as dicts - add, dot, scale, multiply, prune zeros
class SparseVec:
    def __init__(self, entries=None):
        self.d = {}
        if entries:
            for k in entries:
                if entries[k] != 0:
                    self.d[k] = entries[k]

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        if v == 0:
            if k in self.d:
                del self.d[k]
        else:
            self.d[k] = v

    def __add__(self, other):
        out = SparseVec(self.d)
        for k in other.d:
            out[k] = out[k] + other.d[k]
        return out

    def __sub__(self, other):
        return self + other.scale(-1)

    def scale(self, c):
        return SparseVec(dict([(k, v * c) for k, v in self.d.items()]))

    def dot(self, other):
        a, b = self.d, other.d
        if len(a) > len(b):
            a, b = b, a
        total = 0
        for k in a:
            if k in b:
                total += a[k] * b[k]
        return total

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return "SparseVec(%s)" % (sorted(self.d.items()),)


u = SparseVec({0: 1, 5: 2, 9: -3, 4: 0})
v = SparseVec({5: 4, 9: -1, 100: 7})
print(u, v, len(u), len(v))
print(u + v, u - u, len(u - u))
print(u.dot(v), v.dot(u), u[5], u[6])
w = u.scale(0)
print(w, len(w))
u[5] = 0
u[1000] = 1
print(u)


def spmat_mul(a, b):
    # a, b: dict row -> SparseVec; b rows indexed by column of a
    out = {}
    for i in a:
        row = SparseVec()
        for k, av in a[i].d.items():
            if k in b:
                for j, bv in b[k].d.items():
                    row[j] = row[j] + av * bv
        if len(row):
            out[i] = row
    return out


def lcg(seed):
    state = [seed]

    def nxt(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return (state[0] >> 16) % n
    return nxt


rnd = lcg(42)
N = 60
A = {}
B = {}
for t in range(300):
    i, j = rnd(N), rnd(N)
    A.setdefault(i, SparseVec())[j] = rnd(9) - 4
    B.setdefault(rnd(N), SparseVec())[rnd(N)] = rnd(5) + 1
C = spmat_mul(A, B)
nnz = sum([len(r) for r in C.values()])
trace = sum([C[i][i] for i in C])
checksum = 0
for i in sorted(C):
    for j, val in sorted(C[i].d.items()):
        checksum = (checksum * 31 + i * 7 + j * 3 + val) % 1000000007
print("rows", len(C), "nnz", nnz, "trace", trace, "checksum", checksum)

# power iteration-ish on a tiny sparse matrix, floats
M = {0: SparseVec({0: 2.0, 1: 1.0}), 1: SparseVec({0: 1.0, 1: 3.0, 2: 1.0}), 2: SparseVec({1: 1.0, 2: 4.0})}
x = SparseVec({0: 1.0, 1: 1.0, 2: 1.0})
for it in range(30):
    y = SparseVec()
    for i in M:
        y[i] = M[i].dot(x)
    norm = max([abs(val) for val in y.d.values()])
    x = y.scale(1.0 / norm)
print("eigen %.6f" % norm, ["%.5f" % x[i] for i in range(3)])
