# exceptions: errors inside __init__ - validation, partially initialized objects, cleanup, subclass init failures
class Validated:
    instances = 0

    def __init__(self, name, age):
        if not isinstance(name, str):
            raise TypeError("name must be str, got " + type(name).__name__)
        self.name = name
        if age < 0:
            raise ValueError("age must be >= 0, got %d" % age)
        self.age = age
        Validated.instances += 1


made = []
for args in [("ann", 3), (5, 3), ("bob", -1), ("cy", 0)]:
    try:
        made.append(Validated(*args))
        print("made", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "for", args, "-", e)
print([v.name for v in made], Validated.instances)


class Registry:
    items = []


class Tracked:
    def __init__(self, value):
        Registry.items.append(self)  # registered before the failure
        self.value = 100 // value


for v in [5, 0, 20]:
    try:
        Tracked(v)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(len(Registry.items), [hasattr(t, "value") for t in Registry.items])


class Parent:
    def __init__(self, x):
        self.x = x
        self.check()

    def check(self):
        pass


class Child(Parent):
    def __init__(self, x, y):
        self.y = y
        super().__init__(x)

    def check(self):
        if self.x > self.y:
            raise ValueError("x=%d exceeds y=%d" % (self.x, self.y))


print(Child(1, 2).x)
try:
    Child(5, 2)
except ValueError as e:
    print("ValueError from Parent.__init__ via Child.check:", e)


class Resource:
    open_count = 0

    def __init__(self, fail):
        Resource.open_count += 1
        try:
            if fail:
                raise OSError("device busy")
            self.ok = True
        except OSError:
            Resource.open_count -= 1  # undo on failure
            raise


for fail in [False, True, False]:
    try:
        Resource(fail)
    except OSError as e:
        print("OSError:", e, "| open:", Resource.open_count)
print("open:", Resource.open_count)


class Lazy:
    def __init__(self, data):
        self.data = data
        self.first = data[0]
        self.total = sum(data)


for data in [[1, 2], [], ["a"], None]:
    try:
        o = Lazy(data)
        print("ok", o.first, o.total)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Validated()
except TypeError:
    print("TypeError for missing constructor arguments")
