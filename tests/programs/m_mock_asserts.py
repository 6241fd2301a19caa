from unittest.mock import Mock, MagicMock, call, ANY


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except AssertionError as e:
        print('%s: AssertionError: %s' % (label, e))
    else:
        print('%s: ok' % label)


m = Mock()
check('called', m.assert_called)
check('called_once', m.assert_called_once)
check('not_called', m.assert_not_called)
check('called_with', m.assert_called_with, 1, a=2)
check('called_once_with', m.assert_called_once_with, 1)
check('any_call', m.assert_any_call, 1)
check('has_calls', m.assert_has_calls, [call(1)])

m(1, a=2)
check('called', m.assert_called)
check('called_once', m.assert_called_once)
check('not_called', m.assert_not_called)
check('called_with ok', m.assert_called_with, 1, a=2)
check('called_with bad', m.assert_called_with, 2, a=2)
check('called_with ANY', m.assert_called_with, ANY, a=ANY)
check('called_once_with', m.assert_called_once_with, 1, a=2)

m('x', [1, 2])
check('called_once', m.assert_called_once)
check('called_once_with', m.assert_called_once_with, 'x', [1, 2])
check('not_called', m.assert_not_called)
check('any_call ok', m.assert_any_call, 1, a=2)
check('any_call bad', m.assert_any_call, 1, a=3)
check('has_calls ok', m.assert_has_calls, [call(1, a=2), call('x', [1, 2])])
check('has_calls order', m.assert_has_calls, [call('x', [1, 2]), call(1, a=2)])
check('has_calls any_order', m.assert_has_calls, [call('x', [1, 2]), call(1, a=2)], any_order=True)
check('has_calls any_order bad', m.assert_has_calls, [call('y'), call(1, a=2)], any_order=True)
check('has_calls missing', m.assert_has_calls, [call(5)])

named = Mock(name='fetch')
named(1)
named(2)
check('named once', named.assert_called_once_with, 2)
check('named with', named.assert_called_with, 3)
check('named not', named.assert_not_called)

parent = Mock()
parent.child.method(1)
check('child with', parent.child.method.assert_called_with, 2)
check('child never', parent.other.assert_called_once_with, 2)
check('parent has_calls', parent.assert_has_calls, [call.child.method(1)])
check('parent has_calls bad', parent.assert_has_calls, [call.child.method(2)])

# spec'd function: calls compare after binding to the signature
def target(a, b, c=3):
    pass

spec_mock = Mock(spec=target)
spec_mock(1, 2)
check('spec bind', spec_mock.assert_called_with, a=1, b=2)
check('spec bind mismatch', spec_mock.assert_called_with, 1, 3)
check('spec bind error', spec_mock.assert_called_with, 1, 2, 3, 4)

mm = MagicMock()
len(mm)
mm[3]
check('magic has_calls', mm.assert_has_calls, [call.__len__(), call.__getitem__(3)])
print(mm.mock_calls)
