# string constants, capwords, Template; io.StringIO
import string
from string import Template
import io

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.ascii_lowercase, string.ascii_uppercase, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords('  hello   big world  '), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(Template('$a and $b').safe_substitute(a=1), Template('${a}x$').safe_substitute(a=1))
print(t.get_identifiers(), t.is_valid(), Template('$').is_valid())
for bad in [lambda: Template('$a $b').substitute(a=1), lambda: Template('cost $5').substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
buf.write('line one\n')
print('line', 2, sep='-', file=buf)
buf.writelines(['three\n', 'four'])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(4)), repr(buf.readline()), buf.readlines())
buf.seek(5)
buf.write('ONE')
print(repr(buf.getvalue()))
buf.truncate(8)
print(repr(buf.getvalue()), buf.tell())
src = io.StringIO('a\nbb\nccc\n')
print([len(line) for line in src], src.read(), src.closed)
with io.StringIO('x') as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
for i in range(3):
    out.write('%d;' % i)
print(out.getvalue())
try:
    Template('ok\nline $a\nbad $ here').substitute(a=1)
except ValueError as e:
    print('ValueError', e)
