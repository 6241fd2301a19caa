# datetime: timedelta normalisation (float rounding), arithmetic and str/repr; date,
# time, datetime constructors and their error messages, ordinals, isocalendar,
# isoformat/fromisoformat, strftime/strptime, timezone offsets, astimezone, comparisons
# of naive and aware values; now()/today() only by type and order (no clock output)
import datetime
from datetime import date, time, datetime as DT, timedelta as TD, timezone, tzinfo
from datetime import MINYEAR, MAXYEAR


def err(f):
    try:
        r = f()
    except Exception as e:
        print('  ', type(e).__name__ + ':', e)
    else:
        print('   ok', repr(r))


print('-- timedelta')
print(TD(), TD(1), TD(days=1, hours=2, minutes=3, seconds=4, microseconds=5))
print(repr(TD(1, 7384, 5)), repr(TD(0)), repr(TD(seconds=-1)), repr(TD(microseconds=-1)))
print(TD(weeks=1, days=-1, hours=-1), TD(milliseconds=1.5), TD(days=0.5), TD(minutes=-0.25))
print(TD(microseconds=0.5), TD(microseconds=1.5), TD(microseconds=2.5), TD(seconds=1e-7),
      TD(days=1.1, seconds=0.3333333, microseconds=0.4), TD(hours=1 / 3))
print(str(TD(-1)), str(TD(days=-2, seconds=5)), str(TD(3, 1)), str(TD(microseconds=7)))
print(TD.min, TD.max, TD.resolution, repr(TD.max))
a, b = TD(days=3, hours=5), TD(hours=7, microseconds=13)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.1, 0.5 * b, a * -1.25)
print(a / b, a // b, a % b, divmod(a, b), a / 7, a // 7, a / 2.5, b / 3)
print(TD(microseconds=5) / 2, TD(microseconds=7) / 2, TD(microseconds=-5) / 2, TD(1) // -7)
print(a.total_seconds(), TD(microseconds=1).total_seconds(), (-a).days, (-a).seconds)
print(a == TD(hours=77), a != b, a < b, a > b, a <= a, a >= b, a == 5, a != 'x')
print(hash(TD(1, 2, 3)) == hash((1, 2, 3)), bool(TD()), bool(TD(microseconds=1)))
print(len({TD(1), TD(hours=24), TD(seconds=86400)}), sorted([b, a, TD(-1)]))
err(lambda: TD(days=1e9))
err(lambda: TD(days=10 ** 10))
err(lambda: TD.max + TD(1))
err(lambda: TD(days='1'))
err(lambda: TD(seconds=[]))
err(lambda: TD(1) / 0)
err(lambda: TD(1) // 0)
err(lambda: TD(1) / TD(0))
err(lambda: TD(1) % TD(0))
err(lambda: TD(days=float('nan')))
err(lambda: TD(1) * float('nan'))

print('-- date')
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[1], ic == (2020, 9, 6))
print(d.ctime(), d.isoformat(), str(d), d.timetuple()[:8])
print(date.fromordinal(1), date.fromordinal(737850), date.fromordinal(3652059))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
for y, m, dd in [(2004, 1, 1), (2005, 1, 2), (2008, 12, 29), (2009, 12, 31), (2010, 1, 3),
                 (1, 1, 1), (9999, 12, 31), (2021, 1, 1), (1900, 3, 1)]:
    x = date(y, m, dd)
    print(' ', x, x.toordinal(), date.fromordinal(x.toordinal()) == x, tuple(x.isocalendar()),
          x.weekday(), x.strftime('%a %A %w %j %U %W %G-%V-%u'))
print(d + TD(1), d + TD(days=366), TD(-60) + d, d - TD(hours=47), d - date(2000, 1, 1))
print(date(2020, 1, 31).replace(month=2, day=28), d.replace(year=2024), d.replace())
print(date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'),
      date.fromisoformat('2021-W52-5'), date.fromisoformat('2020W01'),
      date.fromisocalendar(2020, 53, 7))
print(date.fromtimestamp(0), date.fromtimestamp(1e9), date(2020, 1, 1) < d, d > d, d == d)
print(date(2020, 1, 1) == date(2020, 1, 1), len({date(2020, 1, 1), date(2020, 1, 1), d}))
print(format(d, ''), format(d, '%d/%m/%y'), f'{d:%B %d, %Y}', '{:%j}'.format(d))
err(lambda: date(2020))
err(lambda: date(2020, 1))
err(lambda: date(0, 1, 1))
err(lambda: date(10000, 1, 1))
err(lambda: date(2020, 13, 1))
err(lambda: date(2019, 2, 29))
err(lambda: date(2020, 4, 31))
err(lambda: date(2020, 1.0, 1))
err(lambda: date('2020', 1, 1))
err(lambda: date.fromordinal(0))
err(lambda: date.max + TD(1))
err(lambda: date.min - TD(1))
err(lambda: d.replace(month=13))
err(lambda: date.fromisoformat('2020-1-01'))
err(lambda: date.fromisoformat('2020-13-01'))
err(lambda: date.fromisoformat(20200101))
err(lambda: date.fromisocalendar(2021, 53, 1))
err(lambda: date.fromisocalendar(2020, 5, 8))
err(lambda: d < DT(2020, 1, 1))
err(lambda: d.strftime(5))
err(lambda: format(d, 5))
print(d == DT(2020, 2, 29), d != DT(2020, 2, 29))

print('-- time')
t = time(13, 5, 7, 80)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), time(23, 59, 59, 999999))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, repr(time(1, fold=1)))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(' ', spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
print(t.replace(hour=1), t.replace(microsecond=0), t.strftime('%H:%M:%S.%f %I %p %Y-%m-%d'))
print(time.fromisoformat('04:23:01'), time.fromisoformat('T0423'), time.fromisoformat('04'),
      repr(time.fromisoformat('04:23:01.123+02:00')), time.fromisoformat('01:02:03,5Z'))
print(time(1) < time(2), time(1) == time(1, 0), time(3) >= time(2, 59), bool(time()))
print(time.min, time.max, time.resolution, format(t, '%H h'), f'{t}')
tz2 = timezone(TD(hours=2))
print(time(12, tzinfo=tz2) == time(10, tzinfo=timezone.utc), time(12, tzinfo=tz2).utcoffset(),
      time(12, tzinfo=tz2).tzname(), time(12) == time(12, tzinfo=tz2), time(12).utcoffset())
print(hash(time(12, tzinfo=tz2)) == hash(time(10, tzinfo=timezone.utc)))
err(lambda: time(24))
err(lambda: time(1, 60))
err(lambda: time(1, 1, 60))
err(lambda: time(1, 1, 1, 1000000))
err(lambda: time(1, fold=2))
err(lambda: time(1, tzinfo=1))
err(lambda: time(1).isoformat('days'))
err(lambda: time.fromisoformat('25:00'))
err(lambda: time.fromisoformat('12:3'))
err(lambda: time(12) < time(12, tzinfo=tz2))

print('-- datetime')
dt = DT(2021, 3, 14, 15, 9, 26, 535897)
print(dt, repr(dt), repr(DT(2021, 1, 1)), repr(DT(2021, 1, 1, 0, 0, 5)), dt.date(), dt.time())
print(dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.weekday(), dt.toordinal())
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat('x', 'seconds'), dt.isoformat(timespec='hours'))
print(dt.ctime(), dt.timetuple()[:], dt.timestamp(), DT(1970, 1, 1).timestamp())
print(dt.strftime('%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f [%z] [%Z] %j %U %W %%'))
print(dt.strftime('%c | %x | %X | %e | %D | %T | %F | %R | %r | %C | %h | %s | %Q %'))
print(DT(5, 1, 1).strftime('%Y %y %G'), DT(2021, 1, 3).strftime('%U %W %V %G %g'))
print(DT.combine(date(2020, 5, 17), time(8, 30)), DT.combine(d, t, tz2))
print(DT.fromordinal(737850), DT.fromtimestamp(1e9, timezone.utc), DT.utcfromtimestamp(1.5e9))
print(DT.utcfromtimestamp(0.0000005), DT.utcfromtimestamp(0.0000015), DT.utcfromtimestamp(-1.25))
print(DT.fromtimestamp(86400 * 365, tz2), DT.utcfromtimestamp(253402300799))
print(dt + TD(hours=9), dt - TD(days=400, microseconds=1), dt - DT(2021, 1, 1),
      DT(2021, 1, 1) - dt, TD(1) + dt)
print(dt.replace(year=2020, microsecond=0), dt.replace(tzinfo=tz2), dt.replace(day=1, hour=0))
print(dt == DT(2021, 3, 14, 15, 9, 26, 535897), dt < DT(2022, 1, 1), dt > dt, dt >= dt)
print(DT.min, DT.max, DT.resolution, DT(2021, 1, 1) == date(2021, 1, 1))
print(hash(dt) == hash(dt.replace()), len({dt, dt.replace(), DT(2021, 1, 1)}))
for s in ['2011-11-04', '20111104', '2011-11-04T00:05:23', '2011-11-04T00:05:23Z',
          '20111104T000523', '2011-W01-2T00:05:23.283', '2011-11-04 00:05:23.283+00:00',
          '2011-11-04T00:05:23+04:00', '2011-11-04T00:05:23.12345678-05:30',
          '2011-11-04T00:05:23,5+0130', '2011-11-04T00', '2011-11-04T0005']:
    print(' ', s, '->', repr(DT.fromisoformat(s)))
print(DT.fromisoformat(dt.isoformat()) == dt, DT.fromisoformat(str(dt)) == dt)
err(lambda: DT(2021))
err(lambda: DT(2021, 1, 1, 24))
err(lambda: DT(2021, 1, 1, 1, 1, 1, -1))
err(lambda: DT.max + TD(microseconds=1))
err(lambda: DT.fromisoformat('2011-11-04T25:00'))
err(lambda: DT.fromisoformat('2011-11-04X'))
err(lambda: DT.fromisoformat('2011-11-04T00:05:23+24:00'))
err(lambda: DT.fromisoformat(''))
err(lambda: DT.fromisoformat(None))
err(lambda: DT.utcfromtimestamp(253402300800))
err(lambda: DT.fromtimestamp(-1e11))
err(lambda: DT.combine(dt, 5))
err(lambda: dt.isoformat('ab'))

print('-- timezone')
tz = timezone(TD(hours=5, minutes=30), 'IST')
print(repr(timezone.utc), repr(tz), repr(tz2), repr(timezone(TD(hours=-3, seconds=5))))
print(str(timezone.utc), str(tz), str(tz2), str(timezone(TD(minutes=-90))),
      timezone(TD(hours=-2, seconds=1, microseconds=3)).tzname(None))
print(timezone.min, timezone.max, timezone(TD(0)) is timezone.utc, datetime.UTC is timezone.utc)
print(tz.utcoffset(None), tz.dst(None), tz.tzname(None), tz == timezone(TD(hours=5, minutes=30)))
print(hash(tz) == hash(timezone(TD(hours=5, minutes=30))), tz != tz2)
aw = DT(2021, 6, 1, 12, tzinfo=tz)
print(aw, repr(aw), aw.utcoffset(), aw.tzname(), aw.dst(), aw.timestamp(), aw.isoformat())
print(aw.astimezone(timezone.utc), aw.astimezone(tz2), aw.astimezone(tz) is aw,
      repr(DT(2021, 1, 1, 12).astimezone(tz)), repr(DT(2021, 1, 1, 12).astimezone().tzinfo))
print(aw.strftime('%z %Z %H:%M'), DT(2021, 1, 1, tzinfo=timezone(TD(seconds=-3661))).strftime('%z'))
print(aw == DT(2021, 6, 1, 6, 30, tzinfo=timezone.utc), aw - DT(2021, 6, 1, tzinfo=timezone.utc))
print(aw < DT(2021, 6, 1, 7, tzinfo=timezone.utc), aw == DT(2021, 6, 1, 12), aw.timetz())
print(hash(aw) == hash(DT(2021, 6, 1, 6, 30, tzinfo=timezone.utc)), aw.utctimetuple()[:6])
print(aw + TD(hours=1), aw.replace(tzinfo=None), DT.now(tz).tzinfo is tz, type(DT.now(timezone.utc)))
err(lambda: timezone(5))
err(lambda: timezone(TD(hours=24)))
err(lambda: timezone(TD(0), 5))
err(lambda: aw < DT(2021, 1, 1))
err(lambda: aw - DT(2021, 1, 1))
err(lambda: tz.utcoffset(5))
err(lambda: tzinfo().utcoffset(None))
err(lambda: tz.fromutc(DT(2021, 1, 1)))
err(lambda: aw.astimezone(5))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = TD(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return TD(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%r)' % self.name


class Bad(tzinfo):
    def utcoffset(self, dt):
        return TD(hours=25)


f = Fixed(-4, 'EDT')
x = DT(2021, 7, 4, 9, tzinfo=f)
print(x, repr(x), x.tzname(), x.utcoffset(), x.dst(), x.astimezone(timezone.utc), x.timetuple()[-1])
print(DT(2021, 7, 4, 13, tzinfo=timezone.utc).astimezone(f), DT.fromtimestamp(0, f))
err(lambda: DT(2021, 1, 1, tzinfo=Bad()).utcoffset())

print('-- strptime')
for s, fm in [('2021-03-14 15:09:26', '%Y-%m-%d %H:%M:%S'),
              ('14/03/21 3:09 PM', '%d/%m/%y %I:%M %p'),
              ('Sunday, March 14 2021', '%A, %B %d %Y'),
              ('sun mar 14 15:09:26 2021', '%a %b %d %H:%M:%S %Y'),
              ('2021 073', '%Y %j'), ('12:00:01.5', '%H:%M:%S.%f'), ('1 2 03', '%d %m %y'),
              ('2021-03-14T15:09:26+0530', '%Y-%m-%dT%H:%M:%S%z'),
              ('2021-03-14 15:09 -03:30', '%Y-%m-%d %H:%M %z'), ('2021 Z', '%Y %z'),
              ('2021 +01:00:30.25', '%Y %z'), ('12 AM', '%I %p'), ('12 PM', '%I %p'),
              ('2021 10 3', '%Y %U %w'), ('2021 0 0', '%Y %W %w'), ('2021 52 Sun', '%G %V %a'),
              ('10%', '%d%%'), ('  7  ', ' %d '), ('1999\t12', '%Y %m'),
              ('Sun Mar 14 15:09:26 2021', '%c'), ('03/14/21', '%x'), ('15:09:26', '%X'),
              ('1969', '%Y'), ('69', '%y'), ('68', '%y'), ('2021 UTC', '%Y %Z'),
              ('2021+0100 UTC', '%Y%z %Z'), ('110', '%d%m'), ('0701', '%H%M')]:
    print(' ', repr(s), repr(fm), '->', repr(DT.strptime(s, fm)))
err(lambda: DT.strptime('2021-13-01', '%Y-%m-%d'))
err(lambda: DT.strptime('2021-01-01 junk', '%Y-%m-%d'))
err(lambda: DT.strptime('Feb 29', '%b %d'))
err(lambda: DT.strptime('2021-02-30', '%Y-%m-%d'))
err(lambda: DT.strptime('x', '%Q'))
err(lambda: DT.strptime('x', 'x%'))
err(lambda: DT.strptime(5, '%Y'))
err(lambda: DT.strptime('5', None))
err(lambda: DT.strptime('2021', '%G'))
err(lambda: DT.strptime('10 1', '%V %u'))

print('-- now/today')
n1 = DT.now()
n2 = DT.utcnow()
n3 = DT.today()
td = date.today()
print(type(n1).__name__, type(n2).__name__, type(n3).__name__, type(td).__name__)
print(n1.tzinfo, n1.year >= 2024, abs(n2 - n1) < TD(days=1), n3 >= n1, td.year >= 2024)
nu = DT.now(timezone.utc)
print(nu.tzinfo, abs(nu.timestamp() - n1.timestamp()) < 86400, isinstance(nu, date))


class MyDate(date):
    def double_day(self):
        return self.day * 2


class MyTD(TD):
    pass


md = MyDate(2020, 1, 1)
print(repr(md), repr(md + TD(3)), type(md - TD(1)).__name__, repr(md.replace(day=9)),
      md.double_day(), repr(MyDate.fromordinal(5)), repr(MyTD(1)), type(MyTD(1) + TD(1)).__name__)
