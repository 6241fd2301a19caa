# uncaught IndexError from an off-by-one loop inside a nested function
def pairwise_sums(xs):
    out = []
    for i in range(len(xs)):
        out.append(xs[i] + xs[i + 1])
    return out
def run():
    print('start')
    return pairwise_sums([1, 2, 3, 4])
print(run())
