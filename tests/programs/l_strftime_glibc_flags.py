# strftime with glibc's flags (CPython hands the format to the C library): '-' no
# padding, '_' spaces, '0' zeros, '^' upper case; datetime's, date's and time's.
import datetime, time
d = datetime.datetime(2024, 3, 5, 7, 4, 9)
for fmt in ['%-d/%-m %-j', '%_d|%_m|%_H', '%0e|%0k', '%^a %^B %^p', '%-H:%M', '%-I%p', '%d %-y', '%-', '%-%', '%_Y', '%A %-e %B']:
    print(repr(fmt), repr(d.strftime(fmt)), repr(d.date().strftime(fmt)), repr(time.strftime(fmt, d.timetuple())))
print(datetime.time(3, 2).strftime('%-H:%-M'))
