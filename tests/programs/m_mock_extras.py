import re
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, PropertyMock, mock_open,
                           create_autospec, seal, patch, call, sentinel, ANY)


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


# reprs (without the ids)
m = Mock()
print(r(m), r(m.foo), r(m.foo.bar()), r(m()), r(m().x))
print(r(Mock(name='named')), r(Mock(name='named').attr))
print(r(MagicMock()), r(MagicMock().__len__))
class Spec:
    x = 1
    def method(self, a, b=2):
        return a
print(r(Mock(spec=Spec)), r(Mock(spec_set=Spec)), r(Mock(spec=Spec()).x))
print(r(call), r(call.foo), r(call().foo), r(call(1)))
print(call(1, 2, a='b').args, call(1, 2, a='b').kwargs, call.name(3).args)
print(call(1) == ((1,), {}), call.x(1) == ('x', (1,), {}), call.x == ('x', (), {}))
print(len(call(1)), len(call.x(1)), tuple(call(5)))
print(r(m.method_calls), sorted(vars(Mock())) == sorted(vars(Mock())))
print([c for c in dir(Mock()) if not c.startswith('_')])
print('method' in dir(Mock(spec=Spec)), 'x' in dir(Mock(spec=Spec)))
s = str(MagicMock(name='shown'))
print(r(s) if False else re.sub(r" id='\d+'", '', s))

# mock_open
mo = mock_open(read_data='line one\nline two\nline three\n')
with patch('builtins.open', mo):
    with open('somefile.txt') as f:
        print(repr(f.read()))
    with open('somefile.txt') as f:
        print(repr(f.readline()), repr(f.readline()))
        print(f.readlines())
    with open('somefile.txt') as f:
        print([line for line in f])
    with open('out.txt', 'w') as f:
        f.write('written')
print(mo.call_args_list)
handle = mo()
print(handle.write.call_args, handle.__enter__.call_count >= 1)
mo.assert_called_with()
bo = mock_open(read_data=b'bytes\x00data')
with patch('builtins.open', bo):
    with open('b.bin', 'rb') as fb:
        print(fb.read())

# create_autospec
def add(a, b, *, scale=1):
    return (a + b) * scale

fake_add = create_autospec(add, return_value=10)
print(fake_add(1, 2), fake_add(1, b=2, scale=3))
try:
    fake_add(1)
except TypeError as e:
    print('TypeError', e)
try:
    fake_add(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
fake_add.assert_called_with(1, b=2, scale=3)
print(fake_add.call_count, fake_add.call_args_list)
fake_add.return_value = 11
print(fake_add(0, 0))

class Account:
    rate = 0.5
    def __init__(self, owner):
        self.owner = owner
    def deposit(self, amount, note=''):
        return amount
    @staticmethod
    def convert(value):
        return value
    @classmethod
    def make(cls, name):
        return cls(name)

FakeAccount = create_autospec(Account)
acct = FakeAccount('ann')
print(type(acct).__name__, isinstance(acct, Account))
acct.deposit(5, note='n')
try:
    acct.deposit()
except TypeError as e:
    print('TypeError', e)
try:
    acct.withdraw
except AttributeError as e:
    print('AttributeError', e)
try:
    FakeAccount()
except TypeError as e:
    print('TypeError', e)
print(acct.deposit.call_args, FakeAccount.call_args)
FakeAccount.convert(3)
print(FakeAccount.convert.call_args)
try:
    FakeAccount.convert(1, 2)
except TypeError as e:
    print('TypeError', e)

# seal
sm = Mock()
sm.known.value = 1
sm.known.method.return_value = 2
seal(sm)
print(sm.known.value, sm.known.method())
try:
    sm.unknown
except AttributeError as e:
    print('AttributeError', e)
try:
    sm.known.other
except AttributeError as e:
    print('AttributeError', e)

# PropertyMock with patch
class Config:
    @property
    def debug(self):
        return False

with patch.object(Config, 'debug', new_callable=PropertyMock) as pd:
    pd.return_value = True
    c = Config()
    print(c.debug, pd.call_count)
    c.debug = 'set'
    print(pd.call_args_list)
print(Config().debug)

# side_effect iterable of a generator, exhaust
gm = Mock(side_effect=(i * i for i in range(3)))
print([gm() for _ in range(3)])

# return_value chains
chain = MagicMock()
chain.a.b.c.return_value.d.return_value = 'deep'
print(chain.a.b.c().d())
print(chain.mock_calls)
chain.reset_mock()
print(chain.mock_calls, chain.a.b.c.called)

# mock_calls with call_list
kall = call.one(1).two(2).three(3)
cm = Mock()
cm.one(1).two(2).three(3)
print(cm.mock_calls == kall.call_list())
print(kall.call_list())

# equality and the spec class
print(Mock(spec=Spec).__class__ is Spec, MagicMock().__class__.__name__)
nm = NonCallableMagicMock(spec=Spec)
print(isinstance(nm, Spec), callable(nm) if False else 'skip')
sm2 = MagicMock(spec=['__len__', 'size'])
print(len(sm2))
try:
    iter(sm2)
except TypeError as e:
    print('TypeError', e)

# call_args_list contains / in
lm = Mock()
lm(1); lm(2); lm(3)
print(call(2) in lm.call_args_list, [call(2), call(3)] in lm.call_args_list,
      [call(3), call(2)] in lm.call_args_list, call(9) in lm.call_args_list)
print(lm.call_args_list.count(call(1)) if hasattr(list, 'count') else 0)
print(lm.call_args_list[-1], lm.call_args_list[0] == call(1))
