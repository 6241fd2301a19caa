# special methods: truthiness via __bool__ and __len__, len() errors
class Empty:
    def __len__(self):
        return 0


class Three:
    def __len__(self):
        return 3


class Falsy:
    def __bool__(self):
        return False


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


for obj in (Empty(), Three(), Falsy(), Both(), Neither()):
    name = type(obj).__name__
    print(name, bool(obj), "yes" if obj else "no", not obj)
print(len(Empty()), len(Three()), len(Both()))
try:
    len(Neither())
except TypeError:
    print("TypeError no len")


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError:
    print("TypeError __bool__ returned int")


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError:
    print("ValueError negative len")
items = [Empty(), Three(), Falsy(), Both()]
print([type(x).__name__ for x in items if x])
print(any([Empty(), Falsy()]), all([Three(), Both()]))
x = Empty() or "fallback"
y = Three() and "second"
print(x, y)
n = 0
w = Three()
while w:
    n += 1
    if n > 2:
        break
print("loops", n)
