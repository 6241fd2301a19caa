# assert: passing asserts, messages of any type, caught AssertionError, args and evaluation
assert True
assert 1 == 1, 'never shown'
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        print('ok', repr(cond))
    except AssertionError as e:
        print('AssertionError', repr(str(e)), e.args)
check(1)
check(0)
check([], 'empty list')
check('', 42)
check(None, ['a', 1])
check(False, ('t', 2))
calls = []
def msg():
    calls.append('msg')
    return 'lazy'
check(True, msg())
calls.clear()
try:
    assert True, msg()
except AssertionError:
    pass
print('message evaluated only on failure:', calls)
try:
    assert 2 + 2 == 5, f'math is {2 + 2}'
except AssertionError as e:
    print(e)
try:
    assert isinstance('x', int), 'type %s' % type('x').__name__
except AssertionError as e:
    print(e, isinstance(e, Exception))
