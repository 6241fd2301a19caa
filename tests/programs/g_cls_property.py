# classes: @property getters, setters with validation, computed properties, inheritance, read-only errors
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.reads = 0

    @property
    def celsius(self):
        self.reads += 1
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % (value,))
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.reads)
t.celsius = 100
print(t.celsius, t.fahrenheit, t.reads)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError raised")


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    def describe(self):
        return "%dx%d area=%d perim=%d" % (self.w, self.h, self.area, self.perimeter)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def area(self):
        return self.w ** 2 + 0  # overridden property

    @property
    def diagonal(self):
        return round(self.w * 2 ** 0.5, 3)


r = Rect(3, 4)
s = Square(5)
print(r.describe(), "|", s.describe(), s.diagonal)
r.w = 10
print(r.area, [x.area for x in [r, s, Rect(1, 1)]])
print(isinstance(Rect.area, property), hasattr(r, "area"), getattr(s, "perimeter"))


class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0

    @property
    def value(self):
        if self._cache is None:
            self.computed += 1
            self._cache = sum(range(100))
        return self._cache


lz = Lazy()
print(lz.value, lz.value, lz.value, lz.computed)


class Account:
    def __init__(self):
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        self.history.append(v - self._balance)
        self._balance = v


acct = Account()
acct.balance = 50
acct.balance += 25
acct.balance -= 10
print(acct.balance, acct.history)
