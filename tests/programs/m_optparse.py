# optparse: OptionParser actions, types, defaults, callbacks, help, errors
import optparse
import sys
from optparse import OptionParser, OptionGroup, make_option

seen = []


def record(option, opt_str, value, parser, *args, **kwargs):
    seen.append((str(option), opt_str, value, args, sorted(kwargs.items())))
    parser.values.called = True


parser = OptionParser(prog='tool', usage='%prog [options] files...', version='%prog 1.2',
                      description='Process some files in interesting ways; this description is '
                                  'long enough to be wrapped over several lines of help.',
                      epilog='Report bugs nowhere.')
parser.add_option('-f', '--file', dest='filename', help='write report to FILE',
                  metavar='FILE')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
                  help="don't print status messages to stdout")
parser.add_option('-v', action='count', dest='level', help='more output (repeatable)')
parser.add_option('-n', '--num', type='int', default=3, help='a number [default: %default]')
parser.add_option('--ratio', type='float', help='a ratio, default %default')
parser.add_option('-I', '--include', action='append', help='add a directory')
parser.add_option('--mode', type='choice', choices=['fast', 'slow'], default='fast',
                  help='speed (fast or slow)')
parser.add_option('--pair', nargs=2, type='int', help='two numbers')
parser.add_option('--cb', action='callback', callback=record, callback_args=(1,),
                  callback_kwargs={'k': 2}, help='call back')
parser.add_option('--cbv', action='callback', callback=record, type='string', help='call back with value')
parser.add_option('--const', action='store_const', const=42, dest='answer')
parser.add_option('--tag', action='append_const', const='t', dest='tags')
parser.add_option('--secret', help=optparse.SUPPRESS_HELP)
parser.add_option('--very-long-option-name-here', action='store_true',
                  help='an option whose name is longer than the help column, so its help '
                       'starts on the next line and wraps')
group = OptionGroup(parser, 'Dangerous Options', 'Caution: use these options at your own risk.')
group.add_option('-g', action='store_true', help='Group option.')
parser.add_option_group(group)

opts, args = parser.parse_args([])
print(sorted(vars(opts).items()), args)
opts, args = parser.parse_args(['-f', 'out.txt', 'a', '-qvv', '--num=7', 'b', '--ratio', '2.5',
                                '-Iinc1', '--include', 'inc2', '--mode', 'slow', '--pair', '1', '2',
                                '--cb', '--cbv=val', '--const', '--tag', '--tag', '-g', '--', '-x'])
print(sorted(vars(opts).items()), args)
print(seen)
print(opts.filename, opts.verbose, opts.level, opts.num, opts.ratio, opts.include, opts.pair)
opts, args = parser.parse_args(['--fi', 'abbrev', '--ra=0.5', '-n0x1f', '-n', '010'])
print(opts.filename, opts.ratio, opts.num)
print(opts == {'x': 1}, str(optparse.Values({'a': 1})), optparse.Values({'a': 1}) == {'a': 1})

parser.print_help()
parser.print_usage()
parser.print_version()
print(repr(parser.get_usage()), parser.get_version(), parser.get_prog_name())
print(parser.has_option('-f'), parser.has_option('--nope'), str(parser.get_option('--file')),
      parser.get_option_group('-g').title, parser.get_option_group('-f'))
print(parser.defaults['num'], parser.get_default_values().num)

parser.disable_interspersed_args()
print(parser.parse_args(['a', '-q'])[1])
parser.enable_interspersed_args()
parser.set_defaults(num=99, filename='dflt')
print(parser.parse_args([])[0].num, parser.parse_args([])[0].filename)
parser.remove_option('--secret')
print(parser.has_option('--secret'))

for argv in [['--bogus'], ['-z'], ['--num', 'abc'], ['--mode', 'medium'], ['--num'],
             ['--pair', '1'], ['--quiet=yes'], ['--c'], ['--r', '1.0', '--re'], ['--ratio', 'x']]:
    try:
        parser.parse_args(argv)
        print('no error')
    except SystemExit as e:
        print('exit', e.code)
for argv in [['--help'], ['--version'], ['-h']]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

# construction errors
for args, kwargs in [(('x',), {}), (('-xy',), {}), (('---x',), {}), (('-x',), {'action': 'bogus'}),
                     (('-x',), {'type': 'bogus'}), (('-x',), {'action': 'store_true', 'type': 'int'}),
                     (('-x',), {'type': 'choice'}), (('-x',), {'choices': ['a']}),
                     (('-x',), {'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}),
                     (('-x',), {'action': 'callback', 'callback': 5}),
                     (('-x',), {'callback': len}), (('-x',), {'bogus': 1, 'other': 2}),
                     (('-x',), {'action': 'callback', 'callback': len, 'callback_args': [1]}),
                     (('-f',), {}), (('-q', '--file'), {})]:
    try:
        parser.add_option(*args, **kwargs)
        print('no error')
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)

# conflict resolution, TitledHelpFormatter, no options, make_option lists, types by class
p2 = OptionParser(prog='p2', conflict_handler='resolve', add_help_option=False,
                  formatter=optparse.TitledHelpFormatter(),
                  option_list=[make_option('-a', '--alpha', type=int, help='alpha value'),
                               make_option('-b', type=str, dest='beta')])
p2.add_option('-a', '--aardvark', action='store_true', help='replaces -a')
p2.print_help()
print(sorted(vars(p2.parse_args(['--alpha', '5', '-a', '-bB'])[0]).items()))
p3 = OptionParser(prog='p3', usage=optparse.SUPPRESS_USAGE, add_help_option=False)
p3.print_help()
print(repr(p3.format_help()))
p4 = OptionParser(prog='p4', usage='usage: %prog [-x]')
print(repr(p4.get_usage()))
try:
    p4.add_option('-h')
except optparse.OptionConflictError as e:
    print(e)
print(issubclass(optparse.OptionConflictError, optparse.OptionError),
      issubclass(optparse.AmbiguousOptionError, optparse.BadOptionError))
