# GC workload: 8-queens by backtracking, counting all solutions and printing the first
def solve(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 7):
    print(n, len(solve(n)))
sols = solve(8)
print("8 queens:", len(sols))
first = sols[0]
print(first)
for c in first:
    print("".join("Q" if i == c else "." for i in range(8)))
print(sols[-1], sum(sum(s) for s in sols))
