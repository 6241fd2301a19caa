# uncaught KeyError with a tuple key raised inside a lookup helper, after a caught one
grid = {(0, 0): 'a', (0, 1): 'b'}
def cell(r, c):
    return grid[(r, c)]
try:
    cell(5, 5)
except KeyError as e:
    print('KeyError:', e)
def row(r, width):
    return ''.join([cell(r, c) for c in range(width)])
print(row(0, 2))
print(row(0, 3))
