# classes: @classmethod alternative constructors (cls in subclasses), @staticmethod, calls via class and instance
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def days_in(y, m):
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        return 30 if m in (4, 6, 9, 11) else 31

    def day_of_year(self):
        return sum([Date.days_in(self.y, k) for k in range(1, self.m)]) + self.d

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)


class BirthDay(Date):
    def greet(self):
        return "happy day %d" % self.day_of_year()


d = Date.from_string("2024-03-01")
print(d, d.day_of_year(), Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000))
b = BirthDay.from_string("2023-12-31")
print(b, type(b).__name__, b.greet(), isinstance(b, Date))
e = BirthDay.epoch()
print(e, e.greet())
print(d.is_leap(2023), b.days_in(2023, 2), d.from_string("1999-09-09"))
print(Date.created, BirthDay.created)


class Registry:
    items = None

    @classmethod
    def register(cls, name):
        if cls.items is None:
            cls.items = []
        cls.items.append(name)
        return cls

    @classmethod
    def count(cls):
        return 0 if cls.items is None else len(cls.items)


class Plugins(Registry):
    pass


Registry.register("core")
Plugins.register("a").register("b")
print(Registry.items, Plugins.items, Registry.count(), Plugins.count())

f = Date.from_string
g = BirthDay.epoch
print(f("2000-02-29").day_of_year(), g())
sm = Date.is_leap
print(sm(2400), [y for y in range(1896, 1912) if Date.is_leap(y)])


class Temp:
    def __init__(self, c):
        self.c = c

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def fmt(x):
        return "%.1f" % x

    def show(self):
        return self.fmt(self.c) + "C"


print(Temp.from_f(212).show(), Temp.from_f(-40).show(), Temp(21.5).show())
