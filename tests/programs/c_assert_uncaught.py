# an uncaught AssertionError with a message raised inside nested function calls
def validate(rows):
    for r in rows:
        check_row(r)
    return len(rows)
def check_row(row):
    assert len(row) == 2, 'bad row: %r' % (row,)
print(validate([(1, 2), (3, 4)]))
print(validate([(1, 2), (3, 4, 5)]))
print('unreachable')
