# descriptors, __slots__, __init_subclass__, __class_getitem__, metaclasses, __set_name__
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', name.lower())
        Registry.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    def __repr__(cls):
        return f"<class {cls.__name__} tag={cls.tag}>"


class Base(metaclass=Registry):
    plugins = {}

    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind is not None:
            Base.plugins[kind] = cls


class Item(Base, kind='item', tag='ITEM'):
    name = Typed(str, 'unnamed')
    qty = Typed(int, 0)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


class Other(Base, kind='other'):
    pass


it = Item('bolt', 3)
print(it.name, it.qty, it.created_by_meta, Item.tag, Other.tag, Item, Registry.classes, sorted(Base.plugins))
try:
    it.qty = 'many'
except TypeError as e:
    print(e)
del it.qty
print(it.qty, Item.qty.name, type(Item.__dict__['name']).__name__, type(Item).__name__)


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Point3(Point):
    __slots__ = ('z',)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3(1, 2, 3)
print(p, p.z, Point.__slots__, hasattr(p, '__dict__'), hasattr(Point(0, 0), '__dict__'))
try:
    Point(1, 2).w = 5
except AttributeError as e:
    print('AttributeError', e)
q = Point(1, 2)
del q.x
try:
    q.x
except AttributeError as e:
    print('AttributeError', e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box['x'], Box[1, 2])


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")

    @classmethod
    def boiling(cls):
        t = cls()
        t.celsius = 100
        return t

    @staticmethod
    def describe():
        return "temperature"


t = Temperature.boiling()
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__, Temperature.describe(), t.describe())
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError', e)
del t.celsius
print(t.celsius)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Data:
    calls = 0

    @Lazy
    def expensive(self):
        Data.calls += 1
        return 42


d = Data()
print(d.expensive, d.expensive, Data.calls, 'expensive' in vars(d))


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


print(Config() is Config(), type(Config) is Singleton, isinstance(Config, type))


class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if not k.startswith('_') and not callable(v)]
        ns['_fields'] = tuple(fields)
        ns['__repr__'] = lambda self: name + '(' + ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields) + ')'
        return super().__new__(mcls, name, bases, ns)

    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {}


class Rec(metaclass=AutoRepr):
    a = 1
    b = 'two'

    def method(self):
        pass


print(Rec(), Rec._fields, Rec.__mro__, type(Rec).__mro__[1:])
DynamicClass = type('DynamicClass', (Point,), {'__slots__': (), 'norm': lambda self: abs(self.x) + abs(self.y)})
print(DynamicClass(3, -4).norm(), DynamicClass.__name__, DynamicClass.__bases__, DynamicClass.__qualname__)
print(Item.__init_subclass__, object.__init_subclass__() is None, Base.__subclasses__())
