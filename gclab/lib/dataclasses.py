"""dataclasses for gclab, written for gclab (not CPython's source): @dataclass with and
without arguments (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only),
field(), fields(), asdict(), astuple(), replace(), is_dataclass(), make_dataclass(),
InitVar, KW_ONLY, FrozenInstanceError and MISSING.

The fields are the class's annotations (gclab evaluates them as CPython does; ClassVar
annotations, also as the strings `from __future__ import annotations` leaves, are
skipped), after the fields of its dataclass bases.  The generated __init__ is made with
exec inside a class statement named as the class, so that its errors name it as
CPython's do (`Point.__init__() missing 1 required positional argument: 'y'`).
Differences: weakref_slot and Field's repr are absent."""

import copy as _copy


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()

class InitVar:
    """InitVar[T]: a pseudo-field given to __init__ and passed on to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._classvar = False
        self._initvar = False

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash,
                   self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    try:
        import typing
    except ImportError:
        return False
    if tp is typing.ClassVar:
        return True
    return isinstance(tp, typing._Form) and tp._name == 'ClassVar'


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or type(tp) is InitVar


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp == 'KW_ONLY' or tp == 'dataclasses.KW_ONLY'
    return tp is KW_ONLY or tp is _KW_ONLY_TYPE


def _own_field(cls, name, tp, kw_only):
    # (through getattr, as CPython: a descriptor's __get__(None, cls) is the default,
    # and so is a base class's attribute of that name)
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if _is_classvar(tp):
        f._classvar = True
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
        return f
    if _is_initvar(tp):
        f._initvar = True
        return f
    if isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), name))
    return f


def _set_new(cls, name, value):
    """Set the attribute unless the class defines it itself; True if it did.  A method
    made here is named as the class's own (Item.__eq__), as CPython names them."""
    if name in cls.__dict__:
        return True
    _name_method(cls, name, value)
    setattr(cls, name, value)
    return False


def _name_method(cls, name, value):
    if type(value).__name__ == 'function':
        value.__name__ = name
        value.__qualname__ = '%s.%s' % (cls.__qualname__, name)


def _make_init(cls, fields, frozen, has_post_init):
    globs = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
             '_object': object, '__name__': cls.__module__}
    params = []
    kw_params = []
    seen_default = False
    body = []
    initvars = []
    for f in fields:
        if f._initvar:
            initvars.append(f.name)
        if f.init:
            if f.default is not MISSING:
                globs['_dflt_' + f.name] = f.default
                param = '%s=_dflt_%s' % (f.name, f.name)
            elif f.default_factory is not MISSING:
                param = '%s=_HAS_DEFAULT_FACTORY' % f.name
            else:
                param = f.name
            if f.kw_only:
                kw_params.append(param)
            else:
                if param == f.name and seen_default:
                    raise TypeError('non-default argument %r follows default argument'
                                    % f.name)
                if param != f.name:
                    seen_default = True
                params.append(param)
        if f._initvar:
            continue            # passed on to __post_init__, not stored
        if f.default_factory is not MISSING:
            globs['_factory_' + f.name] = f.default_factory
            if f.init:
                value = ('_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s'
                         % (f.name, f.name, f.name))
            else:
                value = '_factory_%s()' % f.name
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append('_object.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if has_post_init:
        body.append('self.__post_init__(%s)' % ', '.join(initvars))
    if not body:
        body.append('pass')
    all_params = ['self'] + params
    if kw_params:
        all_params.append('*')
        all_params.extend(kw_params)
    src = 'class %s:\n    def __init__(%s):\n' % (cls.__name__, ', '.join(all_params))
    for line in body:
        src += '        ' + line + '\n'
    exec(src, globs)
    init = globs[cls.__name__].__dict__['__init__']
    annotations = {f.name: f.type for f in fields if f.init}
    annotations['return'] = None
    init.__annotations__ = annotations
    return init


_repr_running = set()


def _make_repr(fields):
    names = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (name, getattr(self, name)) for name in names]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))
    __repr__._dataclass_generated = True        # (pprint lays out only these)
    return __repr__


def _make_compare(names, opname):
    def values(obj):
        return tuple([getattr(obj, n) for n in names])

    if opname == '__eq__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
    elif opname == '__lt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
    elif opname == '__le__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
    elif opname == '__gt__':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
    return method


def _make_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots=False):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    seen_kw_only = False
    for name, tp in annotations.items():
        if _is_kw_only(tp):
            # `_: KW_ONLY`: the fields after it are keyword-only; it is not a field
            if seen_kw_only:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % name)
            seen_kw_only = True
            kw_only = True
            continue
        own.append(_own_field(cls, name, tp, kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    init_fields = [f for f in fields.values() if not f._classvar]
    all_fields = [f for f in init_fields if not f._initvar]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new(cls, '__init__', _make_init(cls, init_fields, frozen, has_post_init))
    if repr:
        _set_new(cls, '__repr__', _make_repr(all_fields))
    compare_names = [f.name for f in all_fields if f.compare]
    if eq:
        _set_new(cls, '__eq__', _make_compare(compare_names, '__eq__'))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new(cls, name, _make_compare(compare_names, name)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        setter, deleter = _make_frozen(cls, tuple([f.name for f in all_fields]))
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))

    hash_names = [f.name for f in all_fields
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s'
                            % cls.__name__)
        cls.__hash__ = _make_hash(hash_names)
        _name_method(cls, '__hash__', cls.__hash__)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
            _name_method(cls, '__hash__', cls.__hash__)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new(cls, '__match_args__',
                 tuple([f.name for f in init_fields if f.init and not f.kw_only]))
    if slots:
        cls = _add_slots(cls, all_fields, frozen)
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)     # (a frozen class's too)


def _add_slots(cls, fields, frozen=False):
    """slots=True: a new class, as CPython makes it, whose __slots__ are the fields that
    no base class has a slot for (a class cannot gain slots once made); a frozen one
    gets CPython's __getstate__/__setstate__, so that pickle can rebuild it."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        base_slots = base.__dict__.get('__slots__', ())
        if isinstance(base_slots, str):
            base_slots = (base_slots,)
        inherited.update(base_slots)
    names = tuple([f.name for f in fields if f.name not in inherited])
    cls_dict = dict(cls.__dict__)
    cls_dict['__slots__'] = names
    for name in names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    new = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    new.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in cls_dict:
            new.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            new.__setstate__ = _dataclass_setstate
    return new


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fs.values() if not f._classvar and not f._initvar])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory),
                           _astuple_inner(v, tuple_factory)) for k, v in obj.items()])
    return _copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._classvar:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            if f._initvar and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False):
    """A new dataclass named cls_name whose fields are given as names, (name, type) or
    (name, type, Field) items (the type of a bare name is 'typing.Any')."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns['__module__'] = 'types'      # as CPython 3.11's (made by types.new_class)
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots)
