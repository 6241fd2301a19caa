from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT
import unittest.mock

print(unittest.mock.Mock is Mock, mock.call is call)

m = Mock()
print(m.called, m.call_count, m.call_args)
r = m(1, 2, key='v')
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args == call(1, 2, key='v'), m.call_args == ((1, 2), {'key': 'v'}))
args, kwargs = m.call_args
print(args, kwargs)
m(3)
print(m.call_args_list)
print(m.call_args_list == [call(1, 2, key='v'), call(3)])
m.return_value = 42
print(m(), m.call_count)

m = Mock(return_value=5)
print(m(), m('x'))
m = Mock(side_effect=[1, 2, 3])
print(m(), m(), m())
try:
    m()
except StopIteration:
    print('StopIteration')
m = Mock(side_effect=KeyError('boom'))
try:
    m()
except KeyError as e:
    print('KeyError', e)
m = Mock(side_effect=ValueError)
try:
    m()
except ValueError as e:
    print('ValueError', repr(e))
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda: DEFAULT, return_value='rv')
print(m())
m = Mock(side_effect=[1, ValueError('second'), 3])
print(m())
try:
    m()
except ValueError as e:
    print('raised', e)
print(m())

# children, method_calls and mock_calls
m = Mock()
m.foo(1)
m.foo.bar(2, x=3)
m.baz()
m(4)
m().qux(5)
print(m.method_calls)
print(m.mock_calls)
print(m.foo.mock_calls)
print(m.foo.method_calls)
print(m.mock_calls == [call.foo(1), call.foo.bar(2, x=3), call.baz(), call(4), call(), call().qux(5)])
print(m.foo is m.foo, m.foo is not m.baz)
print(call.foo(1) == call.foo(1), call.foo(1) == call.bar(1), call(1) != call(2))
print(call(1, a=ANY) == call(1, a=object()), ANY == 3, repr(ANY))
print(call(1).foo(2).call_list())
print(repr(call), repr(call.foo), repr(call().bar), repr(call.a.b.c(1, k=2)))

# sentinel
print(sentinel.thing is sentinel.thing, sentinel.thing, sentinel.other is not sentinel.thing)
print(DEFAULT)

# configure_mock and keyword arguments
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'value'})
print(m.method(), m.attr)
try:
    m.other()
except KeyError:
    print('KeyError from other')
m.configure_mock(**{'a.b.c.return_value': 'deep'})
print(m.a.b.c())

# reset_mock
m = Mock(return_value=1)
m(1); m.child(2)
m.reset_mock()
print(m.called, m.call_count, m.call_args_list, m.mock_calls, m.child.called, m())
m.reset_mock(return_value=True)
print(type(m()).__name__)

# deleting attributes
m = Mock()
del m.gone
print(hasattr(m, 'gone'), hasattr(m, 'there'))
m.x = 3
print(m.x)

# names
m = Mock(name='thing')
print(m._extract_mock_name(), m.a.b._extract_mock_name(), m().x._extract_mock_name())
print(type(m).__name__, isinstance(m, Mock), isinstance(MagicMock(), Mock))
print(Mock().x._extract_mock_name())

# wraps
class Real:
    def double(self, x):
        return 2 * x
w = Mock(wraps=Real())
print(w.double(4), w.double.call_args)

# attach_mock
parent = Mock()
a = Mock(return_value=None)
b = Mock(return_value=None)
parent.attach_mock(a, 'first')
parent.attach_mock(b, 'second')
a(1); b(2)
print(parent.mock_calls)
parent2 = Mock()
c = Mock()
parent2.child = c
c(7)
print(parent2.mock_calls, parent2.method_calls)

# unsafe assert names
m = Mock()
try:
    m.assert_called_onec()
except AttributeError as e:
    print(e)
m2 = Mock(unsafe=True)
m2.assert_something()
print('unsafe ok')
