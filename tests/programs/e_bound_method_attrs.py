# bound methods have __self__, __func__ and __name__
class A:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return cls.__name__
a = A()
bm = a.m
print(bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm())
print(A.cm.__self__ is A, A.cm.__func__.__name__, a.cm.__self__ is A)
print(bm.__func__(a), type(bm).__name__)
print([].append.__self__ == [], 'abc'.upper.__self__)
m2 = a.m
print(m2.__self__ is bm.__self__, m2.__func__ is bm.__func__)
