# small board-game search: sudoku solver, tic-tac-toe minimax, knight's tour, flood fill
import random

PUZZLE = ("53..7...." "6..195..." ".98....6." "8...6...3" "4..8.3..1" "7...2...6" ".6....28." "...419..5" "....8..79")


def solve(board):
    try:
        i = board.index('.')
    except ValueError:
        return board
    r, c = divmod(i, 9)
    used = set()
    for k in range(9):
        used.add(board[r * 9 + k])
        used.add(board[k * 9 + c])
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for dr in range(3):
        for dc in range(3):
            used.add(board[(br + dr) * 9 + bc + dc])
    for d in '123456789':
        if d not in used:
            res = solve(board[:i] + d + board[i + 1:])
            if res:
                return res
    return None


sol = solve(PUZZLE)
for r in range(0, 81, 27):
    print(sol[r:r + 9], sol[r + 9:r + 18], sol[r + 18:r + 27])

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for x, y, z in LINES:
        if b[x] != ' ' and b[x] == b[y] == b[z]:
            return b[x]
    return None


memo = {}


def minimax(b, player):
    key = (b, player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        res = (1 if w == 'X' else -1), None
    elif ' ' not in b:
        res = 0, None
    else:
        best = None
        for i, ch in enumerate(b):
            if ch == ' ':
                nb = b[:i] + player + b[i + 1:]
                score, _ = minimax(nb, 'O' if player == 'X' else 'X')
                if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                    best = (score, i)
        res = best
    memo[key] = res
    return res


print(minimax(' ' * 9, 'X'), len(memo), minimax('XO X O   ', 'X'))


def knights_tour(n, start):
    moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]
    board = [[0] * n for _ in range(n)]

    def degree(x, y):
        return sum(1 for dx, dy in moves if 0 <= x + dx < n and 0 <= y + dy < n and not board[x + dx][y + dy])

    x, y = start
    board[x][y] = 1
    for step in range(2, n * n + 1):
        cands = [(degree(x + dx, y + dy), x + dx, y + dy) for dx, dy in moves
                 if 0 <= x + dx < n and 0 <= y + dy < n and not board[x + dx][y + dy]]
        if not cands:
            return None
        _, x, y = min(cands)
        board[x][y] = step
    return board


for row in knights_tour(6, (0, 0)):
    print(' '.join('%2d' % v for v in row))
rng = random.Random(42)
grid = [[rng.choice('..#') for _ in range(12)] for _ in range(6)]


def flood(grid, r, c):
    stack = [(r, c)]
    seen = set()
    while stack:
        r, c = stack.pop()
        if (r, c) in seen or not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != '.':
            continue
        seen.add((r, c))
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return seen


regions = []
done = set()
for r in range(6):
    for c in range(12):
        if grid[r][c] == '.' and (r, c) not in done:
            reg = flood(grid, r, c)
            done |= reg
            regions.append(len(reg))
print(sorted(regions, reverse=True), sum(row.count('#') for row in grid))
print(rng.randint(1, 100), rng.random() < 1, rng.sample(range(10), 3), rng.choice('xyz'), rng.uniform(1, 2) < 2)
deck = list(range(10))
rng.shuffle(deck)
print(sorted(deck) == list(range(10)), rng.getrandbits(16) < 65536, rng.randrange(0, 100, 5) % 5)
