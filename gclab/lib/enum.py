# gclab's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
# (EnumCheck: UNIQUE, CONTINUOUS, NAMED_FLAGS), EnumType (EnumMeta), written for gclab on a metaclass as CPython 3.11's is.  Members are made
# when the class is; each is the one instance for its value (Color(1) is Color.RED), and
# the class iterates, has a len(), answers `in`, Color['RED'] and Color(1).
# What differs from CPython 3.11:
# - __members__ is a dict copy (CPython: a read-only mappingproxy);
# - a class attribute naming a member can be rebound (CPython: AttributeError);
# - Flag: composite values (Perm.R | Perm.W) print as CPython does, but the boundary
#   options (STRICT, CONFORM, EJECT, KEEP) and negation of composites outside the
#   flag's members are simplified: ~x keeps the bits of the class's members only;
# - IntEnum/IntFlag/StrEnum members are instances of subclasses of int/str: builtin
#   code that takes an int or str as such ('%d', a list index) may not take them
#   (docs/language.md, subclasses of builtin types).


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


_auto_null = object()


def _is_descriptor(value):
    return (hasattr(value, '__get__') or hasattr(value, '__set__')
            or isinstance(value, (property, staticmethod, classmethod)) or callable(value))


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _flag_bin(num, width):
    """CPython's enum.bin(): num in binary, its sign bit apart, padded to width digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return '%s %s' % (sign, digits)


def _is_sunder_or_dunder(name):
    return name.startswith('_')


def _member_value(key, value, generate, last_values):
    """A member's value: an auto() (alone or in a tuple) replaced by the value made for
    it (once: an auto() keeps its value)."""
    if isinstance(value, auto):
        if value.value is _auto_null:
            value.value = generate(key, 1, len(last_values), last_values[:])
        return value.value
    if isinstance(value, tuple):
        return tuple(_member_value(key, v, generate, last_values) if isinstance(v, auto)
                     else v for v in value)
    return value


class _EnumDict(dict):
    """The namespace of an Enum class body (EnumType.__prepare__): a member's auto()
    gets its value as the body assigns it, so that the body can use it (RW = R | W)."""

    def __init__(self, generate):
        super().__init__()
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            self._ignore = (value.replace(',', ' ').split() if isinstance(value, str)
                            else list(value))
        elif key in self._ignore:
            pass
        elif not (_is_sunder_or_dunder(key) or _is_descriptor(value)):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = _member_value(key, value, self._generate, self._last_values)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType):
                    generate = klass._generate_next_value_
                    break
            if generate is not None:
                break
        return _EnumDict(generate)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        member_values = []
        body = {}
        base_enum = None
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass.__dict__.get('_member_names_'):
                    raise TypeError('<enum %r> cannot extend %r' % (cls, klass))
                if base_enum is None and isinstance(klass, EnumType):
                    base_enum = klass
        generate = classdict.get('_generate_next_value_')
        if generate is None and base_enum is not None:
            generate = base_enum._generate_next_value_
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue                # (names the body used, not members)
            if _is_sunder_or_dunder(key) or _is_descriptor(value):
                body[key] = value
                continue
            if key in member_names:
                raise TypeError('%r already defined as %r' % (key, value))
            value = _member_value(key, value, generate, member_values)
            member_names.append(key)
            member_values.append(value)
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if base_enum is not None:
            # as CPython: Enum's repr/str/format win over a mixed-in data type's
            member_type = enum_class._member_type_()
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        break
                else:
                    klass = object
                if klass is member_type or klass is object:
                    setattr(enum_class, name, getattr(base_enum, name))
        for name, value in zip(member_names, member_values):
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_()
        args = value if isinstance(value, tuple) else (value,)
        new_member = cls._new_member_()
        if new_member is not None:      # the class's own __new__ makes its members
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and \
                init is not Enum.__init__:
            init(member, *args)
        member._name_ = name
        canonical = cls._value2member_map_.get(member._value_)
        # (the class attribute first: EnumType.__setattr__ refuses names of members)
        if canonical is not None:        # an alias: the name of the first member wins
            setattr(cls, name, canonical)
            cls._member_map_[name] = canonical
            return
        setattr(cls, name, member)
        if Flag is None or not issubclass(cls, Flag) or _is_single_bit(member._value_):
            # (a Flag's member of several bits, or none, is not iterated: as CPython)
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        cls._value2member_map_[member._value_] = member

    def _new_member_(cls):
        """The __new__ an enum class (or a base of it before Enum) defines to make its
        members, or None; after the class is made, calling it looks a member up
        (EnumType.__call__), as CPython's __new_member__."""
        for klass in cls.__mro__:
            if klass is Enum or klass in (int, str, float, tuple, bytes, object):
                return None
            new = klass.__dict__.get('__new__')
            if new is not None:
                return new.__func__ if isinstance(new, staticmethod) else new
        return None

    def _member_type_(cls):
        for klass in cls.__mro__:
            if klass in (int, str, float, tuple, bytes):
                return klass
        return object

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (member.__class__.__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid '
                        'member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        raise TypeError('unable to sort non-numeric values')

    @property
    def name(self):
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @property
    def value(self):
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)        # the data type's rule: a __str__ of its own counts
        return format(self._value_, format_spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)        # the data type's rule: a __str__ of its own counts
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    _value_repr_ = str.__repr__


class Flag(Enum):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    _keep_unknown_bits_ = False     # IntFlag: CPython's boundary KEEP; Flag: STRICT

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = 0
        for m in cls:
            flag_mask |= m._value_
        all_bits = flag_mask
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = all_bits & value
        unknown = value & ~all_bits
        if unknown and not cls._keep_unknown_bits_:
            width = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, _flag_bin(value, width),
                                _flag_bin(flag_mask, width)))
        known = value & all_bits
        members = [m for m in cls if m._value_ & known == m._value_]
        covered = 0
        for m in members:
            covered |= m._value_
        if covered != known:            # members of several bits cover the rest
            members = []
            for m in cls._member_map_.values():
                if m._value_ and m._value_ & known == m._value_ and m not in members:
                    members.append(m)
        member_type = cls._member_type_()
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        name = '|'.join([m._name_ for m in members]) if members else None
        if name is not None and unknown:
            name += '|%d' % unknown
        pseudo._name_ = name
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __iter__(self):
        return iter([m for m in self.__class__
                     if m._value_ and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    _keep_unknown_bits_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)        # the data type's rule: a __str__ of its own counts
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int):
            other = other._value_ if isinstance(other, IntFlag) else other
            return self.__class__(self._value_ | other)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            other = other._value_ if isinstance(other, IntFlag) else other
            return self.__class__(self._value_ & other)
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            other = other._value_ if isinstance(other, IntFlag) else other
            return self.__class__(self._value_ ^ other)
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    _value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() makes."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration as CPython 3.11's enum.verify: UNIQUE
    (no aliases), CONTINUOUS (no integer value -- for a Flag, no bit -- skipped
    between the lowest and the highest), NAMED_FLAGS (a Flag's composite members name
    only bits that have members)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (
                        enumeration, ', '.join('%s -> %s' % a for a in aliases)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    missing = [1 << i for i in range(low.bit_length(), high.bit_length() - 1)
                               if (1 << i) not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        'flag' if is_flag else 'enum', name,
                        ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS and is_flag:
                named = 0
                for m in enumeration.__members__.values():
                    if isinstance(m.value, int) and _is_single_bit(m.value):
                        named |= m.value
                lacking = []
                lacking_bits = 0
                for alias, m in enumeration.__members__.items():
                    v = m.value
                    if isinstance(v, int) and v and not _is_single_bit(v) and v & ~named:
                        lacking.append(alias)
                        lacking_bits |= v & ~named
                if lacking:
                    if len(lacking) == 1:
                        what = 'alias %s is missing' % lacking[0]
                    else:
                        what = 'aliases %s and %s are missing' % (', '.join(lacking[:-1]),
                                                                  lacking[-1])
                    if _is_single_bit(lacking_bits):
                        bits = 'value 0x%x' % lacking_bits
                    else:
                        bits = 'combined values of 0x%x' % lacking_bits
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values'
                                     '(value) for details]' % (name, what, bits))
        return enumeration
