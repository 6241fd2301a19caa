# Builtins deleted or rebound by the program are not what the interpreter itself
# calls: list.__reversed__ still reverses without builtins.reversed, and the
# "Did you mean" of an uncaught AttributeError is found without builtins.dir.
import builtins

saved_reversed = builtins.reversed
del builtins.reversed
del builtins.dir
print(list([1, 2, 3].__reversed__()))
try:
    reversed([1])
except NameError as e:
    print("NameError:", e)
builtins.reversed = lambda seq: "rebound"
print(list([4, 5].__reversed__()))
print(reversed([4, 5]))
builtins.reversed = saved_reversed      # (python3's threading uses it at exit)


class Point:
    def __init__(self):
        self.xcoord = 1


Point().xcord
