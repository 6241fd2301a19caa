# getopt: getopt and gnu_getopt with short/long options, abbreviations, '--', and every GetoptError message
import getopt
import os

cases = [
    (['-a', '-b', 'val', 'rest'], 'ab:', []),
    (['-abval', 'x', '-a'], 'ab:', []),
    (['-ab', 'v', '--', '-a'], 'ab:', []),
    (['--alpha', '--beta=3', 'arg'], '', ['alpha', 'beta=']),
    (['--beta', '4', 'x', 'y'], '', ['alpha', 'beta=']),
    (['--al', '--be', '5'], '', ['alpha', 'beta=']),
    (['-', '-a'], 'a', []),
    (['-c'], 'ab', []),
    (['-b'], 'ab:', []),
    (['--gamma'], '', ['alpha', 'beta=']),
    (['--beta'], '', ['alpha', 'beta=']),
    (['--alpha=1'], '', ['alpha', 'beta=']),
    (['--a'], '', ['alpha', 'alps']),
    (['--alp'], '', ['alpha', 'alp', 'alps']),
    (['--verbose'], '', 'verbose'),
    (['-a', '-:'], 'a:', []),
    (['-x', 'file', '-y', '--long', 'arg2', '-z', 'z1'], 'xyz:', ['long']),
    (['a', '-x', 'b', '--', '-y'], 'xy', []),
    ([], 'a', []),
]
for args, short, longs in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, fn(args, short, longs))
        except getopt.GetoptError as e:
            print(fn.__name__, args, 'error:', e, repr(e.msg), repr(e.opt), e.args)
print(getopt.gnu_getopt(['a', '-x', 'b'], '+x'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['-x', 'a', '-x', 'b'], 'x'))
del os.environ['POSIXLY_CORRECT']
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('boom')
print(str(e), repr(e.opt), e.args)
try:
    getopt.getopt(['-q'], 'a')
except getopt.error as e:
    print('caught', e)
