# 'x in obj' for an obj that cannot be iterated: CPython's message (any TypeError from
# iter() becomes "argument of type ... is not iterable"); the __getitem__ protocol
try: 'x' in None
except TypeError as e: print(e)
try: 1 in 5
except TypeError as e: print(e)
class A:
    def __iter__(self): raise TypeError('mine')
try: 1 in A()
except TypeError as e: print(e)
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(2 in G(), 5 in G())
