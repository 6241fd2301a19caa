# __init_subclass__ and __set_name__, called as CPython's type.__new__ calls them.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name='csv'):
    pass


class Json(Plugin):
    pass


class JsonLines(Json, name='jsonl'):
    pass


print(sorted(Plugin.registry), JsonLines.plugin_name, Json.plugin_name)
print(Plugin.registry['jsonl'] is JsonLines)


class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, [b.__name__ for b in cls.__bases__])


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name


class Record:
    a = Field(1)
    b = Field(2)


print(Record.a.name, Record.b.name, Record.b.default)


class WithMeta(Base, metaclass=type):
    pass


try:
    class Bad(x=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(Plugin, name='p', colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)


class Explicit:
    @classmethod
    def __init_subclass__(cls, flag=False):
        cls.flag = flag


class On(Explicit, flag=True):
    pass


class Off(Explicit):
    pass


print(On.flag, Off.flag)
