# an uncaught KeyError from set.remove, raised two calls deep: python3's traceback
def take(pool, item):
    pool.remove(item)
    return len(pool)


def run():
    pool = {'a', 'b'}
    print(take(pool, 'a'))
    print(take(pool, ('missing', 1)))


run()
