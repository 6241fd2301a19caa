# gclab's datetime module: timedelta, date, time, datetime, tzinfo, timezone (UTC),
# MINYEAR, MAXYEAR.  Written for gclab after CPython 3.11's interface, with the
# behaviour of its C implementation: the same constructor checks and messages,
# timedelta's normalisation of every keyword unit with CPython's float rounding (halves
# to even), timedelta arithmetic with timedeltas, ints and floats (*, /, //, %, divmod
# rounded as CPython rounds), comparisons and hash (= hash of (days, seconds,
# microseconds)), reprs and str() (subclasses print their own class name, as in
# CPython), ordinals, isocalendar (an IsoCalendarDate tuple), ctime, isoformat with
# timespec, fromisoformat (3.11's ISO 8601 forms with the C parser's leniencies),
# fromisocalendar, fromtimestamp/utcfromtimestamp (rounded half to even), combine,
# timestamp, replace, astimezone, fixed-offset timezones and tzinfo.fromutc for
# tzinfo subclasses; naive/aware comparison and subtraction rules and messages.
# strftime/__format__ work in the C locale as glibc does: %a %A %w %d %b %B %m %y %Y %H
# %I %p %M %S %f %z %Z %j %U %W %c %x %X %% and %e %C %D %F %T %R %r %h %n %t %u %G %g
# %V %k %l %P %s (%Y unpadded below year 1000, an unknown directive and a final '%' are
# copied).  strptime takes %Y %m %d %H %M %S %f %y %b %B %a %A %w %u %j %p %I %U %W %G
# %V %z %Z %c %x %X %% and matches as CPython's regular expressions do (the same
# alternatives in the same order, case-insensitive, whitespace matching any run).
#
# !! LOCAL TIME IS UTC !!  gclab's `time` module has no localtime/timezone, so this
# module cannot know the machine's time zone and takes local time to be UTC:
# datetime.now()/today() and date.today() give UTC wall time, fromtimestamp(t) without
# tz gives UTC, timestamp() of a naive datetime, astimezone() of a naive datetime and
# strftime('%s') read it as UTC, astimezone() without an argument gives
# timezone(timedelta(0), 'UTC').  CPython uses the local time zone: the results are the
# same only on a machine whose TZ is UTC.
#
# What else differs from CPython 3.11:
# - objects cannot be pickled (no __reduce__); copy.copy/deepcopy return the object
#   itself (it is immutable);
# - instances take new attributes, and assigning d.year & co. raises gclab's message
#   for a property without a setter (CPython: "attribute 'year' of 'datetime.date'
#   objects is not writable");
# - the interpreter's own TypeErrors for unsupported operands and orderings
#   (`date + 1`, `timedelta < 1`) name the classes without the `datetime.` prefix;
# - hash() of date, time and datetime is the hash of a tuple of their fields
#   (CPython hashes their bytes, randomized per process); equal values hash equal;
# - strptime's %Z matches only 'UTC' and 'GMT' (CPython also time.tzname, which is
#   the same on a UTC machine); its numbers are ASCII digits (CPython's \d takes any
#   Unicode digit); a directive used twice is accepted, the last one winning (CPython:
#   re.error "redefinition of group name"); strftime has no %E/%O modifiers and no
#   locale but C;
# - no datetime_CAPI; a traceback through this module shows its gclab frames.

import math as _math
import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DIM = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = [0]
_acc = 0
for _m in range(1, 13):
    _DBM.append(_acc)
    _acc += _DIM[_m]
del _acc, _m

_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_DAYABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December']
_MONTHABBR = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
              'Nov', 'Dec']

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * 1000000


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _ymd_to_ord(y, m, d):
    n = _days_before_year(y) + _DBM[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord_to_ymd(n):
    # Days since 0001-01-01 split into 400-, 100-, 4- and 1-year cycles.
    n -= 1
    q400, n = divmod(n, 146097)
    q100, n = divmod(n, 36524)
    q4, n = divmod(n, 1461)
    q1, n = divmod(n, 365)
    year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1
    if q1 == 4 or q100 == 4:
        return year - 1, 12, 31
    leap = q1 == 3 and (q4 != 24 or q100 == 3)
    month = 1
    while month < 12:
        nxt = _DBM[month + 1]
        if month + 1 > 2 and leap:
            nxt += 1
        if nxt > n:
            break
        month += 1
    start = _DBM[month]
    if month > 2 and leap:
        start += 1
    return year, month, n - start + 1


def _iso_week1_monday(y):
    first = _ymd_to_ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _iso_calendar(y, m, d):
    today = _ymd_to_ord(y, m, d)
    monday = _iso_week1_monday(y)
    week, day = divmod(today - monday, 7)
    if week < 0:
        y -= 1
        monday = _iso_week1_monday(y)
        week, day = divmod(today - monday, 7)
    elif week >= 52 and today >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return v.__index__()


def _check_date(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    fold = _as_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls in _OWN:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _divide_nearest(a, b):
    # a / b rounded to the nearest int, halves to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        up = r2 > b
    else:
        up = r2 < b
    if up or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _cround(x):
    # C's round(): halves away from zero.
    t = float(int(x))
    if abs(x - t) >= 0.5:
        t += _math.copysign(1.0, x)
    return t


def _arg_type(value):
    # how CPython's argument errors name a value's type
    if value is None:
        return 'None'
    return type(value).__name__


def _need_str(name, argno, value):
    if not isinstance(value, str):
        raise TypeError('%s argument %d must be str, not %s' % (name, argno, _arg_type(value)))


_NO_ARG = object()


# ---------------------------------------------------------------- timedelta

_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
             ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
             ('weeks', 604800000000))


def _td_from_us(cls, us):
    days, rest = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    if not -999999999 <= days <= 999999999:
        if not -2147483648 <= days <= 2147483647:
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    self._hashcode = -1
    return self


def _td(us):
    return _td_from_us(timedelta, us)


class timedelta:
    """Difference between two datetime values."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        values = {'microseconds': microseconds, 'milliseconds': milliseconds,
                  'seconds': seconds, 'minutes': minutes, 'hours': hours,
                  'days': days, 'weeks': weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_UNITS:
            num = values[name]
            if isinstance(num, int):
                total += int(num) * factor
            elif isinstance(num, float):
                frac, whole = _math.modf(num)
                total += int(whole) * factor
                if frac != 0.0:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(num).__name__))
        if leftover != 0.0:
            whole_us = _cround(leftover)
            if abs(whole_us - leftover) == 0.5:
                odd = total & 1
                whole_us = 2.0 * _cround((leftover + odd) * 0.5) - odd
            total += int(whole_us)
        return _td_from_us(cls, total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, %s' % (self._days, plural, s)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td(-self._to_us())

    def __pos__(self):
        return _td(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return _td(-self._to_us())
        return _td(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td(_divide_nearest(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_divide_nearest(self._to_us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td(self._to_us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._to_us()
            if d == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), d)
            return q, _td(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _td(-999999999 * _US_PER_DAY)
timedelta.max = _td(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


# ---------------------------------------------------------------- strftime

def _format_offset(off, sep):
    # '+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta, '' for None.
    if off is None:
        return ''
    us = off._to_us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    ss, us = divmod(us, 1000000)
    mm, ss = divmod(ss, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _strftime_flags(field, flags):
    """A field with glibc's strftime flags applied: '-' no padding, '_' spaces, '0'
    zeros, '^' upper case."""
    for flag in flags:
        if flag == '^':
            field = field.upper()
            continue
        digits = field.lstrip(' 0')
        if digits == '' and field:
            digits = field[-1]
        padding = len(field) - len(digits)
        if flag == '-':
            field = digits
        elif flag == '_':
            field = ' ' * padding + digits
        elif flag == '0':
            field = '0' * padding + digits
    return field


def _strftime(fmt, y, mo, d, hh, mi, ss, us, owner):
    # owner: the date/time/datetime object (for %z and %Z); C locale.
    out = []
    i = 0
    n = len(fmt)
    wday = (_ymd_to_ord(y, mo, d) + 6) % 7     # Monday 0
    yday = _ymd_to_ord(y, mo, d) - _ymd_to_ord(y, 1, 1)   # 0-based
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        flags = ''
        while i < n - 1 and fmt[i] in '-_0^':     # glibc's flags (%-d, %_m, %^a)
            flags += fmt[i]
            i += 1
        c = fmt[i]
        i += 1
        before = len(out)
        if c == 'a':
            out.append(_DAYABBR[wday])
        elif c == 'A':
            out.append(_DAYNAMES[wday])
        elif c == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif c == 'u':
            out.append('%d' % (wday + 1))
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'b' or c == 'h':
            out.append(_MONTHABBR[mo])
        elif c == 'B':
            out.append(_MONTHNAMES[mo])
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'Y':
            out.append('%d' % y)
        elif c == 'C':
            out.append('%d' % (y // 100))
        elif c == 'G' or c == 'g' or c == 'V':
            iy, iw, _ = _iso_calendar(y, mo, d)
            if c == 'G':
                out.append('%d' % iy)
            elif c == 'g':
                out.append('%02d' % (iy % 100))
            else:
                out.append('%02d' % iw)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'k':
            out.append('%2d' % hh)
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'l':
            out.append('%2d' % (hh % 12 or 12))
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'P':
            out.append('am' if hh < 12 else 'pm')
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'z':
            off = None
            if owner is not None:
                off = owner.utcoffset()
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = None
            if owner is not None:
                name = owner.tzname()
            out.append(name or '')
        elif c == 'j':
            out.append('%03d' % (yday + 1))
        elif c == 'U':
            out.append('%02d' % ((yday + 7 - (wday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 7 - wday) // 7))
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYABBR[wday], _MONTHABBR[mo], d,
                                                        hh, mi, ss, y))
        elif c == 'x' or c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif c == 'r':
            out.append('%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss,
                                              'AM' if hh < 12 else 'PM'))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 's':
            secs = (_ymd_to_ord(y, mo, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mi * 60 + ss
            out.append('%d' % secs)
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + flags + c)
            flags = ''
        if flags:
            field = _strftime_flags(''.join(out[before:]), flags)
            del out[before:]
            out.append(field)
    return ''.join(out)


_EPOCH_ORD = 719163     # date(1970, 1, 1).toordinal()


# ---------------------------------------------------------------- ISO 8601 parsing
#
# These follow CPython 3.11's C parser, whose leniencies they keep (digits after the
# seconds are a fraction without a '.', extra fraction digits are dropped, a date part
# is not checked for trailing characters).  The text is padded with NULs, which the
# C code sees at the end of its string.

_PAD = '\0' * 12


def _digits(t, p, count):
    # The int of t[p:p+count] when those are all ASCII digits, else None.
    if p + count > len(t):
        return None
    v = 0
    for k in range(p, p + count):
        c = t[k]
        if c < '0' or c > '9':
            return None
        v = v * 10 + (ord(c) - 48)
    return v


def _is_digit(c):
    return '0' <= c <= '9'


def _iso_week_to_ymd(year, week, day):
    # None for a week or weekday out of range
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # 53 ISO weeks in a year starting on a Thursday, or a leap year starting on
            # a Wednesday
            first = (_ymd_to_ord(year, 1, 1) + 6) % 7
            if first == 3 or (first == 2 and _is_leap(year)):
                ok = True
        if not ok:
            return None
    if not 0 < day < 8:
        return None
    return _ord_to_ymd(_iso_week1_monday(year) + (week - 1) * 7 + (day - 1))


def _parse_iso_date(t, n):
    # (year, month, day) from the n first characters of t, None when malformed.
    year = _digits(t, 0, 4)
    if year is None:
        return None
    p = 4
    dash = t[p] == '-'
    if dash:
        p += 1
    if t[p] == 'W':
        p += 1
        week = _digits(t, p, 2)
        if week is None:
            return None
        p += 2
        day = 1
        if p < n:
            if dash:
                if t[p] != '-':
                    return None
                p += 1
            day = _digits(t, p, 1)
            if day is None:
                return None
        return _iso_week_to_ymd(year, week, day)
    month = _digits(t, p, 2)
    if month is None:
        return None
    p += 2
    if dash:
        if t[p] != '-':
            return None
        p += 1
    day = _digits(t, p, 2)
    if day is None:
        return None
    return year, month, day


def _parse_hms(t, p, end):
    # [rv, h, m, s, us] from t[p:end]: rv 0 at the end of the text, 1 when something
    # follows, negative when malformed.
    vals = [0, 0, 0, 0]
    has_sep = True
    i = 0
    while i < 3:
        v = _digits(t, p, 2)
        if v is None:
            return [-3]
        vals[i] = v
        p += 2
        c = t[p]
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return [1 if c != '\0' else 0] + vals
        if has_sep and c == ':':
            i += 1
            continue
        if c == '.' or c == ',':
            break
        if not has_sep:
            p -= 1
            i += 1
            continue
        return [-4]
    count = end - p
    if count > 6:
        count = 6
    v = _digits(t, p, count)
    if v is None:
        return [-3]
    vals[3] = v * 10 ** (6 - count)
    p += count
    while _is_digit(t[p]):
        p += 1
    return [1 if t[p] != '\0' else 0] + vals


def _parse_iso_time(t, start, end):
    # (h, m, s, us, tz or None) from t[start:end], None when malformed.
    tzpos = start
    while True:
        if t[tzpos] in 'Z+-':
            break
        tzpos += 1
        if tzpos >= end:
            break
    r = _parse_hms(t, start, tzpos)
    if r[0] < 0:
        return None
    if tzpos == end:
        if r[0] == 1:
            return None
        return r[1], r[2], r[3], r[4], None
    if t[tzpos] == 'Z':
        if t[tzpos + 1] != '\0':
            return None
        return r[1], r[2], r[3], r[4], timezone.utc
    o = _parse_hms(t, tzpos + 1, end)
    if o[0] != 0:
        return None
    secs = (o[1] * 60 + o[2]) * 60 + o[3]
    us = secs * 1000000 + o[4]
    if t[tzpos] == '-':
        us = -us
    if secs == 0:
        # CPython: UTC whenever the whole seconds are 0 (the fraction is dropped)
        tz = timezone.utc
    else:
        tz = timezone(_td(us))
    return r[1], r[2], r[3], r[4], tz


def _datetime_separator(t, n):
    # Where the date part of an ISO datetime string ends.
    if n == 7:
        return 7
    if t[4] == '-':
        if t[5] == 'W':
            if n > 8 and t[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and _is_digit(t[10]):
                    return 8
                return 10
            return 8
        return 10
    if t[4] == 'W':
        k = 7
        while k < n and _is_digit(t[k]):
            k += 1
        if k < 9:
            return k
        if k % 2 == 0:
            return 7
        return 8
    return 8


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _checked_offset(dt.tzinfo, 'utcoffset', dt)
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _checked_offset(dt.tzinfo, 'dst', dt)
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _checked_offset(dt.tzinfo, 'dst', dt)
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                                 'cannot convert')
        return dt + dst


def _checked_offset(tz, what, arg):
    if tz is None:
        return None
    if what == 'utcoffset':
        off = tz.utcoffset(arg)
    else:
        off = tz.dst(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (what, type(off).__name__))
    if not -_US_PER_DAY < off._to_us() < _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return off


def _checked_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % type(name).__name__)
    return name


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    def __new__(cls, offset, name=_NO_ARG):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % _arg_type(offset))
        if name is _NO_ARG:
            name = None
            if offset._to_us() == 0 and cls is timezone and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % _arg_type(name))
        if not -_US_PER_DAY < offset._to_us() < _US_PER_DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_name(self), self._offset)
        return '%s(%r, %r)' % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if self._offset._to_us() == 0:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone(_td(0))
timezone.utc = _UTC
timezone.min = timezone(_td(-(23 * 60 + 59) * 60 * 1000000))
timezone.max = timezone(_td((23 * 60 + 59) * 60 * 1000000))
UTC = _UTC
_LOCAL_TZ = timezone(_td(0), 'UTC')


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (
            self[0], self[1], self[2])


def _mk_date(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


def _date_from_ordinal(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord_to_ymd(n)
    if cls is date:
        return _mk_date(date, y, m, d)
    return cls(y, m, d)


def _ymd_from_timestamp(t, name):
    # (y, m, d, hh, mm, ss, us) of POSIX timestamp t in UTC, rounded half to even.
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854776e18 <= t < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        us = int(us)
    elif isinstance(t, int):
        secs = int(t)
        us = 0
        if not -2 ** 63 <= secs < 2 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
    else:
        if hasattr(type(t), '__float__'):
            return _ymd_from_timestamp(float(t), name)
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)
    days, rest = divmod(secs, 86400)
    o = days + _EPOCH_ORD
    if not 1 <= o <= _MAXORDINAL:
        # the year as gmtime would give it
        if o < 1:
            year = _ord_to_ymd(o + 146097 * (1 - o // 146097))[0] - 400 * (1 - o // 146097)
        else:
            k = (o - _MAXORDINAL) // 146097 + 1
            year = _ord_to_ymd(o - 146097 * k)[0] + 400 * k
        raise ValueError('year %d is out of range' % year)
    y, m, d = _ord_to_ymd(o)
    hh, rest = divmod(rest, 3600)
    mi, ss = divmod(rest, 60)
    return y, m, d, hh, mi, ss, us


class date:
    """date(year, month, day) --> date object"""

    def __new__(cls, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG):
        if year is _NO_ARG:
            raise TypeError("function missing required argument 'year' (pos 1)")
        if month is _NO_ARG:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _NO_ARG:
            raise TypeError("function missing required argument 'day' (pos 3)")
        y, m, d = _check_date(year, month, day)
        return _mk_date(cls, y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mi, ss, us = _ymd_from_timestamp(t, 'fromtimestamp')
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(n)[0])
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        r = None
        if len(s) in (7, 8, 10):
            r = _parse_iso_date(s + _PAD, len(s))
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(r[0], r[1], r[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        r = _iso_week_to_ymd(year, week, 1)
        if r is None:
            raise ValueError('Invalid week: %d' % week)
        r = _iso_week_to_ymd(year, week, day)
        if r is None:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(r[0], r[1], r[2])

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        y, w, d = _iso_calendar(self._year, self._month, self._day)
        return IsoCalendarDate(y, w, d)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, -1))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYABBR[self.weekday()],
                                            _MONTHABBR[self._month], self._day, self._year)

    def strftime(self, fmt):
        _need_str('strftime()', 1, fmt)
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        _need_str('format()', 2, fmt)
        if fmt == '':
            return str(self)
        return self.strftime(fmt)

    def replace(self, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG):
        if year is _NO_ARG:
            year = self._year
        if month is _NO_ARG:
            month = self._month
        if day is _NO_ARG:
            day = self._day
        y, m, d = _check_date(year, month, day)
        return _mk_date(type(self), y, m, d)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._cmp_ok(other):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        if self._cmp_ok(other):
            return self._dkey() != other._dkey()
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_name(other), _type_name(self)))
        return self._cmp_ok(other)

    def __lt__(self, other):
        if self._order(other):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if self._order(other):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if self._order(other):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if self._order(other):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._dkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = _mk_date(date, 1, 1, 1)
date.max = _mk_date(date, 9999, 12, 31)
date.resolution = _td(_US_PER_DAY)


# ---------------------------------------------------------------- time

def _mk_time(cls, hh, mi, ss, us, tz, fold):
    self = object.__new__(cls)
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


_TIMESPECS = ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')


def _format_time(hh, mi, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mi)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mi, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mi, ss, us)
    raise ValueError('Unknown timespec value')


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hh, mi, ss, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_time(cls, hh, mi, ss, us, tzinfo, fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s + _PAD
        start = 0
        if s[:1] == 'T':
            start = 1
        r = _parse_iso_time(t, start, len(s))
        if r is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(r[0], r[1], r[2], r[3], r[4])

    def utcoffset(self):
        return _checked_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _checked_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        return _checked_tzname(self._tzinfo, None)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond,
                         timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_type_name(self), s)

    def strftime(self, fmt):
        _need_str('strftime()', 1, fmt)
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self)

    def __format__(self, fmt):
        _need_str('format()', 2, fmt)
        if fmt == '':
            return str(self)
        return self.strftime(fmt)

    def replace(self, hour=_NO_ARG, minute=_NO_ARG, second=_NO_ARG, microsecond=_NO_ARG,
                tzinfo=True, *, fold=_NO_ARG):
        if hour is _NO_ARG:
            hour = self._hour
        if minute is _NO_ARG:
            minute = self._minute
        if second is _NO_ARG:
            second = self._second
        if microsecond is _NO_ARG:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _NO_ARG:
            fold = self._fold
        hh, mi, ss, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_time(type(self), hh, mi, ss, us, tzinfo, fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + \
            self._microsecond

    def _cmp(self, other, eq):
        # -1/0/1, or None for "naive vs aware" equality (unequal)
        if self._tzinfo is other._tzinfo:
            a = self._us()
            b = other._us()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if o1 == o2:
                a = self._us()
                b = other._us()
            elif o1 is None or o2 is None:
                if eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            else:
                a = self._us() - o1._to_us()
                b = other._us() - o2._to_us()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash((self._us() - off._to_us(), 'aware'))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = _mk_time(time, 0, 0, 0, 0, None, 0)
time.max = _mk_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(1)


# ---------------------------------------------------------------- datetime

def _mk_datetime(cls, y, mo, d, hh, mi, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = mo
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _dt_from_us(cls, total, tz, fold=0):
    # total: microseconds since 0001-01-01T00:00 (ordinal 1 at 0 us).
    days, rest = divmod(total, _US_PER_DAY)
    o = days + 1
    if not 1 <= o <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, mo, d = _ord_to_ymd(o)
    secs, us = divmod(rest, 1000000)
    hh, secs = divmod(secs, 3600)
    mi, ss = divmod(secs, 60)
    if cls is datetime:
        return _mk_datetime(datetime, y, mo, d, hh, mi, ss, us, tz, fold)
    return cls(y, mo, d, hh, mi, ss, us, tz)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    def __new__(cls, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if year is _NO_ARG:
            raise TypeError("function missing required argument 'year' (pos 1)")
        if month is _NO_ARG:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _NO_ARG:
            raise TypeError("function missing required argument 'day' (pos 3)")
        y, mo, d = _check_date(year, month, day)
        hh, mi, ss, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_datetime(cls, y, mo, d, hh, mi, ss, us, tzinfo, fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # -- constructors

    @classmethod
    def _from_ts(cls, t, tz, utc):
        y, mo, d, hh, mi, ss, us = _ymd_from_timestamp(t, 'fromtimestamp')
        if tz is None:
            return cls(y, mo, d, hh, mi, ss, us)
        return tz.fromutc(cls(y, mo, d, hh, mi, ss, us, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_ts(t, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_ts(t, None, True)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(n)[0])
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % _arg_type(date_))
        if not isinstance(time_, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % _arg_type(time_))
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        bad = ValueError('Invalid isoformat string: %r' % (s,))
        n = len(s)
        t = s + _PAD
        sep = _datetime_separator(t, n)
        if sep < 0:
            raise bad
        r = _parse_iso_date(t, sep)
        if r is None:
            raise bad
        hh = mi = ss = us = 0
        tz = None
        if n > sep:
            tm = _parse_iso_time(t, sep + 1, n)
            if tm is None:
                raise bad
            hh, mi, ss, us, tz = tm
        return cls(r[0], r[1], r[2], hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, data, fmt):
        _need_str('strptime()', 1, data)
        _need_str('strptime()', 2, fmt)
        v = _strptime(data, fmt)
        return cls(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])

    # -- accessors

    def date(self):
        return _mk_date(date, self._year, self._month, self._day)

    def time(self):
        return _mk_time(time, self._hour, self._minute, self._second, self._microsecond,
                        None, self._fold)

    def timetz(self):
        return _mk_time(time, self._hour, self._minute, self._second, self._microsecond,
                        self._tzinfo, self._fold)

    def utcoffset(self):
        return _checked_offset(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _checked_offset(self._tzinfo, 'dst', self)

    def tzname(self):
        return _checked_tzname(self._tzinfo, self)

    def _local_us(self):
        # microseconds since 0001-01-01T00:00, ignoring the offset
        return ((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60 +
                self._second) * 1000000 + self._microsecond

    def timestamp(self):
        off = self.utcoffset()
        us = self._local_us() - (_EPOCH_ORD - 1) * _US_PER_DAY
        if off is not None:
            us -= off._to_us()
        else:
            self._check_local()
        return us / 10 ** 6

    def _check_local(self):
        # CPython converts a naive (local) datetime by looking at the local time a day
        # earlier, which is before year 1 on 0001-01-01.
        if self._year == 1 and self._month == 1 and self._day == 1:
            raise ValueError('year 0 is out of range')

    def timetuple(self):
        dst = self.dst()
        flag = -1
        if dst is not None:
            flag = 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1,
                                  flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off is not None:
            dt = _dt_from_us(datetime, self._local_us() - off._to_us(), None)
        t = dt.timetuple()
        return _time.struct_time(tuple(t[:8]) + (0,))

    # -- formatting

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % _arg_type(sep))
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                    _format_time(self._hour, self._minute, self._second,
                                                 self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        parts = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour,
                                        self._minute)
        if self._microsecond:
            parts += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            parts += ', %d' % self._second
        if self._tzinfo is not None:
            parts += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            parts += ', fold=1'
        return '%s(%s)' % (_type_name(self), parts)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYABBR[self.weekday()], _MONTHABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        _need_str('strftime()', 1, fmt)
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self)

    def replace(self, year=_NO_ARG, month=_NO_ARG, day=_NO_ARG, hour=_NO_ARG,
                minute=_NO_ARG, second=_NO_ARG, microsecond=_NO_ARG, tzinfo=True, *,
                fold=_NO_ARG):
        if year is _NO_ARG:
            year = self._year
        if month is _NO_ARG:
            month = self._month
        if day is _NO_ARG:
            day = self._day
        if hour is _NO_ARG:
            hour = self._hour
        if minute is _NO_ARG:
            minute = self._minute
        if second is _NO_ARG:
            second = self._second
        if microsecond is _NO_ARG:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is _NO_ARG:
            fold = self._fold
        y, mo, d = _check_date(year, month, day)
        hh, mi, ss, us, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _mk_datetime(type(self), y, mo, d, hh, mi, ss, us, tzinfo, fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL_TZ
        else:
            _check_tzinfo(tz)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            self._check_local()
            off = _td(0)    # naive: local time, which is UTC here
        utc = _dt_from_us(datetime, self._local_us() - off._to_us(), tz)
        if type(self) is not datetime:
            utc = type(self)(utc.year, utc.month, utc.day, utc.hour, utc.minute,
                             utc.second, utc.microsecond, tz)
        return tz.fromutc(utc)

    # -- comparisons and arithmetic

    def _cmp(self, other, eq):
        if self._tzinfo is other._tzinfo:
            a = self._local_us()
            b = other._local_us()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if o1 == o2:
                a = self._local_us()
                b = other._local_us()
            elif o1 is None or o2 is None:
                if eq:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            else:
                a = self._local_us() - o1._to_us()
                b = other._local_us() - o2._to_us()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def _order(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if self._order(other):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._order(other):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order(other):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._order(other):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond))
        return hash((self._local_us() - off._to_us(), 'aware'))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._local_us() + other._to_us(),
                               self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._local_us() - other._to_us(),
                               self._tzinfo)
        if isinstance(other, datetime):
            a = self._local_us()
            b = other._local_us()
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware "
                                    "datetimes")
                if o1 is not None:
                    a -= o1._to_us()
                    b -= o2._to_us()
            return _td(a - b)
        return NotImplemented


datetime.min = _mk_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mk_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(1)

_OWN = (timedelta, date, time, datetime, tzinfo, timezone)


# ---------------------------------------------------------------- strptime
#
# Each directive is a list of alternatives tried in order (as CPython's regular
# expression alternations are); the match backtracks into earlier directives when a
# later part fails, and stops at the first complete match of the format.

def _alt_digits(spec):
    # spec: alternatives like '3[01]', '[12]d', '0[1-9]', 'd' (d = any digit)
    alts = []
    for a in spec.split('|'):
        parts = []
        k = 0
        while k < len(a):
            c = a[k]
            if c == '[':
                e = a.index(']', k)
                body = a[k + 1:e]
                chars = ''
                j = 0
                while j < len(body):
                    if j + 2 < len(body) and body[j + 1] == '-':
                        for o in range(ord(body[j]), ord(body[j + 2]) + 1):
                            chars += chr(o)
                        j += 3
                    else:
                        chars += body[j]
                        j += 1
                parts.append(chars)
                k = e + 1
            elif c == 'd':
                parts.append('0123456789')
                k += 1
            else:
                parts.append(c)
                k += 1
        alts.append(parts)
    return alts


_NUM_DIRECTIVES = {
    'd': _alt_digits('3[01]|[12]d|0[1-9]|[1-9]| [1-9]'),
    'H': _alt_digits('2[0-3]|[0-1]d|d'),
    'I': _alt_digits('1[0-2]|0[1-9]|[1-9]'),
    'j': _alt_digits('36[0-6]|3[0-5]d|[12]dd|0[1-9]d|00[1-9]|[1-9]d|0[1-9]|[1-9]'),
    'm': _alt_digits('1[0-2]|0[1-9]|[1-9]'),
    'M': _alt_digits('[0-5]d|d'),
    'S': _alt_digits('6[0-1]|[0-5]d|d'),
    'U': _alt_digits('5[0-3]|[0-4]d|d'),
    'W': _alt_digits('5[0-3]|[0-4]d|d'),
    'w': _alt_digits('[0-6]'),
    'y': _alt_digits('dd'),
    'Y': _alt_digits('dddd'),
    'f': _alt_digits('dddddd|ddddd|dddd|ddd|dd|d'),
    'G': _alt_digits('dddd'),
    'V': _alt_digits('5[0-3]|0[1-9]|[1-4]d|d'),
    'u': _alt_digits('[1-7]'),
}

_NAME_DIRECTIVES = {
    'a': [n.lower() for n in _DAYABBR],
    'A': [n.lower() for n in _DAYNAMES],
    'b': [n.lower() for n in _MONTHABBR[1:]],
    'B': [n.lower() for n in _MONTHNAMES[1:]],
    'p': ['am', 'pm'],
    'Z': ['utc', 'gmt'],
}
for _k in _NAME_DIRECTIVES:
    # longest first, as CPython's seqToRE sorts them
    _NAME_DIRECTIVES[_k] = sorted(_NAME_DIRECTIVES[_k], key=len, reverse=True)
del _k

_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _compile_format(fmt):
    # A list of items: ('lit', char), ('ws',), ('num', code), ('name', code), ('z',)
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                items.extend(_compile_format(_EXPANSIONS[d]))
            elif d in _NUM_DIRECTIVES:
                items.append(('num', d))
            elif d in _NAME_DIRECTIVES:
                items.append(('name', d))
            elif d == 'z':
                items.append(('z', d))
            elif d == '%':
                items.append(('lit', '%'))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(('ws', ''))
        else:
            items.append(('lit', c))
            i += 1
    return items


def _z_candidates(s, pos):
    # [+-]HH[:]MM[[:]SS[.f{1,6}]] or 'Z' (case-sensitive), longest candidates first.
    n = len(s)
    if pos < n and s[pos] == 'Z':
        return [(s[pos], pos + 1)]
    if pos >= n or s[pos] not in '+-':
        return []
    p = pos + 1
    if _digits(s, p, 2) is None:
        return []
    p += 2
    if p < n and s[p] == ':':
        p += 1
    if p >= n or not '0' <= s[p] <= '5' or _digits(s, p + 1, 1) is None:
        return []
    p += 2
    result = [(s[pos:p], p)]
    q = p
    if q < n and s[q] == ':':
        q += 1
    if q < n and '0' <= s[q] <= '5' and _digits(s, q + 1, 1) is not None:
        q += 2
        with_secs = [(s[pos:q], q)]
        if q < n and s[q] == '.':
            k = q + 1
            while k < n and k - q - 1 < 6 and _is_digit(s[k]):
                k += 1
            fr = []
            while k > q + 1:
                fr.append((s[pos:k], k))
                k -= 1
            with_secs = fr + with_secs
        result = with_secs + result
    return result


def _candidates(item, s, pos):
    kind = item[0]
    n = len(s)
    if kind == 'lit':
        if pos < n and s[pos].lower() == item[1].lower():
            return [(None, pos + 1)]
        return []
    if kind == 'ws':
        k = pos
        while k < n and s[k].isspace():
            k += 1
        res = []
        while k > pos:
            res.append((None, k))
            k -= 1
        return res
    if kind == 'num':
        res = []
        for alt in _NUM_DIRECTIVES[item[1]]:
            if pos + len(alt) > n:
                continue
            ok = True
            for j in range(len(alt)):
                if s[pos + j] not in alt[j]:
                    ok = False
                    break
            if ok:
                res.append((s[pos:pos + len(alt)], pos + len(alt)))
        return res
    if kind == 'name':
        res = []
        low = s[pos:pos + 9].lower()
        for name in _NAME_DIRECTIVES[item[1]]:
            if low.startswith(name):
                res.append((s[pos:pos + len(name)], pos + len(name)))
        return res
    return _z_candidates(s, pos)


def _match(items, s):
    # First match of items at the start of s, in the order a backtracking regular
    # expression engine finds it: (list of (code, text), end) or None.
    if not items:
        return [], 0
    # iterative depth-first search
    choice = [0] * len(items)
    cands = [None] * len(items)
    cands[0] = _candidates(items[0], s, 0)
    depth = 0
    while depth >= 0:
        if choice[depth] >= len(cands[depth]):
            choice[depth] = 0
            depth -= 1
            if depth >= 0:
                choice[depth] += 1
            continue
        text, end = cands[depth][choice[depth]]
        if depth + 1 == len(items):
            result = []
            for k in range(len(items)):
                if items[k][0] in ('num', 'name', 'z'):
                    result.append((items[k][1], cands[k][choice[k]][0]))
            return result, end
        depth += 1
        choice[depth] = 0
        cands[depth] = _candidates(items[depth], s, end)
    return None


def _check_year(year):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)


def _time_strptime(data, fmt='%a %b %d %H:%M:%S %Y'):
    """time.strptime (the builtin time module calls it): a struct_time, the fields the
    format lacks taken from 1900-01-01 00:00:00, tm_isdst -1."""
    _need_str('strptime()', 1, data)
    _need_str('strptime()', 2, fmt)
    v = _strptime(data, fmt)
    year, month, day = v[0], v[1], v[2]
    wday = (_ymd_to_ord(year, month, day) + 6) % 7
    yday = _ymd_to_ord(year, month, day) - _ymd_to_ord(year, 1, 1) + 1
    return _time.struct_time((year, month, day, v[3], v[4], v[5], wday, yday, -1))


def _strptime(data, fmt):
    items = _compile_format(fmt)
    m = _match(items, data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    found, end = m
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    julian = None
    weekday = None
    week_of_year = None
    week_starts_monday = False
    iso_year = iso_week = None
    ampm = None
    twelve = None
    offset = None
    zname = None
    for code, text in found:
        if code == 'y':
            year = int(text)
            year += 1900 if year >= 69 else 2000
        elif code == 'Y':
            year = int(text)
        elif code == 'm':
            month = int(text)
        elif code == 'B':
            month = [x.lower() for x in _MONTHNAMES].index(text.lower())
        elif code == 'b' or code == 'h':
            month = [x.lower() for x in _MONTHABBR].index(text.lower())
        elif code == 'd':
            day = int(text)
        elif code == 'H':
            hour = int(text)
            twelve = None
        elif code == 'I':
            twelve = int(text)
        elif code == 'p':
            ampm = text.lower()
        elif code == 'M':
            minute = int(text)
        elif code == 'S':
            second = int(text)
        elif code == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif code == 'A':
            weekday = [x.lower() for x in _DAYNAMES].index(text.lower())
        elif code == 'a':
            weekday = [x.lower() for x in _DAYABBR].index(text.lower())
        elif code == 'w':
            weekday = (int(text) - 1) % 7
        elif code == 'u':
            weekday = int(text) - 1
        elif code == 'G':
            iso_year = int(text)
        elif code == 'V':
            iso_week = int(text)
        elif code == 'j':
            julian = int(text)
        elif code == 'U' or code == 'W':
            week_of_year = int(text)
            week_starts_monday = code == 'W'
        elif code == 'z':
            if text == 'Z':
                offset = 0
            else:
                sign = -1 if text[0] == '-' else 1
                t = text[1:].replace(':', '')
                hh = int(t[0:2])
                mm = int(t[2:4])
                ss = int(t[4:6]) if len(t) >= 6 else 0
                fr = t[7:] if len(t) > 7 else ''
                us = int(fr + '0' * (6 - len(fr))) if fr else 0
                offset = sign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us)
        elif code == 'Z':
            zname = text
    if twelve is not None:
        # %I: AM unless %p says PM (a later %H wins, as in CPython)
        hour = twelve % 12
        if ampm == 'pm':
            hour += 12
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        _check_year(year)
        first = (_ymd_to_ord(year, 1, 1) + 6) % 7
        wd = weekday
        if not week_starts_monday:
            first = (first + 1) % 7
            wd = (wd + 1) % 7
        if week_of_year == 0:
            julian = 1 + wd - first
        else:
            julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
    elif julian is None and weekday is not None and iso_year is not None and \
            iso_week is not None:
        # day of ISO year iso_year's week iso_week, counted from Jan 1 of iso_year
        _check_year(iso_year)
        first = _ymd_to_ord(iso_year, 1, 1)
        julian = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday - first + 1
        year = iso_year
        if julian < 1:
            year -= 1
            julian += first - _ymd_to_ord(year, 1, 1)
    if julian is not None and julian <= 0:
        _check_year(year - 1)
        year -= 1
        julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
    else:
        _check_year(year)
        o = julian - 1 + _ymd_to_ord(year, 1, 1)
        if not 1 <= o <= _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(o)[0])
        year, month, day = _ord_to_ymd(o)
    if leap_fix:
        year = 1900
    tz = None
    if offset is not None:
        if zname is not None:
            tz = timezone(_td(offset), zname)
        else:
            tz = timezone(_td(offset))
    return (year, month, day, hour, minute, second, fraction, tz)
