"""contextvars for gclab: ContextVar, Token, Context and copy_context.  Written for
gclab; what differs from CPython is listed in docs/stdlib.md.

Each thread has its current Context (a new thread starts with an empty one, as in
CPython); Context.run makes another one current for the length of a call.  A Context
holds a dict: copy_context() copies it (CPython shares an immutable mapping), so a
copy costs time in the number of variables set.  gclab's asyncio does not give each
task a context of its own."""

import threading as _threading
from types import GenericAlias as _GenericAlias

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _MissingType:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _MissingType()
_state = _threading.local()


def _current():
    try:
        return _state.context
    except AttributeError:
        ctx = _state.context = Context()
        ctx._entered = True
        return ctx


class Context:
    """A mapping from ContextVar to value; the values a thread sees while the context
    is current."""

    __module__ = '_contextvars'

    __slots__ = ('_data', '_entered', '_prev')

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._prev = _current()
        self._entered = True
        _state.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.context = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    return _current().copy()


class Token:
    """What ContextVar.set returns: ContextVar.reset(token) puts the old value back."""

    __module__ = '_contextvars'

    __slots__ = ('_var', '_old_value', '_context', '_used')

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var,
                                            id(self))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class ContextVar:
    """A variable whose value depends on the current Context."""

    __module__ = '_contextvars'

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        value = _current()._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current()
        if token._context is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        if token._old_value is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value

    def __repr__(self):
        text = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            text += ' default=%r' % (self._default,)
        return text + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")
