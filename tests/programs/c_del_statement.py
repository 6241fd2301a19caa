# del of names, list items and slices, dict keys, attributes; errors after deletion
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print('NameError:', e)
lst = list(range(8))
del lst[1], lst[1]
print(lst)
del lst[::3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
class C:
    cls_attr = 'class'
    def __init__(self):
        self.attr = 'inst'
c = C()
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print('AttributeError:', e)
try:
    del c.cls_attr
except AttributeError as e:
    print('AttributeError:', e)
del C.cls_attr
print(hasattr(c, 'cls_attr'))
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
del nested[:]
print(nested)
g = 5
def kill_global():
    global g
    del g
kill_global()
try:
    g
except NameError as e:
    print('NameError:', e)
