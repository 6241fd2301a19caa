# Method and class-attribute lookups while classes change (run by test_lookup_snapshot.py
# with the free-threaded lookup snapshots on, and by python3).
class Base:
    kind = 'base'

    def describe(self):
        return 'Base.describe ' + self.kind


class Child(Base):
    def extra(self):
        return 'extra'


c = Child()
for i in range(3):
    print(c.describe(), c.extra(), hasattr(c, 'missing'))
Child.kind = 'child'                 # a class attribute bound after creation
print(c.describe())
Base.describe = lambda self: 'replaced ' + self.kind
print(c.describe())
del Child.kind
print(c.describe(), Child.kind)
Child.missing = 5                    # a name the cache had recorded as missing
print(hasattr(c, 'missing'), c.missing)
del Base.describe
try:
    c.describe()
except AttributeError as e:
    print('AttributeError', e)
total = 0
for i in range(200):
    total += len(c.extra())
print(total)
