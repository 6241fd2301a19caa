# function attributes __defaults__, __kwdefaults__, __code__ (co_* fields)
def f(a, b=2, *, c=3): pass
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
def g(x, /, y, *args, z, w=5, **kw):
    q = 1
print(g.__defaults__, g.__kwdefaults__, g.__code__.co_name, g.__code__.co_varnames, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
print(g.__code__.co_firstlineno, g.__code__.co_filename.endswith('.py'), type(g.__code__).__name__)
class K:
    def m(self, n=[1]): pass
print(K.m.__defaults__, K().m.__defaults__, K.m.__code__.co_qualname, (lambda: 0).__defaults__, (lambda p=1: 0).__code__.co_name)
