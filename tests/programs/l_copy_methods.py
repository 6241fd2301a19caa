# copy.copy and copy.deepcopy of bound methods (an object holding a callback to itself),
# as CPython's copy module: deepcopy binds the function to the copy of its self.
import copy
class A:
    def __init__(self):
        self.items = [1, 2]
        self.cb = self.report
    def report(self):
        return len(self.items)
    @classmethod
    def make(cls):
        return cls()
a = A()
b = copy.deepcopy(a)
b.items.append(3)
print(a.cb(), b.cb(), b.cb.__self__ is b, a.cb.__self__ is a)
m = copy.copy(a.report)
print(m(), m.__self__ is a, m is a.report, m == a.report)
d = copy.deepcopy(A.make)
print(d.__self__ is A, type(d().items))
print(copy.deepcopy([a.report, a.report])[0].__self__ is not a)
