# uncaught: an assert failure with a computed message, after passing asserts and a caught AssertionError
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)


def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], "out of order at %d: %r > %r" % (i, xs[i], xs[i + 1])
    return True


assert True
assert 1 + 1 == 2, "arithmetic"
print(mean([1, 2, 3]), check_sorted([1, 2, 2, 5]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
print(check_sorted([3, 4, 9, 7, 10]))
