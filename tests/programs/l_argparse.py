# argparse: parsing (positionals, options, nargs, actions, groups, mutually exclusive groups, subparsers), error messages and exit statuses, help and usage formatting
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args, known=False):
    out = io.StringIO()
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    status = None
    result = None
    try:
        if known:
            result = parser.parse_known_args(args)
        else:
            result = parser.parse_args(args)
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print('%s -> %r' % (args, result))
    if status is not None:
        print('  exit', status)
    if out.getvalue():
        print('  stdout:')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('  stderr:')
        print(err.getvalue(), end='')


print('== basics')
p = argparse.ArgumentParser(prog='basic', description='Basic test.')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-n', '--number', type=int, default=1, help='how many')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--level', choices=['low', 'high'], default='low')
p.add_argument('--tag', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--ac', action='append_const', const='x', dest='consts')
for args in [['a'], ['a', 'b'], ['a', '-n', '5'], ['-n5', 'a'], ['--number=7', 'a'],
             ['-vvv', 'a', '-v'], ['-q', 'a', '--no-color'], ['a', '--level', 'high'],
             ['a', '--tag', 'x', '--tag', 'y'], ['a', '--const', '--ac', '--ac'],
             ['--num', '3', 'a'], ['a', '--', '-b'], ['--', '-a', '-b'],
             [], ['a', 'b', 'c'], ['a', '-n', 'abc'], ['a', '-n'],
             ['a', '--level', 'mid'], ['a', '--bogus'], ['a', '-x', '--y=1'],
             ['a', '-qn', '2'], ['a', '-qz'], ['a', '--no'], ['a', '--const=3'],
             ['a', '-n', '-1'], ['-h'], ['a', '--help']]:
    run(p, args)
run(p, ['a', '--bogus', 'b', 'c', '-z'], known=True)
print(p.format_usage(), end='')
print(p.get_default('number'), p.get_default('dst'), p.get_default('nothing'))

print('== nargs')
p = argparse.ArgumentParser(prog='nargs')
p.add_argument('first')
p.add_argument('mid', nargs='*')
p.add_argument('last', nargs=2)
p.add_argument('--opt', nargs='+', type=float)
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('--any', nargs='*')
for args in [['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2'],
             ['1', '2', '3', '--opt', '1.5', '2'], ['--opt', '1', '2', '3', '4'],
             ['1', '2', '3', '--opt'], ['1', '2', '3', '--maybe'],
             ['1', '2', '3', '--maybe', 'val'], ['1', '2', '3', '--two', 'x'],
             ['1', '2', '3', '--two', 'x', 'y'], ['--any', '1', '2', '3'],
             ['1', '--any', '2', '3', '4'], ['1', '2', '3', '--any'],
             ['1', '--', '2', '3'], ['1', '2', '--', '-3', '-4'],
             ['1', '2', '3', '--opt', 'x']]:
    run(p, args)
print(p.format_help())

print('== optional positionals')
p = argparse.ArgumentParser(prog='opt')
p.add_argument('a', nargs='?', default='A', type=int)
p.add_argument('b', nargs='*', default=[9])
p.add_argument('-x')
for args in [[], ['1'], ['1', '2', '3'], ['-x', '1', '2'], ['1', '-x', '2', '3'], ['z']]:
    run(p, args)
p = argparse.ArgumentParser(prog='rest')
p.add_argument('cmd')
p.add_argument('rest', nargs=argparse.REMAINDER)
p.add_argument('--flag', action='store_true')
for args in [['run', '-a', '--b', 'c'], ['--flag', 'run', '--flag'], ['run']]:
    run(p, args)
print(p.format_usage(), end='')

print('== required and defaults')
p = argparse.ArgumentParser(prog='req')
p.add_argument('--name', required=True)
p.add_argument('x')
p.add_argument('y', nargs='+')
p.add_argument('--size', type=int, default='10')
p.add_argument('--ratio', type=float, default=0.5)
p.set_defaults(extra='yes', size='20')
for args in [[], ['--name', 'n'], ['a', 'b', '--name', 'n'], ['a', 'b', '--name=n', '--size', '3']]:
    run(p, args)
print(p.get_default('extra'), p.get_default('size'))

print('== type errors')


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v


p = argparse.ArgumentParser(prog='types')
p.add_argument('--even', type=even)
p.add_argument('--f', type=float)
p.add_argument('--c', type=int, choices=[1, 2, 3])
p.add_argument('--l', type=str.upper)
for args in [['--even', '4'], ['--even', '3'], ['--even', 'x'], ['--f', '1e3'], ['--f', 'nan?'],
             ['--c', '2'], ['--c', '5'], ['--l', 'abc']]:
    run(p, args)

print('== mutually exclusive')
p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('-a', type=int)
g2.add_argument('-b', nargs='?', const='c')
for args in [['-a', '1'], ['-a', '1', '-b'], ['--foo', '--bar', '-a', '1'], [], ['--foo'],
             ['-b', '--foo']]:
    run(p, args)
print(p.format_help())
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print('ValueError:', e)

print('== groups')
p = argparse.ArgumentParser(prog='groups', epilog='See the manual for more.', add_help=False)
grp = p.add_argument_group('input', 'Options about the input files, described at some length so that the description wraps over more than one line.')
grp.add_argument('--in', dest='inp', metavar='FILE', help='input file')
grp.add_argument('infiles', nargs='+', help='files to read')
grp2 = p.add_argument_group('output')
grp2.add_argument('-o', '--output', help='where to write, a long help text that needs wrapping at the right column of the terminal')
mx = grp2.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='JSON')
mx.add_argument('--xml', action='store_true', help='XML')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
print(p.format_help())
run(p, ['--version'])
run(p, ['x', '--json', '--xml'])
run(p, ['x', '-h'])

print('== subparsers')
p = argparse.ArgumentParser(prog='git')
p.add_argument('--git-dir')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
s = sub.add_parser('status', aliases=['st'], help='show status')
s.add_argument('paths', nargs='*')
sub.add_parser('hidden')
for args in [['commit', '-m', 'msg'], ['--git-dir', '/x', 'status', 'a', 'b'], ['st'],
             [], ['commit'], ['push'], ['commit', '-m', 'x', '--extra'],
             ['status', '--bad'], ['commit', '-h']]:
    run(p, args)
run(p, ['status', 'a', '--bad'], known=True)
print(p.format_help())
print(c.format_help())
print(c.prog, '|', s.prog)
p2 = argparse.ArgumentParser(prog='tool')
p2.add_argument('input')
sub2 = p2.add_subparsers(title='commands', description='available commands', dest='cmd', required=True, metavar='COMMAND')
a = sub2.add_parser('add', help='add things')
a.add_argument('n', type=int)
a.set_defaults(func='adder')
sub2.add_parser('rm')
for args in [['in', 'add', '3'], ['in'], ['in', 'add', 'x'], ['in', 'rm']]:
    run(p2, args)
print(p2.format_help())
print(a.prog)

print('== namespace')
ns = argparse.Namespace(b=1, a='x')
print(ns, ns == argparse.Namespace(b=1, a='x'), ns == argparse.Namespace(a='x'), ns != argparse.Namespace(), 'a' in ns, 'z' in ns)
print(argparse.Namespace(**{'with-dash': 1, 'ok': 2}))
print(argparse.Namespace())
ns2 = argparse.Namespace(pre='set')
p = argparse.ArgumentParser(prog='ns')
p.add_argument('--pre', default='default')
p.add_argument('--other', default='o')
print(p.parse_args([], namespace=ns2), p.parse_args(['--pre', 'cmd']))

print('== help formatting')
p = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-that-is-too-long-for-wrapping',
                            description='desc')
for i in range(8):
    p.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
p.add_argument('positional_one')
p.add_argument('positional_two', nargs='+')
print(p.format_help())
p = argparse.ArgumentParser(prog='wide', usage='%(prog)s [options] FILE')
p.add_argument('file', help='a file (%(prog)s, default %(default)s, type %(type)s)', type=int)
p.add_argument('--sup', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--choice', choices=['x', 'y'], help='one of %(choices)s')
print(p.format_help())
run(p, [])
p = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=3, help='count')
p.add_argument('--s', default='str')
p.add_argument('pos', nargs='?', default='P', help='pos')
print(p.format_help())
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  indented two\n\nafter blank')
p.add_argument('--x', help='some   spaced\n  help')
print(p.format_help())
p = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--x', help='keep\n  this   layout')
print(p.format_help())
p = argparse.ArgumentParser(prog='boolopt')
p.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='the feature')
p.add_argument('--ext', action='extend', nargs='+')
run(p, ['--no-feature', '--ext', 'a', 'b', '--ext', 'c'])
print(p.format_help())
os.environ['COLUMNS'] = '50'
p = argparse.ArgumentParser(prog='narrow', description='A description that will be wrapped at a narrower width than usual.')
p.add_argument('--alpha', help='the alpha option whose help text is long enough to wrap')
p.add_argument('--beta-gamma-delta', metavar='X', help='short')
p.add_argument('items', nargs='*', help='items')
print(p.format_help())
os.environ['COLUMNS'] = '80'

print('== prefix chars, abbreviations, negative numbers')
p = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
run(p, ['+f', '++bar', 'x'])
print(p.format_help())
p = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
p.add_argument('--verbose', action='store_true')
run(p, ['--verb'])
p = argparse.ArgumentParser(prog='amb')
p.add_argument('--foo1')
p.add_argument('--foo2')
run(p, ['--foo', 'x'])
run(p, ['--foo1=a', '--foo2', 'b'])
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('n', nargs='?')
run(p, ['-1'])
run(p, ['-5'])
p = argparse.ArgumentParser(prog='neg2')
p.add_argument('n', type=int)
p.add_argument('-x', type=float)
run(p, ['-5', '-x', '-2.5'])

print('== parents, conflicts, exit_on_error')
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('x')
run(child, ['--shared', 'v', 'X'])
try:
    child.add_argument('--shared')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
r = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old')
r.add_argument('--foo', help='new')
print(r.format_help())
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
for kwargs in [dict(action='store', nargs=0), dict(action='store_const', nargs='?'),
               dict(action='nope'), dict(type='int'), dict(nargs=2, metavar=('A',)),
               dict(action='store', const=1)]:
    try:
        argparse.ArgumentParser().add_argument('--z', **kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a in [('x',), ('-',), ('--',)]:
    try:
        argparse.ArgumentParser().add_argument(*a, required=True)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument('bad', dest='other')
except ValueError as e:
    print('ValueError', e)
print(repr(argparse.ArgumentParser().add_argument('--foo', type=int, default=3)))


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


p = argparse.ArgumentParser(prog='custom')
p.add_argument('--shout', action=Upper)
p.add_argument('word', action=Upper)
run(p, ['hi', '--shout', 'hey'])
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.REMAINDER, argparse.PARSER)

print('== combined short options and explicit arguments')
p = argparse.ArgumentParser(prog='e')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c')
for args in [['-abc', 'x'], ['-abcx'], ['-ac=x'], ['-c=x'], ['-a=1'], ['-ax'], ['-c'],
             ['-c', '-a'], ['-c', '--'], ['x', '-a', 'y']]:
    run(p, args)
p = argparse.ArgumentParser(prog='e2')
p.add_argument('x', nargs='?')
p.add_argument('--foo')
p.add_argument('y', nargs='*')
for args in [['--foo', 'a', 'b', 'c'], ['a', '--foo', 'f', 'b', 'c'],
             ['a', 'b', '--foo', 'f', 'c'], ['--', '--foo']]:
    run(p, args)
p = argparse.ArgumentParser(prog='e3')
p.add_argument('pos', choices=['a', 'b'])
p.add_argument('many', nargs='*', choices=['x'])
for args in [['c'], ['a'], ['a', 'x', 'y'], ['a', '-'], ['a', 'has space', '-x y']]:
    run(p, args)
p = argparse.ArgumentParser(prog='e4')
p.add_argument('--m', metavar='M', nargs='*')
p.add_argument('--mm', nargs=3, type=int)
p.add_argument('two', nargs=2)
print(p.format_help())
for args in [['1'], ['1', '2', '--mm', '1', '2'], ['1', '2', '--mm', '1', '2', 'x']]:
    run(p, args)
p = argparse.ArgumentParser(prog='e5', description='%(prog)s does things', epilog='bye from %(prog)s')
sp = p.add_subparsers()
sa = sp.add_parser('a', description='sub a', help='aaa')
print(p.format_help())
run(p, ['a'])
run(p, [])
run(p, ['b'])
print(p.parse_known_args(['a', '--x']))
p = argparse.ArgumentParser(prog='e6', usage=argparse.SUPPRESS, description='no usage', add_help=False)
p.add_argument('x')
print(repr(p.format_help()))
run(p, [])
p = argparse.ArgumentParser(prog='e7')
g = p.add_mutually_exclusive_group()
g.add_argument('--aa', help=argparse.SUPPRESS)
g.add_argument('--bb')
g.add_argument('--cc')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('x', nargs='?')
g2.add_argument('--dd')
print(p.format_usage(), end='')
run(p, [])
run(p, ['--bb', '1', '--cc', '2', 'x'])
p = argparse.ArgumentParser(prog='e8')
p.add_argument('--x', type=int, default='bad')
run(p, [])
run(p, ['--x', '2'])

print('== the default prog, sys.argv and an error that exits')
p = argparse.ArgumentParser()
print(p.prog)
p.add_argument('--zz', required=True)
sys.stdout.flush()
p.parse_args()
print('not reached')
