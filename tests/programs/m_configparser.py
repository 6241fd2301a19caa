# configparser: reading, access, interpolation, writing, errors
import configparser
import io

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
; another comment
multi = first line
   second line

   third after blank
path = %(home)s/data
home = /srv
pct = 100%%
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.options('bitbucket.org'))
print(cp.get('bitbucket.org', 'user'), cp['bitbucket.org']['User'], cp['bitbucket.org']['compression'])
top = cp['topsecret.server.com']
print(top.getint('port'), top.getfloat('ratio'), top.getboolean('forwardx11'),
      cp.getboolean('bitbucket.org', 'ForwardX11'), cp.getint('DEFAULT', 'compressionlevel'))
print(repr(top['multi']))
print(top['path'], cp.get('topsecret.server.com', 'path', raw=True), top['pct'])
print(cp.get('topsecret.server.com', 'path', vars={'home': '/override'}))
print(cp.get('bitbucket.org', 'missing', fallback='fb'), top.get('missing'), top.get('missing', 'x'),
      cp.getint('nosection', 'x', fallback=-1))
print(list(cp), len(cp), 'bitbucket.org' in cp, 'DEFAULT' in cp, 'nope' in cp)
print(list(top), len(top), 'port' in top, 'PORT' in top, 'nope' in top)
print(cp.items('bitbucket.org'))
print([name for name, proxy in cp.items()], repr(cp['DEFAULT']), top.name, top.parser is cp)
print(cp.has_section('bitbucket.org'), cp.has_section('DEFAULT'), cp.has_option('bitbucket.org', 'USER'),
      cp.has_option('bitbucket.org', 'compression'), cp.has_option('zzz', 'a'), cp.has_option(None, 'compression'))

cp.add_section('new')
cp.set('new', 'key', 'value')
cp['new']['other'] = 'thing'
cp['dictsec'] = {'a': 1, 'B': 'two'}
print(dict(cp['new']), cp['dictsec']['b'], cp.sections())
print(cp.remove_option('new', 'key'), cp.remove_option('new', 'key'), cp.remove_section('new'),
      cp.remove_section('new'))
del cp['dictsec']['a']
del cp['dictsec']
print(cp.sections())
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

d = configparser.ConfigParser(defaults={'base': 'x', 'n': 3})
d.read_dict({'s1': {'k': '%(base)s-%(n)s'}, 2: {'key': 1.5}})
print(d.sections(), d['s1']['k'], d['2']['key'])

raw = configparser.RawConfigParser()
raw.read_string('[s]\na = %(b)s\nb = 1\n')
print(raw.get('s', 'a'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[common]\nhome = /home\n[paths]\nme = ${common:home}/me\nlib = ${me}/lib\ncost = $$5\n')
print(ext['paths']['me'], ext['paths']['lib'], ext['paths']['cost'])
nv = configparser.ConfigParser(allow_no_value=True, delimiters=('=',),
                               inline_comment_prefixes=('#', ';'), comment_prefixes=('//',))
nv.read_string('[mysqld]\nskip-bdb\nuser = mysql # the user\nurl = http://x;y ;comment\n// full comment\nk:v = 1\n')
print(nv.items('mysqld'))
out = io.StringIO()
nv.write(out)
print(out.getvalue())
case = configparser.ConfigParser()
case.optionxform = str
case.read_string('[S]\nCamel = 1\n')
print(case.options('S'))

errors = [
    '[a]\nx = 1\n[a]\n',
    '[a]\nx = 1\nx = 2\n',
    'x = 1\n',
    '[a]\nnovalue\n = 3\ngood = 1\nbad line\n',
    '[a]\nx = %(y)s\n',
    '[a]\nx = %(x)s\n',
    '[a]\nx = 5%\n',
    '[a]\nx = %(y\n',
    '[a]\nb = maybe\n',
    '[a]\ni = abc\n',
]
for src in errors:
    p = configparser.ConfigParser()
    try:
        p.read_string(src)
        for sec in p.sections():
            for opt in p.options(sec):
                v = p.get(sec, opt)
                if opt == 'b':
                    p.getboolean(sec, opt)
                if opt == 'i':
                    p.getint(sec, opt)
        print('no error')
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, '|', e, '|', e.args)
p = configparser.ConfigParser()
for call in [lambda: p.get('none', 'x'), lambda: p.add_section('DEFAULT'), lambda: p['none'],
             lambda: p.set('none', 'a', 'b'), lambda: p.options('none'),
             lambda: (p.add_section('s'), p.add_section('s')), lambda: p.set('s', 'a', 5),
             lambda: p.set('s', 'a', '50%'), lambda: p.get('s', 'missing'),
             lambda: p.add_section(3), lambda: p.__delitem__('DEFAULT'),
             lambda: p.read_dict({'s': {'a': 1}, 'S2': {'x': 1, 'X': 2}})]:
    try:
        call()
        print('no error')
    except (configparser.Error, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(configparser.NoSectionError, configparser.Error),
      issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(configparser.DuplicateSectionError('x'), configparser.DuplicateOptionError('s', 'o'),
      configparser.DuplicateSectionError('x', 'file.ini', 7))
