# csv: reader on lists, io.StringIO and files (quoted fields, "" and escapes, fields
# over several lines, \r\n, empty lines, skipinitialspace, strict errors, end of data,
# QUOTE_NONNUMERIC), writer quoting and escaping for every QUOTE_* mode, round trips,
# DictReader/DictWriter, dialects (classes, registered names, checks) and the errors
import csv
import io
import os


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def rows(lines, **kw):
    r = csv.reader(lines, **kw)
    out = []
    try:
        for row in r:
            out.append(row)
    except csv.Error as e:
        out.append('Error: %s' % e)
    print(out, r.line_num)


print([name for name in sorted(csv.__all__) if name != 'Sniffer'])
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.__version__, issubclass(csv.Error, Exception), csv.Error.__module__)

# reading
rows(['a,b,c', '1,2,3', '', 'x'])
rows(['a,b,c\r\n', '1,2,3\n', '\n', '\r\n', 'last'])
rows(['"quoted, with comma","say ""hi""",plain', '"",x,""'])
rows(['"a multi', 'line field",b', 'c'])
rows(['"a multi\n', 'line field",b\n', 'c\n'])
rows(['a, b,  c', ' "d", e'], skipinitialspace=True)
rows(['a, b,  c', ' "d", e'])
rows(['a;b;"c;d"', 'e;f'], delimiter=';')
rows(["'x,y',z", "'it''s'"], quotechar="'")
rows(['a\\,b,c\\\\d,e\\', 'next', '"q\\"x",\\"y'], escapechar='\\')
rows(['a\\,b,"c"d"e', '"x"'], escapechar='\\', doublequote=False)
rows(['"a"b,c', '"open'])
rows(['"a"b,c'], strict=True)
rows(['"open'], strict=True)
rows(['"a"', '"b",'], strict=True)
rows(['a\nb'])
rows(['a\rb'])
rows(['"a\rb"\r\n'])
rows(['"', 'a,"'])
rows(['one\ttwo\t"th\tree"'], dialect='excel-tab')
rows(['a,"b"'], quoting=csv.QUOTE_NONE)
rows(['1,2.5,"x",-3e2, 4 ', ''], quoting=csv.QUOTE_NONNUMERIC)
attempt(lambda: list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)))
rows(['a\0b,c'])
rows([])
rows(iter(['gen,erator']))
rows(io.StringIO('h1,h2\r\nv1,"v\r\n2"\r\nv3,v4\r\n'))
rows(io.StringIO('no newline at end'))
rows(['a,b', b'c,d'])
rows([',', ',,', ' , '])
old = csv.field_size_limit(5)
rows(['12345,123456'])
print(old, csv.field_size_limit(old), csv.field_size_limit())

r = csv.reader(['x,y', 'z'], delimiter=',')
print(iter(r) is r, r.line_num, next(r), r.line_num, next(r), r.line_num)
attempt(lambda: next(r))
d = r.dialect
print(d.delimiter, repr(d.quotechar), d.escapechar, d.quoting, repr(d.lineterminator),
      d.doublequote, d.skipinitialspace, d.strict)
attempt(lambda: setattr(d, 'delimiter', ';'))

# writing
def written(data, many=False, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        if many:
            print(w.writerows(data), end=' ')
        else:
            for row in data:
                print(w.writerow(row), end=' ')
    except csv.Error as e:
        print('Error:', e, end=' ')
    print(repr(s.getvalue()))


data = [['plain', 'with,comma', 'with "quote"', 'line\nbreak', 'cr\rhere', '', None],
        [1, 2.5, -3, True, 10 ** 20, 1.0e-7, 3 + 4j]]
written(data)
written(data, many=True, lineterminator='\n')
written(data, quoting=csv.QUOTE_ALL)
written(data, quoting=csv.QUOTE_NONNUMERIC)
written(data, quoting=csv.QUOTE_NONE)
written(data, quoting=csv.QUOTE_NONE, escapechar='\\')
written([['a"b', 'c\\d', 'e,f', 'g']], doublequote=False, escapechar='\\')
written([['a"b']], doublequote=False)
written([['a b', 'c', ' d ']], delimiter=' ')
written([['x;y', "it's"]], delimiter=';', quotechar="'")
written([['aXb', 'c']], lineterminator='X')
written([[''], [None], [], ['', ''], ['', None, '']])
written([['']], quoting=csv.QUOTE_NONE)
written([['a', 'b']], dialect='unix')
written([['a', 'b']], dialect=csv.excel_tab)
written([('tuple', 'row'), range(3), 'str', (x * x for x in range(4))])
written([5])
written([[1, 2], 7, [3]])
written([['x,y']], quotechar=None, quoting=csv.QUOTE_NONE)


class Fieldy:
    def __str__(self):
        return 'Fieldy!'


written([[Fieldy(), [1, 2], {'k': 1}]])
written([[Fieldy(), 0.5]], quoting=csv.QUOTE_NONNUMERIC)

# round trips through the writer and the reader
tricky = [['a', 'b,c', 'd"e', 'f\ng', '', ' h ', 'i\r\nj'], ['', ''], ['"'], ['x']]
for kw in ({}, {'quoting': csv.QUOTE_ALL}, {'doublequote': False, 'escapechar': '\\'},
           {'delimiter': '|', 'quotechar': '~', 'lineterminator': '\n'}):
    s = io.StringIO()
    csv.writer(s, **kw).writerows(tricky)
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), **kw))
    print(back == tricky, repr(s.getvalue()))

# a real file, opened with newline=''
path = 'l_csv_test_file_%d.csv' % os.getpid()
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['name', 'note'])
    w.writerows([['ann', 'multi\nline'], ['bob', 'x, y']])
with open(path, newline='') as f:
    print(f.read().count('\r\n'))
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, newline='') as f:
    for row in csv.DictReader(f):
        print(row)
os.remove(path)

# DictReader
text = 'id,name,score\r\n1,ann,9.5\r\n\r\n2,bob\r\n3,cy,7,extra,more\r\n'
dr = csv.DictReader(io.StringIO(text))
print(dr.line_num, dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(io.StringIO(text), restkey='REST', restval='?')
print([row for row in dr])
dr = csv.DictReader(['a;b', '1;2'], fieldnames=('x', 'y'), delimiter=';')
print(dr.fieldnames, list(dr), dr.line_num)
dr = csv.DictReader([])
print(dr.fieldnames, list(dr))
dr = csv.DictReader(['k,v', '1,2'])
dr.fieldnames = ['K', 'V']
print(list(dr))
dr = csv.DictReader(['"k",v', 'x,y'], quoting=csv.QUOTE_NONE)
print(list(dr))

# DictWriter
s = io.StringIO()
dw = csv.DictWriter(s, ['id', 'name', 'score'], restval='-')
print(dw.writeheader())
print(dw.writerow({'id': 1, 'name': 'ann, jr', 'score': 9.5}))
dw.writerows([{'id': 2}, {'name': 'cy', 'id': 3}])
attempt(lambda: dw.writerow({'id': 4, 'bogus': 1}))
print(repr(s.getvalue()))
s = io.StringIO()
dw = csv.DictWriter(s, ('a', 'b'), extrasaction='ignore', quoting=csv.QUOTE_ALL,
                    lineterminator='\n')
dw.writeheader()
dw.writerow({'a': 1, 'zz': 2})
print(repr(s.getvalue()))
s = io.StringIO()
dw = csv.DictWriter(s, ['a'], extrasaction='RAISE')
dw.writerow({'a': 1, 'zz': 2})
print(repr(s.getvalue()), dw.extrasaction)
attempt(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='skip'))
print(list(csv.DictReader(io.StringIO(s.getvalue()), fieldnames=['only'])))

# dialects
print(sorted(csv.list_dialects()))
e = csv.get_dialect('excel')
print(e.delimiter, repr(e.quotechar), repr(e.lineterminator), e.quoting, e.doublequote,
      e.escapechar, e.skipinitialspace, e.strict)
u = csv.get_dialect('unix')
print(repr(u.lineterminator), u.quoting, csv.get_dialect('excel-tab').delimiter == '\t')
print(csv.excel.delimiter, csv.excel().quoting, csv.Dialect.delimiter,
      csv.unix_dialect.quoting, csv.excel_tab.lineterminator == '\r\n')
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
written([['a', 'b|c']], dialect='pipes')
written([['a', 'b|c']], dialect='pipes', quoting=csv.QUOTE_MINIMAL)
rows(['"a"|b|"c|d"'], dialect='pipes')


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = True


class Plain:
    delimiter = ':'


csv.register_dialect('semi', Semi)
csv.register_dialect('semi2', Semi, delimiter='#')
print(csv.get_dialect('semi').delimiter, csv.get_dialect('semi2').delimiter,
      csv.get_dialect('semi').skipinitialspace, Semi()._valid)
rows(['a; "b;c"; d'], dialect=Semi)
rows(['a:b,c'], dialect=Plain())
rows(['a:b,c'], dialect=Plain, delimiter=',')
written([['x', 'y;z']], dialect='semi')
csv.unregister_dialect('semi')
csv.unregister_dialect('semi2')
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))


class Broken(csv.Dialect):
    delimiter = 'ab'


class Empty(csv.Dialect):
    pass


attempt(lambda: Broken())
attempt(lambda: Empty())
attempt(lambda: csv.Dialect())
attempt(lambda: csv.get_dialect('nope'))
attempt(lambda: csv.unregister_dialect('nope'))
attempt(lambda: csv.register_dialect(1))
attempt(lambda: csv.register_dialect('bad', delimiter='::'))
attempt(lambda: csv.reader([], 'nope'))
attempt(lambda: csv.reader(5))
attempt(lambda: csv.writer(5))
attempt(lambda: csv.writer(io.StringIO(), bogus=1))
attempt(lambda: csv.field_size_limit('big'))
for kw in ({'delimiter': None}, {'delimiter': 1}, {'delimiter': ''}, {'quotechar': 1},
           {'quotechar': 'ab'}, {'escapechar': 2}, {'escapechar': 'ab'},
           {'lineterminator': None}, {'lineterminator': 1}, {'quoting': 7},
           {'quoting': 'a'}, {'quoting': None}, {'quoting': 1.0}):
    attempt(lambda: csv.reader([], **kw) and 'ok')
print(csv.reader([], quotechar=None).dialect.quoting,
      csv.writer(io.StringIO(), None, quotechar=None).dialect.quoting)
attempt(lambda: csv.reader([], 'excel', quotechar=None))
print(csv.reader([], strict=1, doublequote=0, skipinitialspace='yes').dialect.strict,
      csv.reader([], doublequote=0).dialect.doublequote,
      csv.reader([], skipinitialspace='yes').dialect.skipinitialspace)
