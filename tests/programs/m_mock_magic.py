from unittest.mock import Mock, MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock, call

m = MagicMock()
print(len(m), list(m), 3 in m, bool(m), int(m), float(m), complex(m))
print(m.__len__.called, m.__iter__.call_count)
m.__len__.return_value = 7
m.__iter__.return_value = [1, 2, 3]
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__int__.return_value = 9
print(len(m), list(m), list(m), 'x' in m, bool(m), int(m))
item = m[5]
print(type(item).__name__, item is m[6], m.__getitem__.call_args_list)
m.__getitem__.side_effect = lambda k: k * 10
print(m[2], m['a'])
m['k'] = 'v'
del m['k']
print(m.__setitem__.call_args, m.__delitem__.call_args)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.call_args)
print(m.__exit__.call_args == call(None, None, None))

m2 = MagicMock()
try:
    with m2:
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e)
m2.__exit__.return_value = True
with m2:
    raise KeyError('swallowed')
print('swallowed ok', m2.__exit__.call_args[0][0] is KeyError)

a = MagicMock()
b = MagicMock()
print(a == a, a == b, a != b, a != a)
a.__eq__.return_value = True
print(a == b, a == 1)
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
a.__lt__.return_value = True
print(a < 1)
print(isinstance(hash(b), int), hash(b) == hash(b))
print(str(b) == repr(b))
b.__str__.return_value = 'custom'
print(str(b), '%s' % b)
print(abs(b) is b.__abs__.return_value, (-b) is b.__neg__.return_value)
r = b + 1
print(r is b.__add__.return_value, b.__add__.call_args)
b.__radd__.return_value = 'radd'
print(1 + b)
c = MagicMock()
c += 5
print(type(c).__name__)
print(len(MagicMock(**{'__len__.return_value': 4})))

# magic methods set on a plain Mock
pm = Mock()
pm.__len__ = lambda self: 11
pm.__iter__ = Mock(return_value=iter(['a', 'b']))
print(len(pm), list(pm))
try:
    len(Mock())
except TypeError as e:
    print('TypeError', e)
try:
    pm.__getattr__ = None
except AttributeError as e:
    print('AttributeError', e)

# magic methods are recorded in mock_calls
mc = MagicMock()
len(mc)
mc.foo[1]
print(mc.mock_calls)
print(mc.method_calls)

# NonCallable
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print('TypeError', e)
print(type(nc.child).__name__, type(NonCallableMagicMock().child).__name__)
print(type(MagicMock().child).__name__, type(MagicMock()().__enter__()).__name__)
ncm = NonCallableMagicMock()
print(len(ncm), list(ncm))

# PropertyMock
class Thing:
    @property
    def size(self):
        return 1

class Holder:
    pass

pmock = PropertyMock(return_value=99)
type_mock = MagicMock()
type(type_mock).size = pmock
print(type_mock.size)
type_mock.size = 5
print(pmock.mock_calls)
Holder.value = PropertyMock(side_effect=[1, 2])
h = Holder()
print(h.value, h.value)
del Holder.value
