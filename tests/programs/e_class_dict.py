# a class's __dict__ holds the names its body defines (not the inherited ones)
class A:
    x = 1
    def m(self):
        return 'm'
class B(A):
    y = 2
print('x' in A.__dict__, A.__dict__['x'], 'm' in A.__dict__, 'y' in A.__dict__)
print('y' in B.__dict__, 'x' in B.__dict__, B.__dict__['y'], B.x)
print(A.__dict__['m'](A()), A.__dict__.get('zz', 'missing'))
print(type(A.__dict__['m']).__name__)
class S:
    @staticmethod
    def s():
        return 's'
    @classmethod
    def c(cls):
        return 'c'
print(type(S.__dict__['s']).__name__, type(S.__dict__['c']).__name__)
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
print(sorted(k for k in B.__dict__ if not k.startswith('__')))
