import io
import os
import sys
import time
import random
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, call, ANY


def greet():
    name = input('name? ')
    print('hello', name)
    return name


def roll():
    return random.randint(1, 6)


def stamp():
    return time.time()


with patch('builtins.input', return_value='ann') as fake_input:
    with patch('sys.stdout', new_callable=io.StringIO) as out:
        greet()
    print(repr(out.getvalue()), fake_input.call_args)

with patch('builtins.print') as fake_print:
    greet_result = None
    print('not shown', 1, sep='-')
    fake_print.assert_called_once_with('not shown', 1, sep='-')
print('print restored', fake_print.call_count)

with patch('random.randint', side_effect=[6, 1]):
    print(roll(), roll())
with patch('time.time', return_value=1234.5):
    print(stamp())
print(type(stamp()).__name__)

with patch.dict(os.environ, {'MOCK_HOME': '/tmp/x'}, clear=False):
    print(os.environ['MOCK_HOME'], os.getenv('MOCK_HOME'))
print('MOCK_HOME' in os.environ)

with patch.object(sys, 'argv', ['prog', '--flag']):
    print(sys.argv)
print(sys.argv == sys.argv and len(sys.argv) >= 1)

with patch('os.getcwd', return_value='/nowhere') as gc:
    print(os.getcwd(), gc.call_count)

# patch with a callable new_callable and kwargs
with patch('os.listdir', new_callable=MagicMock, return_value=['a', 'b']) as ld:
    print(os.listdir('.'), ld.call_args)

# patch a name imported into this module
from os.path import join as pjoin


def joined():
    return pjoin('a', 'b')


with patch('__main__.pjoin', return_value='patched-join'):
    print(joined())
print(joined())

# decorator on a method with self, with keyword-passed patch.multiple
class Worker:
    @patch('random.random', return_value=0.25)
    def run(self, fake_random, scale=2):
        return random.random() * scale, fake_random.call_count

    @patch.multiple('os', getcwd=mock.DEFAULT, getpid=mock.DEFAULT)
    def ids(self, getcwd, getpid):
        getcwd.return_value = '/w'
        getpid.return_value = 7
        return os.getcwd(), os.getpid()

w = Worker()
print(w.run(), w.run(scale=4), w.ids())

# nested patches, exceptions leave everything restored
real_dumps = __import__('json').dumps
try:
    with patch('json.dumps') as a, patch('json.loads') as b:
        raise KeyError('x')
except KeyError:
    pass
import json
print(json.dumps is real_dumps)

# mock used as a callback, checked with ANY and call_args_list
callback = Mock(return_value=None)
for i, word in enumerate(['x', 'y']):
    callback(i, word=word, extra={'i': i})
callback.assert_has_calls([call(0, word='x', extra=ANY), call(1, word='y', extra={'i': 1})])
print(callback.call_args_list)
print([c.kwargs['word'] for c in callback.call_args_list], [c.args for c in callback.call_args_list])
