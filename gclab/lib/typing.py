"""typing for gclab: the names programs import for their annotations.

gclab evaluates annotations as CPython does (docs/language.md): these are subscripted
(`Vector = List[float]`, `Optional['Node']`) and combined with `|`, and print as CPython
prints them.  TypeVar, Generic (as a base class), cast, overload, NewType,
TYPE_CHECKING and NamedTuple (class syntax and functional form) work.  Written for gclab."""

import collections
import collections.abc
from abc import ABCMeta

TYPE_CHECKING = False


_BUILTIN_ORIGINS = {'List': 'list', 'Dict': 'dict', 'Set': 'set', 'FrozenSet': 'frozenset',
                    'Tuple': 'tuple', 'DefaultDict': 'collections.defaultdict',
                    'OrderedDict': 'collections.OrderedDict',
                    'Counter': 'collections.Counter', 'Deque': 'collections.deque'}


def _type_repr(obj):
    if isinstance(obj, type):
        name = getattr(obj, '__qualname__', obj.__name__)
        if obj.__module__ is None or obj.__module__ == 'builtins':   # gclab: None
            return name
        return '%s.%s' % (obj.__module__, name)
    if obj is ...:
        return '...'
    if isinstance(obj, _IOForm) and obj.__args__ is None:
        return 'typing.' + obj._name          # a class in CPython
    return repr(obj)


class ForwardRef:
    """A string in a subscript (`Optional['Node']`), printed as CPython prints it."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and \
            self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def _param(p):
    if isinstance(p, str):
        return ForwardRef(p)
    return type(None) if p is None else p


class _Form:
    """A special form or a generic alias of typing: subscriptable, printable."""

    def __init__(self, name, args=None):
        self._name = name
        self.__args__ = args

    def __repr__(self):
        args = self.__args__
        if args is None:
            return 'typing.' + self._name
        if self._name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return 'typing.Optional[%s]' % _type_repr(other)
        if self._name == 'Tuple' and args == ((),):
            return 'typing.Tuple[()]'
        if self._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(p) for p in args[0]),
                                                  _type_repr(args[1]))
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in args))

    def __getitem__(self, params):
        if self._name == 'Tuple' and params == ():
            return _Form('Tuple', ((),))       # Tuple[()]: the empty tuple type
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Literal':
            pass                                # Literal['a']: the values themselves
        elif self._name == 'Annotated':
            params = (_param(params[0]),) + params[1:]
        else:
            params = tuple(_param(p) for p in params)
        if self._name == 'Optional':
            return Union[params[0], type(None)]
        if self._name == 'Union':
            flat = []
            for p in params:
                for q in (p.__args__ if isinstance(p, _Form) and p._name == 'Union'
                          else (p,)):
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            params = tuple(flat)
        return _Form(self._name, params)

    def __call__(self, *args, **kwargs):
        if self._name in _BUILTIN_ORIGINS:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, _BUILTIN_ORIGINS[self._name]))
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate typing.%s' % self._name)

    def __instancecheck__(self, obj):
        return self._check(type(obj), 'isinstance')

    def __subclasscheck__(self, cls):
        return self._check(cls, 'issubclass')

    def _check(self, cls, what):
        if self.__args__ is not None:
            if self._name in ('Union', 'Optional'):
                return any(issubclass(cls, a) for a in self.__args__)
            raise TypeError('Subscripted generics cannot be used with class and instance '
                            'checks')
        origin = _runtime_origin(self._name)
        if origin is None:
            raise TypeError('typing.%s cannot be used with %s()' % (self._name, what))
        return issubclass(cls, origin)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        return isinstance(other, _Form) and (self._name, self.__args__) == \
            (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))


def _runtime_origin(name):
    """The class an unsubscripted typing alias checks against (List: list, Iterable:
    collections.abc.Iterable), or None for a special form (Any, Union, ...)."""
    builtin = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset,
               'Tuple': tuple, 'Type': type, 'DefaultDict': collections.defaultdict,
               'OrderedDict': collections.OrderedDict, 'Counter': collections.Counter,
               'Deque': collections.deque}
    if name in builtin:
        return builtin[name]
    if name in ('Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence',
                'Mapping', 'MutableMapping', 'Collection', 'Container', 'Hashable',
                'Sized', 'Reversible', 'ItemsView', 'KeysView', 'ValuesView', 'Callable',
                'MutableSet'):
        return getattr(collections.abc, name)
    if name == 'AbstractSet':
        return collections.abc.Set
    return None


Any = _Form('Any')
Union = _Form('Union')
Optional = _Form('Optional')
Callable = _Form('Callable')
ClassVar = _Form('ClassVar')
Final = _Form('Final')
Literal = _Form('Literal')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
Type = _Form('Type')
Annotated = _Form('Annotated')
List = _Form('List')
Dict = _Form('Dict')
Set = _Form('Set')
FrozenSet = _Form('FrozenSet')
Tuple = _Form('Tuple')
DefaultDict = _Form('DefaultDict')
OrderedDict = _Form('OrderedDict')
Counter = _Form('Counter')
Deque = _Form('Deque')
Iterable = _Form('Iterable')
Iterator = _Form('Iterator')
Generator = _Form('Generator')
Sequence = _Form('Sequence')
MutableSequence = _Form('MutableSequence')
Mapping = _Form('Mapping')
MutableMapping = _Form('MutableMapping')
AbstractSet = _Form('AbstractSet')
MutableSet = _Form('MutableSet')
Collection = _Form('Collection')
Container = _Form('Container')
Hashable = _Form('Hashable')
Sized = _Form('Sized')
Reversible = _Form('Reversible')
ItemsView = _Form('ItemsView')
KeysView = _Form('KeysView')
ValuesView = _Form('ValuesView')


class _IOForm(_Form):
    """IO, TextIO and BinaryIO: classes in CPython, printed <class 'typing.IO'>."""

    def __repr__(self):
        if self.__args__ is None:
            return "<class 'typing.%s'>" % self._name
        return _Form.__repr__(self)


IO = _IOForm('IO')
TextIO = _IOForm('TextIO')
BinaryIO = _IOForm('BinaryIO')
Text = str
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """A base class: `class Stack(Generic[T])` is a subclass of Generic (in CPython,
    Generic[T] is an alias whose __mro_entries__ gives Generic)."""

    def __class_getitem__(cls, params):
        return cls


# what a protocol's members are not (CPython's typing leaves the same out)
_NOT_PROTOCOL_MEMBERS = frozenset([
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
    '__init_subclass__', '_is_protocol', '_is_runtime_protocol'])


def _protocol_members(cls):
    """The names a class must have to match the protocol cls: what its protocol
    classes define or annotate."""
    names = []
    for base in cls.__mro__:
        if base in (Protocol, Generic, object) or not base.__dict__.get('_is_protocol'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name.startswith('_abc_') or name in _NOT_PROTOCOL_MEMBERS:
                continue
            if name not in names:
                names.append(name)
    return names


def _check_runtime(cls):
    if not cls.__dict__.get('_is_runtime_protocol'):
        raise TypeError('Instance and class checks can only be used with '
                        '@runtime_checkable protocols')


class _ProtocolMeta(ABCMeta):
    """The metaclass of Protocol: isinstance() and issubclass() with a
    @runtime_checkable protocol check the members, not the bases."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        # a protocol lists Protocol among its bases; a subclass of one that does not
        # is an ordinary class
        cls._is_protocol = any(base is Protocol for base in bases)
        return cls

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            _check_runtime(cls)
        if not cls.__dict__.get('_is_protocol'):
            return ABCMeta.__instancecheck__(cls, instance)
        _check_runtime(cls)
        if cls in type(instance).__mro__:
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            _check_runtime(cls)
        if not cls.__dict__.get('_is_protocol'):
            return ABCMeta.__subclasscheck__(cls, other)
        _check_runtime(cls)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        members = _protocol_members(cls)
        for name in members:
            if not callable(getattr(cls, name, None)):
                raise TypeError("Protocols with non-method members don't support "
                                "issubclass()")
        for name in members:
            for base in other.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True


Protocol = None


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A base class of structural types: with @runtime_checkable, isinstance(x, P)
    asks whether x has P's members."""


Protocol._is_protocol = True


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @typing.overload-'
            'decorated functions outside a stub module should always be followed by an '
            'implementation that is not @typing.overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    if not isinstance(cls, _ProtocolMeta) or not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


# the runtime-checkable protocols of one special method each, as CPython's
@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__supertype__ = tp
    return new_type


_NAMEDTUPLE_SKIP = ('__module__', '__qualname__', '__annotations__', '__doc__',
                    '__classcell__', '_root')


class _NamedTupleMeta(type):
    """`class P(NamedTuple): x: int; y: int = 0` makes collections.namedtuple('P',
    ['x', 'y'], defaults=[0]) with the class body's other attributes (methods,
    properties) added; NamedTuple('P', [('x', int)]) is the functional form."""

    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default '
                                'field%s %s' % (name, 's' if len(defaults) > 1 else '',
                                                ', '.join(fields[:len(defaults)])))
        nt = collections.namedtuple(typename, fields, defaults=defaults,
                                    module=ns.get('__module__'))
        nt.__annotations__ = dict(annotations)
        if ns.get('__doc__') is not None:
            nt.__doc__ = ns['__doc__']
        for key, value in ns.items():
            if key in _NAMEDTUPLE_SKIP or key in fields:
                continue
            if key in ('_fields', '_make', '_replace', '_asdict', '_field_defaults'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            setattr(nt, key, value)
        return nt

    def __call__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return collections.namedtuple(typename, [name for name, _ in fields])


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: a base class for `class P(NamedTuple): x: int`,
    or NamedTuple('P', [('x', int), ('y', int)])."""
    _root = True


class _TypedDictMeta(type):
    """TypedDict classes: dict subclasses whose call makes a plain dict; they record
    their keys (__annotations__, __required_keys__, __optional_keys__, __total__)."""

    def __new__(mcls, name, bases, ns, total=True):
        own = ns.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required |= base.__dict__.get('__required_keys__', set())
            optional |= base.__dict__.get('__optional_keys__', set())
        annotations.update(own)
        if total:
            required |= set(own)
        else:
            optional |= set(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return type.__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:            # the functional form: TypedDict('P', {'a': int})
            return _typed_dict_class(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def _typed_dict_class(typename, fields=None, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str -- Movie(name='x') is the dict
    {'name': 'x'}; TypedDict('Movie', {'name': str}, total=False) makes such a class."""


def Required(tp):
    return tp


def NotRequired(tp):
    return tp


def get_type_hints(obj):
    return {}
