# an uncaught exception: traceback to stderr, exit status 1
def inner(x):
    return x // 0


def outer():
    print("before")
    return inner(3)


outer()
print("never")
