# calendar: isleap/leapdays/weekday/monthrange, the name sequences, Calendar's
# iterators and month/year tables with various first weekdays, TextCalendar's month and
# year texts (widths, line spacing, columns), the module-level functions, timegm and
# the IllegalMonthError/IllegalWeekdayError errors
import calendar
import datetime

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000),
      calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(-4))
print(calendar.leapdays(1, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000),
      calendar.leapdays(1900, 2100))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)], calendar.weekday(1, 1, 1),
      calendar.weekday(9999, 12, 31), calendar.weekday(12345, 6, 7), calendar.weekday(0, 3, 1))
print([calendar.monthrange(2023, m) for m in range(1, 13)], calendar.monthrange(2024, 2),
      calendar.monthrange(1900, 2))
print(len(calendar.month_name), list(calendar.month_name), list(calendar.month_abbr),
      list(calendar.day_name), list(calendar.day_abbr), calendar.month_name[1:4],
      calendar.day_abbr[-1], calendar.month_abbr[::-3], len(calendar.day_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February,
      calendar.mdays, calendar.EPOCH, calendar.firstweekday())
for first in (0, 6, 3, 8):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 10))[:9])
    print(list(cal.itermonthdays3(2024, 12))[-5:], list(cal.itermonthdays4(2025, 1))[:3])
    print([str(d) for d in cal.itermonthdates(2021, 3)][:8])
    print(cal.monthdayscalendar(2015, 2))
    print(cal.monthdays2calendar(2019, 9)[0], len(cal.monthdatescalendar(2026, 8)))
cal = calendar.Calendar()
cal.setfirstweekday(2)
print(cal.firstweekday, cal.monthdayscalendar(9999, 12)[-1], list(cal.itermonthdays3(1, 1))[:4])
ydc = cal.yeardayscalendar(2024, 4)
print(len(ydc), [len(r) for r in ydc], ydc[0][1])
print([len(r) for r in cal.yeardays2calendar(2023)], cal.yeardatescalendar(2022, 5)[2][1][0])
print(calendar.monthcalendar(2024, 3))

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 12, 4, 2))
print(calendar.TextCalendar(6).formatmonth(2021, 8, 3))
print(calendar.TextCalendar(calendar.SUNDAY).formatyear(2024))
print(tc.formatyear(2025, 3, 1, 2, 4))
print(tc.formatyear(1999, 2, 2, 4, 6))
print(repr(tc.formatweek(cal.monthdays2calendar(2024, 5)[0], 3)))
print(repr(tc.formatweekheader(1)), repr(tc.formatweekheader(2)),
      repr(tc.formatweekheader(9)), repr(tc.formatweekheader(12)))
print(repr(tc.formatmonthname(2024, 5, 30)), repr(tc.formatmonthname(2024, 5, 10, False)),
      repr(tc.formatday(7, 0, 5)), repr(tc.formatday(0, 0, 3)), repr(tc.formatweekday(3, 5)))
tc.prmonth(2000, 1)
tc.prweek([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 2)
print()
calendar.prmonth(1970, 1, 3)
print(calendar.month(2038, 1))
print(calendar.calendar(2000, 2, 1, 6, 2)[:400])
print(repr(calendar.week([(5, 0), (6, 1)], 4)), repr(calendar.weekheader(3)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
calendar.setfirstweekday(0)
calendar.format(['a', 'bb', 'ccc'])
calendar.format(['x', 'y'], 5, 2)
print(repr(calendar.formatstring(['one', 'two'], 10, 3)))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2000, 1, 40, 25, 61, 70)),
      calendar.timegm(datetime.datetime(2021, 5, 6, 7, 8, 9).timetuple()))
for f in [lambda: calendar.monthrange(2000, 13), lambda: calendar.monthrange(2000, 0),
          lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1),
          lambda: tc.formatmonth(2020, 13), lambda: calendar.weekday(2020, 13, 1),
          lambda: calendar.month_name[13], lambda: list(cal.itermonthdates(9999, 12)),
          lambda: calendar.weekday(2021, 2, 29)]:
    try:
        print(f())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, e.args, isinstance(e, calendar.error))
e = calendar.IllegalMonthError(14)
print(e.month, repr(e), str(e), calendar.IllegalWeekdayError(9).weekday)
