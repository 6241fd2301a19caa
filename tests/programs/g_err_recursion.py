# uncaught: RecursionError from unbounded recursion after a caught one (traceback with repeated frames)
import sys

sys.setrecursionlimit(100)


def walk(node):
    return 1 + walk(node)


try:
    walk(0)
except RecursionError as e:
    print("caught first:", e)
walk(1)
