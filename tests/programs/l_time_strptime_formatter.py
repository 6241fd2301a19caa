# time.strptime, struct_time from datetime.timetuple()/utctimetuple() and time.struct_time(seq), string.Formatter (and a subclass overriding format_field)
import time, datetime
t = time.localtime(0); print(type(t).__name__, t.tm_year >= 1969)
d = datetime.datetime(2020, 5, 17, 10, 30, 5)
tt = d.timetuple(); print(type(tt).__name__, tt.tm_yday, tt[0], tt)
print(d.utctimetuple().tm_hour)
st = time.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'); print(st.tm_year, st.tm_mon, st.tm_wday, st.tm_yday, st)
print(time.mktime(d.timetuple()) == time.mktime(tt))
print(time.strftime('%Y %j', tt))
import string
f = string.Formatter(); print(f.format('{0} {x:>4}', 1, x='y'), list(f.parse('a{0}b{x!r:5}')))
class Up(string.Formatter):
    def format_field(self, v, spec): return str(v).upper()
print(Up().format('{} and {name}', 'a', name='b'), Up().vformat('{0}', ('q',), {}))
print(f.format('{0[1]} {1.real} {k[key]} {{x}} {0!r:>8}', [5, 6], 3, k={'key': 'v'}))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), list(f.parse('plain')), list(f.parse('')))
for bad in ['{', '}', '{0!}', '{0!x}', '{}{0}', '{0}{}']:
    try: print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e: print(type(e).__name__, e)
