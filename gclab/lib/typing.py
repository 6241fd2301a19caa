"""typing for gclab: the names programs import for their annotations, and what programs
do with them at run time, as CPython 3.11's typing does it.

gclab evaluates annotations as CPython does (docs/language.md): these are subscripted
(`Vector = List[float]`, `Optional['Node']`), combined with `|`, and print as CPython
prints them.  Subscripting gives alias objects (__origin__, __args__, __parameters__,
get_origin/get_args); an alias used as a base class is replaced by its __mro_entries__
(`class C(List[int])` has the bases (list, Generic) and __orig_bases__ (List[int],));
Generic[T] and Protocol[T] make generic classes (__parameters__, C[int] an alias whose
call sets __orig_class__).  TypeVar, ParamSpec, cast, overload, final, NewType,
TYPE_CHECKING, Protocol/runtime_checkable, NamedTuple (class syntax and functional form),
TypedDict and get_type_hints work.  Written for gclab.
What differs from CPython: NewType's __module__ is '__main__' (gclab has no frames to
find the caller's module in); TypeVarTuple/Unpack and the generic NamedTuple/TypedDict of
3.11 are not there; a ParamSpec in Callable[P, T] is kept, not checked."""

import collections
import collections.abc
import sys
from abc import ABCMeta

TYPE_CHECKING = False
Generic = Protocol = None      # (the classes, below)


def _type_repr(obj):
    if isinstance(obj, type):
        name = getattr(obj, '__qualname__', obj.__name__)
        if obj.__module__ is None or obj.__module__ == 'builtins':   # gclab: None
            return name
        return '%s.%s' % (obj.__module__, name)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


class ForwardRef:
    """A string in a subscript (`Optional['Node']`), printed as CPython prints it."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and \
            self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def _evaluate(self, globalns, localns):
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), '__dict__',
                               globalns)
        value = _type_convert(eval(self.__forward_arg__, globalns, localns))
        return _eval_type(value, globalns, localns)


def _type_convert(p):
    if p is None:
        return type(None)
    if isinstance(p, str):
        return ForwardRef(p)
    return p


def _type_check(p, msg):
    """p as a type argument (None: NoneType, a string: a ForwardRef); TypeError for
    what cannot be one (a tuple, a bare ClassVar)."""
    p = _type_convert(p)
    if isinstance(p, _GenericAlias) and p.__origin__ in (Generic, Protocol, ClassVar,
                                                         Final):
        raise TypeError('%s is not valid as type argument' % (p,))
    if p in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return p
    if isinstance(p, _SpecialForm) or p in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (p,))
    if type(p) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, p))
    return p


def _collect_parameters(args):
    """The type variables in args, in order of first appearance (those of aliases
    among them included)."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for x in _collect_parameters(t):
                if x not in params:
                    params.append(x)
        else:
            for x in getattr(t, '__parameters__', ()) or ():
                if x not in params:
                    params.append(x)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    params = getattr(arg, '__parameters__', None)
    if params and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class _Form:
    """The base of typing's special forms and aliases: what they have in common
    (`|`, the refusal of isinstance on a subscripted alias)."""
    _name = None

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance '
                        'checks')


class _SpecialForm(_Form):
    """Any, Union, Optional, ClassVar, Final, Literal, ...: subscriptable (some of
    them), not classes."""

    def __init__(self, name, doc=''):
        self._name = name
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % (self,))

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __getitem__(self, parameters):
        name = self._name
        if name in ('Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias'):
            raise TypeError('%s is not subscriptable' % (self,))
        if name == 'Union':
            return _union(parameters)
        if name == 'Optional':
            arg = _type_check(parameters, '%s requires a single type.' % (self,))
            return _union((arg, type(None)))
        if name == 'Literal':
            if not isinstance(parameters, tuple):
                parameters = (parameters,)
            flat = []
            for p in parameters:
                values = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
                for v in values:
                    if not any(v == w and type(v) is type(w) for w in flat):
                        flat.append(v)
            return _LiteralGenericAlias(self, tuple(flat))
        if name == 'Concatenate':
            if not isinstance(parameters, tuple):
                parameters = (parameters,)
            return _GenericAlias(self, tuple(_type_convert(p) for p in parameters))
        # ClassVar, Final, TypeGuard, Required, NotRequired, Unpack: one type
        item = _type_check(parameters, '%s accepts only single type.' % (name,))
        alias = _GenericAlias(self, (item,))
        if name == 'ClassVar':
            alias._name = 'ClassVar'        # (gclab's dataclasses looks at it)
        return alias


def _union(parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            inner = p.__args__
        elif type(p).__name__ == 'UnionType':
            inner = p.__args__
        else:
            inner = (p,)
        for q in inner:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


class _BaseGenericAlias(_Form):
    """An alias of a class: List (of list), List[int], Stack[int]."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or \
                    (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        # what the origin class has (List[int].append), dunders left out
        if attr in ('__origin__', '__args__', '_name', '_inst'):
            raise AttributeError(attr)
        if not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __dir__(self):
        return sorted(set(object.__dir__(self) +
                          [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias):
    """A subscripted alias: List[int], Dict[str, T], Generic[T], Stack[int],
    ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return '%s[%s]' % (name, args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        params = self.__parameters__
        if not params:
            raise TypeError('%s is not a generic class' % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few', self,
                               len(args), len(params)))
        mapping = dict(zip(params, args))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)



class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)):
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]), _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable',
                                     inst=self._inst)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias,)) and \
                type(other).__name__ != 'UnionType':
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        _GenericAlias.__init__(self, origin, args, inst=inst, name=name)
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == \
            set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a class: List, Dict, Iterable, Callable, Tuple..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getitem__(self, params):
        name = self._name
        if name == 'Tuple':
            if params == ():
                return _GenericAlias(tuple, (), name='Tuple', inst=False)
            if not isinstance(params, tuple):
                params = (params,)
            if len(params) == 2 and params[1] is ...:
                return _GenericAlias(tuple, (_type_check(params[0], 'Tuple[t, ...]: t '
                                                         'must be a type.'), ...),
                                     name='Tuple', inst=False)
            msg = 'Tuple[t0, t1, ...]: each t must be a type.'
            return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params),
                                 name='Tuple', inst=False)
        if name == 'Callable':
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if isinstance(args, list):
                args = tuple(_type_convert(a) for a in args)
            elif args is ... or isinstance(args, ParamSpec):
                args = (args,)
            else:
                raise TypeError('Callable[args, result]: args must be a list. Got %.100r.'
                                % (args,))
            return _CallableGenericAlias(self.__origin__, args + (_type_convert(result),),
                                         name='Callable', inst=self._inst)
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, name=name, inst=self._inst)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return _Form.__subclasscheck__(self, cls)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __mro_entries__(self, bases):
        return _BaseGenericAlias.__mro_entries__(self, bases)


Any = _SpecialForm('Any')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
TypeGuard = _SpecialForm('TypeGuard')
Concatenate = _SpecialForm('Concatenate')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(getattr(_abc, 'Awaitable', object), 1, name='Awaitable')
Coroutine = _SpecialGenericAlias(getattr(_abc, 'Coroutine', object), 3, name='Coroutine')
AsyncIterable = _SpecialGenericAlias(getattr(_abc, 'AsyncIterable', object), 1,
                                     name='AsyncIterable')
AsyncIterator = _SpecialGenericAlias(getattr(_abc, 'AsyncIterator', object), 1,
                                     name='AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _SpecialGenericAlias(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(getattr(_abc, 'ByteString', bytes), 0,
                                  name='ByteString')
Tuple = _SpecialGenericAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(getattr(_abc, 'MappingView', object), 1,
                                   name='MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str


class _TypeVarLike:
    """What TypeVar and ParamSpec share: the repr (~T, +T covariant, -T
    contravariant) and `|` making a Union."""

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), printed ~T (+T covariant, -T
    contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') \
            if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % (self.__origin__.__name__,)


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % (self.__origin__.__name__,)


class ParamSpec(_TypeVarLike):
    """P = ParamSpec('P'), printed ~P; P.args and P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """The base class of generic classes: `class Stack(Generic[T])` (Generic[T] is an
    alias whose __mro_entries__ gives Generic); Stack.__parameters__ is (T,) and
    Stack[int] is an alias of Stack."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % (cls.__qualname__,))
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or '
                                'parameter specification variables.' % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique'
                                % (cls.__name__,))
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError('%s is not a generic class' % (cls,))
            if len(params) != expected:
                raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                                % ('many' if len(params) > expected else 'few', cls,
                                   len(params), expected))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol' and
                     type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in '
                                    'Generic[%s]' % (', '.join(str(t) for t in missing),
                                                     ', '.join(str(g) for g in gvars)))
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


_TypedDictMeta = None


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union; None for what is not an alias."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias,)) or type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        import types
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[int, str]) is (int, str),
    get_args(Callable[[int], str]) is ([int], str); () otherwise."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) or type(tp).__name__ in ('GenericAlias', 'UnionType'):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or \
                (get_origin(tp) is collections.abc.Callable and
                 not isinstance(tp, _GenericAlias)):
            if res and res[0] is not ... and not isinstance(res[0], ParamSpec):
                res = (list(res[:-1]), res[-1])
        return res
    return ()


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and \
            self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: T with metadata (__metadata__) for the tools that read
    it; get_type_hints leaves the metadata out unless include_extras."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))


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

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol') and cls is not Protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

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


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj):
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-'
        'decorated functions outside a stub module should always be followed by an '
        'implementation that is not @typing.overload-ed.')


def overload(func):
    """Record func (get_overloads) and give the function that refuses to be called."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """UserId = NewType('UserId', int): UserId(5) is 5; printed __main__.UserId
    (gclab: the module is always __main__)."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                'looking for: `%s = NewType(%r, %s)`'
                                % (subclass_name, subclass_name, superclass_name))
        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _eval_type(t, globalns, localns):
    """t with its forward references evaluated (those inside aliases too)."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _LiteralGenericAlias):
        return t            # Literal['x']: its strings are values, not forward references
    if isinstance(t, _GenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        new_args = tuple(_eval_type(a, globalns, localns) for a in args)
        if new_args == t.__args__:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(new_args[0], t.__metadata__)
        return t.copy_with(new_args)
    if type(t).__name__ == 'GenericAlias':
        new_args = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) else a,
                                    globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        return t.__origin__[new_args]
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' too), function or module, with strings
    and forward references evaluated, None as NoneType."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = dict(getattr(module, '__dict__', {}))
            else:
                base_globals = globalns
            annotations = base.__dict__.get('__annotations__', {})
            if not hasattr(annotations, 'items'):
                annotations = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # as CPython: the class's names before the module's
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return dict((k, _strip_annotations(t)) for k, t in hints.items())
    if type(obj).__name__ == 'module':
        if globalns is None:
            globalns = obj.__dict__
    elif globalns is None:
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        globalns = getattr(nsobj, '__globals__', {})
    if localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    result = {}
    for name, value in dict(hints).items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value)
        result[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return result
    return dict((k, _strip_annotations(t)) for k, t in result.items())


class IO(Generic[AnyStr]):
    """The generic type of streams (a class, as in CPython)."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


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
        module = None
        if fields is None:
            fields = list(kwargs.items())
        else:
            module = kwargs.get('module')
        fields = list(fields)
        if module is None:
            nt = collections.namedtuple(typename, [name for name, _ in fields])
        else:
            nt = collections.namedtuple(typename, [name for name, _ in fields],
                                        module=module)
        nt.__annotations__ = dict((name, _type_convert(tp)) for name, tp in fields)
        return nt


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
        for key, tp in own.items():
            # Required[...] / NotRequired[...] (under Annotated too) override total
            qualifier = tp
            while isinstance(qualifier, _AnnotatedAlias):
                qualifier = qualifier.__origin__
            origin = getattr(qualifier, '__origin__', None)
            if origin is Required or (origin is not NotRequired and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
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
