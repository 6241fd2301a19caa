# Generators nest as calls do: the recursion limit applies, and exhausted or
# re-entered generators behave as CPython's.
def forever():
    yield from forever()


try:
    next(forever())
except RecursionError as e:
    print('RecursionError', e)


def depth(n):
    if n == 0:
        yield 0
    else:
        for d in depth(n - 1):
            yield d + 1


print(list(depth(200)))
import sys
sys.setrecursionlimit(100)
try:
    list(depth(300))
except RecursionError as e:
    print('limited', e)
sys.setrecursionlimit(1000)
print(list(depth(50))[-1])


def once():
    yield 1


g = once()
print(list(g), list(g), next(g, 'done'))
