# time: gmtime, localtime (UTC in gclab; the test machine runs python3 in UTC), strftime, asctime, ctime, mktime, struct_time
import time
print(time.strftime("%Y-%m-%d", time.gmtime(0)))
g = time.gmtime(0); l = time.localtime(0)
print(g, g.tm_zone, g.tm_gmtoff, l.tm_zone, l == g)
print(repr(time.strftime('%Z|%z', g)), repr(time.strftime('%Z|%z', l)), repr(time.strftime('%Z|%z', tuple(g))))
print(repr(time.strftime('%Y|%C|%G|%g|%V|%U|%W|%k|%l|%s|%P|%E|%q|%Ey|', (5,1,1,0,0,0,0,1,0))))
print(time.asctime(g), time.ctime(0), time.mktime(g), time.mktime((2024, 14, 40, 25, 0, 0, 0, 0, 0)))
for t in [(2024,0,0,0,0,0,0,0,0), (2024,13,1,0,0,0,0,1,0), (2024,1,1,24,0,0,0,1,0), (2024,1,1,0,0,62,0,1,0), (2024,1,1,0,0,0,-1,1,0),(2024,1,1,0,0,0,9,1,0), (2024,1,1,0,0,0,0,367,0), (2024,1,1,0,0,0,0,1,5), (2024,1,32,0,0,0,0,1,0), (2024,1,1,0,60,0,0,1,0)]:
    try: print(repr(time.strftime('%Y-%m-%d %H:%M:%S %a %j', t)))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: time.strftime('%Y', (1, 2)), lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e20), lambda: time.gmtime('x'), lambda: time.strftime(5), lambda: time.strftime('%Y', 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(time.gmtime(-1.5), time.gmtime(1e10), len(g), g[0], g[-1], g[:3], type(g).__name__, type(g).__module__)
print(time.strftime('%%|%n|%t|%c|%x|%X|%D|%r|%R|%T|%h|%e|%I|%p|%u|%w|%A|%B|%F', time.gmtime(1700000000)))
year, mon, day, *rest = time.gmtime(86400 * 365.25 * 30)
print(year, mon, day, rest, isinstance(g, tuple), tuple(g) == tuple(time.localtime(0)))
# every day of 4 centuries: ISO weeks, week numbers, weekdays, days of the year
acc = []
for days in range(-146097, 146097, 13):
    t = time.gmtime(days * 86400 + 3723)
    acc.append(time.strftime('%G-%V-%u %U %W %j %a %d %b %y %C %I%p', t))
    assert time.mktime(t) == days * 86400 + 3723
print(len(acc), hash(tuple(acc)) == hash(tuple(acc)), acc[:3], acc[-2:])
import hashlib
print(hashlib.sha256('\n'.join(acc).encode()).hexdigest())
print(time.timezone, time.altzone, time.daylight, time.tzname, time.struct_time.n_fields)
