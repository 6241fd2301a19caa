# gclab's enum module: Enum, IntEnum, auto, unique.
#
# CPython's Enum rests on a metaclass (EnumType); gclab has no metaclasses yet.  This
# Enum turns the class attributes of a subclass into members in __init_subclass__, so it
# NEEDS the interpreter to call __init_subclass__ (gclab does not yet: until it does, the
# attributes stay plain values).  With that, what differs from CPython:
# - iterating over the class, len(Color), Color['RED'] and `x in Color` need the
#   metaclass: not available; use Color.__members__ (a dict, name -> member);
# - Color(1) returns a new object equal to (==, same hash) Color.RED, not Color.RED itself
#   (that needs __new__): `Color(1) is Color.RED` is False;
# - IntEnum members are not ints (gclab cannot subclass int): they compare, hash,
#   convert (int(), index) and do arithmetic as their value does;
# - Flag, IntFlag, StrEnum and the functional API Enum('Name', 'A B') are not provided.


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return 'auto()'


def _noop_init(self, *args, **kwargs):
    pass


def _new_member(cls):
    own = vars(cls).get('__init__', None)
    cls.__init__ = _noop_init
    try:
        obj = cls()
    finally:
        if own is None:
            del cls.__init__
        else:
            cls.__init__ = own
    return obj


def _is_descriptor_or_function(value):
    return callable(value) or isinstance(value, (property, staticmethod, classmethod))


class Enum:
    """Create a collection of name/value pairs."""

    def __init_subclass__(cls, **kwargs):
        if '_member_names_' in vars(cls):
            return
        for base in cls.__mro__[1:]:
            if vars(base).get('_member_names_'):
                raise TypeError('%s: cannot extend %r' % (cls.__name__, base))
        names = []
        members = {}
        value_map = {}
        last_values = []
        for name in list(vars(cls)):
            value = vars(cls)[name]
            if name.startswith('_') or _is_descriptor_or_function(value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(names), list(last_values))
            if value in value_map:
                members[name] = value_map[value]
                setattr(cls, name, value_map[value])
                continue
            member = _new_member(cls)
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            object.__setattr__(member, 'name', name)
            object.__setattr__(member, 'value', value)
            names.append(name)
            members[name] = member
            value_map[value] = member
            last_values.append(value)
            setattr(cls, name, member)
        cls._member_names_ = names
        cls._member_map_ = members
        cls._value2member_map_ = value_map
        cls.__members__ = members

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        return last_values[-1] + 1

    def __init__(self, value):
        cls = type(self)
        member = cls._value2member_map_.get(value, None)
        if member is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__name__))
        object.__setattr__(self, '_name_', member._name_)
        object.__setattr__(self, '_value_', member._value_)
        object.__setattr__(self, 'name', member._name_)
        object.__setattr__(self, 'value', member._value_)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set attribute '%s' of an enum member" % name)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._name_ == other._name_

    def __ne__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._name_ != other._name_

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class IntEnum(Enum):
    """Enum where members are also (and must be) ints"""
    _member_names_ = []

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_


def _value_of(x):
    if isinstance(x, IntEnum):
        return x._value_
    return x


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name in enumeration.__members__:
        member = enumeration.__members__[name]
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
