import os
import os.path
import json
import unittest
from unittest import mock
from unittest.mock import patch, Mock, MagicMock, NonCallableMagicMock, sentinel, call


class Service:
    """A class to mock."""
    limit = 10

    def fetch(self, key, default=None):
        return 'real ' + key

    def store(self, key, value):
        return True

    @staticmethod
    def helper(x):
        return x


def uses_dumps(obj):
    return json.dumps(obj)


CONFIG = {'mode': 'prod', 'level': 1}

# spec and spec_set
s = Mock(spec=Service)
print(s.fetch('a') is s.fetch.return_value, isinstance(s, Service), s.limit is not None)
try:
    s.missing
except AttributeError as e:
    print('AttributeError', e)
s.new_attr = 3
print(s.new_attr)
ss = Mock(spec_set=Service)
try:
    ss.new_attr = 3
except AttributeError as e:
    print('AttributeError', e)
ss.limit = 4
print(ss.limit)
sl = Mock(spec=['alpha', 'beta'])
print(type(sl.alpha).__name__)
try:
    sl.gamma
except AttributeError as e:
    print('AttributeError', e)
ms = MagicMock(spec=Service)
try:
    len(ms)
except TypeError as e:
    print('TypeError', e)
print(type(ms).__name__ if False else ms.__class__.__name__)

# patch as context manager
with patch('json.dumps') as fake:
    fake.return_value = 'patched'
    print(uses_dumps({'a': 1}), fake.call_args)
print(uses_dumps({'a': 1}))

with patch('json.dumps', return_value='rv') as fake2:
    print(json.dumps(1), type(fake2).__name__)
with patch('json.dumps', new=lambda o: 'new') as fake3:
    print(json.dumps(1), fake3(2))
with patch('json.dumps', side_effect=ValueError('bad')):
    try:
        json.dumps(1)
    except ValueError as e:
        print('ValueError', e)
with patch('os.path.exists', return_value=True):
    print(os.path.exists('/definitely/not/here'))
print(os.path.exists('/definitely/not/here'))

# patch as decorator
@patch('json.loads')
@patch('json.dumps')
def decorated(mock_dumps, mock_loads, extra=None):
    mock_dumps.return_value = 'D'
    mock_loads.return_value = 'L'
    return json.dumps(1), json.loads('2'), extra, mock_dumps._mock_name, mock_loads._mock_name

print(decorated())
print(decorated(extra='e'))
print(json.dumps([1]))

@patch('json.dumps', sentinel.replacement)
def decorated_new():
    return json.dumps
print(decorated_new(), json.dumps is not sentinel.replacement)

# patch.object
svc = Service()
with patch.object(Service, 'fetch', return_value='mocked') as mf:
    print(svc.fetch('k'), mf.call_args)
print(svc.fetch('k'))

@patch.object(Service, 'limit', 99)
def obj_patched():
    return Service.limit
print(obj_patched(), Service.limit)

with patch.object(Service, 'fetch', autospec=True) as af:
    af.return_value = 'auto'
    print(svc.fetch('x'), af.call_args == call(svc, 'x'))
    try:
        svc.fetch()
    except TypeError as e:
        print('TypeError', e)

with patch.object(svc, 'store', new=Mock(return_value=False)):
    print(svc.store('a', 'b'))
print(svc.store('a', 'b'), 'store' in svc.__dict__)

try:
    patch.object('json', 'dumps')
except TypeError as e:
    print('TypeError', e)
try:
    with patch('json.nothing_here'):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does not')[1])
with patch('json.nothing_here', create=True, new='made'):
    print(json.nothing_here)
print(hasattr(json, 'nothing_here'))
try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)

# spec=True
with patch.object(Service, 'fetch', spec=True) as sf:
    try:
        sf.nothere
    except AttributeError as e:
        print('AttributeError', e)
with patch('__main__.Service', spec=True) as SC:
    inst = Service()
    print(inst is SC.return_value, isinstance(inst, NonCallableMagicMock))

# patch.dict
with patch.dict(CONFIG, {'mode': 'test'}, extra=1):
    print(sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, clear=True) as d:
    print(d is CONFIG, CONFIG)
print(sorted(CONFIG.items()))
with patch.dict('os.environ', {'GCLAB_MOCK_TEST': 'yes'}):
    print(os.environ.get('GCLAB_MOCK_TEST'))
print(os.environ.get('GCLAB_MOCK_TEST'))

@patch.dict(CONFIG, {'level': 5})
def dict_decorated():
    return CONFIG['level']
print(dict_decorated(), CONFIG['level'])

# patch.multiple
with patch.multiple(Service, fetch=mock.DEFAULT, limit=0) as values:
    print(sorted(values), Service.limit, type(values['fetch']).__name__)
print(Service.limit)

# start / stop
p = patch('json.dumps', return_value='started')
started = p.start()
print(json.dumps(0), started.called)
p.stop()
print(json.dumps(0))
p1 = patch.object(Service, 'limit', 1)
p2 = patch.dict(CONFIG, {'mode': 'x'})
p1.start(); p2.start()
print(Service.limit, CONFIG['mode'])
patch.stopall()
print(Service.limit, CONFIG['mode'])

# exceptions inside patched code restore the original
try:
    with patch('json.dumps'):
        raise RuntimeError('inside')
except RuntimeError:
    pass
print(json.dumps('restored'))

# class decorator
@patch('json.dumps', return_value='cls')
class Tests:
    def test_one(self, m):
        return json.dumps(1), m.called
    def other(self):
        return json.dumps(1)
t = Tests()
print(t.test_one(), t.other())


# in a TestCase
class T(unittest.TestCase):
    @patch('json.dumps')
    def test_dumps(self, md):
        md.return_value = '{}'
        self.assertEqual(uses_dumps({}), '{}')
        md.assert_called_once_with({})

    @patch.object(Service, 'fetch', return_value='x')
    def test_fails(self, mf):
        self.assertEqual(Service().fetch('k'), 'y')

    @patch('json.loads', side_effect=KeyError('k'))
    def test_errors(self, ml):
        json.loads('1')


import io
stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
in_mock_frame = False
for line in stream.getvalue().split('\n'):
    if line.startswith('Ran '):
        line = line[:line.index(' in ')] + ' in (time)'
    if line.startswith('  File'):
        # (a frame of unittest.mock: its path and source lines differ)
        in_mock_frame = 'm_mock_patch' not in line
    elif not line.startswith('    '):
        in_mock_frame = False
    if not in_mock_frame:
        print(line)
print(result.testsRun, len(result.failures), len(result.errors), json.loads('[1]'))
