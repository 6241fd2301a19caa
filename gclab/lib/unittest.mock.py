"""unittest.mock for gclab, written for gclab after CPython 3.11's interface: Mock,
MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock, call, ANY, sentinel,
DEFAULT, patch (decorator, class decorator, context manager, start/stop; patch.object,
patch.dict, patch.multiple, patch.stopall), create_autospec, mock_open, seal.
AsyncMock too.  What differs from CPython is listed in docs/stdlib.md."""

import sys
import builtins
import inspect
import pprint
from functools import wraps, partial
from types import ModuleType

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock',
           'mock_open', 'PropertyMock', 'seal', 'AsyncMock')

FILTER_DIR = True


# --- sentinel, DEFAULT, ANY -------------------------------------------------------------

class _SentinelObject(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        found = self._sentinels.get(name)
        if found is None:
            found = _SentinelObject(name)
            self._sentinels[name] = found
        return found


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# --- call objects -----------------------------------------------------------------------

def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend(['%s=%r' % (k, v) for k, v in kwargs.items()])
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    """(name, args, kwargs) of a call given as a tuple of 0 to 3 items, or None."""
    n = len(value)
    name, args, kwargs = '', (), {}
    if n == 0:
        pass
    elif n == 3:
        name, args, kwargs = value
    elif n == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif n == 1:
        only, = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    else:
        return None
    return name, args, kwargs


_TUPLE_ATTRS = frozenset(tuple.__dict__)


class _Call(tuple):
    """A call: (args, kwargs) (two=True, as call_args) or (name, args, kwargs)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        split = _split_call(value)
        cname, args, kwargs = split
        if not cname and len(value) == 0:
            cname = name
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (cname, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len(other)
        except TypeError:
            return NotImplemented
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        mine = getattr(self, '_mock_parent', None)
        theirs = getattr(other, '_mock_parent', None)
        if mine is not None and theirs is not None and mine != theirs:
            return False
        split = _split_call(other)
        if split is None:
            return False
        other_name, other_args, other_kwargs = split
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = _Call.__eq__(self, other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()',
                     parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        if attr in _TUPLE_ATTRS:
            # call.count(...), call.__len__() are calls, not the tuple's methods
            return _Call.__getattr__(self, attr)
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls of a chained call such as call(1).method(2)()."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        vals.reverse()
        return _CallList(vals)


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        total = len(self)
        if n > total:
            return False
        for i in range(0, total - n + 1):
            if list(self[i:i + n]) == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


class _AnyComparer(list):
    """A list whose `in` compares the item first (so that ANY in it matches)."""
    def __contains__(self, item):
        for kall in self:
            if len(item) != len(kall):
                continue
            if all([expected == actual for expected, actual in zip(item, kall)]):
                return True
        return False


# --- helpers ----------------------------------------------------------------------------

_magics_text = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
                'sizeof enter exit divmod rdivmod neg pos abs invert complex int float '
                'index round trunc floor ceil bool next fspath')
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_default_magics = set()
for _n in _magics_text.split():
    _default_magics.add('__%s__' % _n)
for _n in _numerics.split():
    _default_magics.add('__%s__' % _n)
    _default_magics.add('__i%s__' % _n)
    _default_magics.add('__r%s__' % _n)
_default_magics.add('__aiter__')
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_sync_magics = set(_default_magics)
_default_magics |= _async_method_magics
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__',
    '__setstate__', '__getformat__', '__repr__', '__dir__', '__subclasses__',
    '__format__', '__getnewargs_ex__',
}
_all_sync_magics |= _non_defaults
_all_magics = _default_magics | _non_defaults
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__', '__subclasscheck__', '__del__'}
_allowed_names = {'return_value', '_mock_return_value', 'side_effect',
                  '_mock_side_effect', '_mock_parent', '_mock_new_parent', '_mock_name',
                  '_mock_new_name'}
_ATTRIB_DENY_LIST = {'assert', 'assret', 'asert', 'aseert', 'assrt'}


def _is_magic(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and \
        name[2:-2].strip('_') == name[2:-2]


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock) or isinstance(obj, _AutospecFunction)


def _is_exception(obj):
    return isinstance(obj, BaseException) or \
        (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    """Whether instances of the class obj (or obj itself, not a class) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


def _check_and_set_parent(parent, value, name, new_name):
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    p = parent
    while p is not None:
        if p is value:          # no loops
            return False
        p = p._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _signature_of(spec, as_instance=False, eat_self=False):
    """The inspect.Signature to bind calls of a mock specced on spec with, or None."""
    try:
        if isinstance(spec, type):
            if as_instance:
                target = getattr(spec, '__call__', None)
                if target is None:
                    return None
                eat_self = True
            else:
                target = spec.__init__
                if target is object.__init__:
                    return inspect.Signature()
                eat_self = True
        elif inspect.isfunction(spec) or inspect.ismethod(spec):
            target = spec
        elif callable(spec):
            target = spec
        else:
            return None
        sig = inspect.signature(target)
        if eat_self and not inspect.ismethod(target):
            params = list(sig.parameters.values())
            if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                             inspect.Parameter.POSITIONAL_OR_KEYWORD):
                sig = sig.replace(parameters=params[1:])
        return sig
    except (ValueError, TypeError, AttributeError):
        return None


# --- the mocks --------------------------------------------------------------------------

class _MockIter(object):
    def __init__(self, iterable):
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, *args, **kwargs):
        pass


def _dict_property(key):
    # a property over an entry of the mock's __dict__ (the call and await counters,
    # which reset_mock resets)
    def fget(self):
        return self.__dict__[key]

    def fset(self, value):
        self.__dict__[key] = value
    return property(fget, fset)


def _match_calls(mock, calls, actual):
    # what assert_has_calls and assert_has_awaits start with: the expected calls and
    # the actual ones through the mock's spec signature, and the first error that
    # matching an expected call gave (the cause of the failure)
    expected = [mock._call_matcher(c) for c in calls]
    cause = None
    for e in expected:
        if isinstance(e, Exception):
            cause = e
            break
    return expected, cause, _CallList([mock._call_matcher(c) for c in actual])


def _calls_problem(what, expected, cause):
    if cause is None:
        return '%s not found.' % what.capitalize()
    return ('Error processing expected %s.\nErrors: %s' %
            (what, [e if isinstance(e, Exception) else None for e in expected]))


def _missing_calls(expected, actual):
    # any_order: the expected calls not found in actual (each actual call matches one
    # expected call at most), and the actual calls left over
    left = list(actual)
    not_found = []
    for kall in expected:
        try:
            left.remove(kall)
        except ValueError:
            not_found.append(kall)
    return not_found, left


def _assert_last_call(mock, last, args, kwargs, action):
    # assert_called_with and assert_awaited_with, once there was a call (an await):
    # fail unless last (through the spec's signature) has these arguments
    expected = mock._call_matcher(_Call((args, kwargs), two=True))
    actual = mock._call_matcher(last)
    if actual != expected:
        cause = expected if isinstance(expected, Exception) else None
        raise AssertionError(mock._format_mock_failure_message(args, kwargs,
                                                               action=action)) from cause


def _assert_any_call(mock, calls, args, kwargs, action):
    # assert_any_call and assert_any_await: fail unless one of calls has these arguments
    expected = mock._call_matcher(_Call((args, kwargs), two=True))
    cause = expected if isinstance(expected, Exception) else None
    actual = [mock._call_matcher(c) for c in calls]
    if cause or expected not in _AnyComparer(actual):
        raise AssertionError('%s %s not found' % (
            mock._format_mock_call_signature(args, kwargs), action)) from cause


def _make_instance_class(cls):
    # every mock gets a class of its own, so that the magic methods configured on one
    # mock (set on its class: the interpreter looks them up there) are its alone
    d = {'__doc__': cls.__doc__, '_mock_instance_class': True}
    if issubclass(cls, MagicMixin):
        d.update(_MAGIC_PROXIES)
    return type(cls.__name__, (cls,), d)


class NonCallableMock(Base):
    """A mock that cannot be called: attributes are child mocks, made when first read."""

    def __new__(cls, *args, **kw):
        return object.__new__(_make_instance_class(cls))

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        Base.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                      parent=parent, _spec_state=_spec_state, _new_name=_new_name,
                      _new_parent=_new_parent, **kwargs)

    # the call counters, plain attributes that reset_mock resets
    called = _dict_property('_mock_called')
    call_count = _dict_property('_mock_call_count')
    call_args = _dict_property('_mock_call_args')
    call_args_list = _dict_property('_mock_call_args_list')
    mock_calls = _dict_property('_mock_mock_calls')

    def attach_mock(self, mock, attribute):
        """Attach mock as the attribute `attribute` of this one: its calls are
        recorded in this mock's method_calls and mock_calls."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Add a spec to the mock: only its attributes can then be read (and set, with
        spec_set)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            if isinstance(spec, type):
                spec_class = spec
            else:
                spec_class = type(spec)
            spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            for attr in dir(spec):
                try:
                    value = getattr(spec, attr, None)
                except Exception:
                    continue
                if inspect.iscoroutinefunction(value):
                    spec_asyncs.append(attr)
            spec = dir(spec)
        d = self.__dict__
        d['_spec_asyncs'] = spec_asyncs
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = spec

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc='The value returned when the mock is called.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = _MockIter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls of the mock and of its children (and its return value and
        side effect when asked)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.__dict__['method_calls'] = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self.__dict__.get('_mock_return_value', DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes (dotted names reach child mocks): configure_mock(**{
        'method.return_value': 3, 'other.side_effect': KeyError})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class',
                    '_mock_sealed', '_spec_set', '_spec_signature', '_mock_wraps'):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or \
                    name in _ATTRIB_DENY_LIST:
                raise AttributeError(
                    '%r is not a valid assertion. Use a spec for the mock if %r is meant '
                    'to be an attribute.' % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set, result.instance,
                                     result.parent, result.name)
            children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string,
                                     id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_children = [n for n, m in self._mock_children.items() if m is not _deleted]
        if FILTER_DIR:
            from_type = [e for e in from_type if not e.startswith('_')]
            from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        d = self.__dict__
        if (d.get('_spec_set') and d.get('_mock_methods') is not None and
                name not in d['_mock_methods'] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            methods = d.get('_mock_methods')
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                d['_mock_children'][name] = value
        elif name == '_mock_methods':
            d['_spec_class'] = None
        elif _check_and_set_parent(self, value, name, name):
            d['_mock_children'][name] = value
        if d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        d = self.__dict__
        obj = d['_mock_children'].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del d['_mock_children'][name]
        d['_mock_children'][name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual_args, actual_kwargs = self.call_args
        actual = self._format_mock_call_signature(actual_args, actual_kwargs)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected,
                                                                    actual)

    def _call_matcher(self, kall):
        """kall with its arguments bound to the spec's signature (so that f(1) and
        f(a=1) compare equal), or the exception binding raised."""
        sig = self._spec_signature
        if sig is None:
            return kall
        if len(kall) == 2:
            name = ''
            args, kwargs = kall
        else:
            name, args, kwargs = kall
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        if len(kall) == 2:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((name, bound.args, bound.kwargs))

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. "
                                 "Called %s times.%s" % (self._mock_name or 'mock',
                                                         self.call_count,
                                                         self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. "
                                 "Called %s times.%s" % (self._mock_name or 'mock',
                                                         self.call_count,
                                                         self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        _assert_last_call(self, self.call_args, args, kwargs, 'call')

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds these calls (in this order, one after the
        other, unless any_order)."""
        expected, cause, all_calls = _match_calls(self, calls, self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError('%s\nExpected: %s%s' % (
                    _calls_problem('calls', expected, cause), _CallList(calls),
                    self._calls_repr(prefix='  Actual').rstrip('.'))) from cause
            return
        not_found, all_calls = _missing_calls(expected, all_calls)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, '
                                 'found %r instead' % (self._mock_name or 'mock',
                                                      tuple(not_found), all_calls)) \
                from cause

    def assert_any_call(self, *args, **kwargs):
        """Fail unless the mock was ever called with these arguments."""
        _assert_any_call(self, self.call_args_list, args, kwargs, 'call')

    def _get_child_mock(self, **kw):
        """The mock made for an attribute or the return value: of the class of this
        mock (the callable one for non-callable mocks)."""
        if self._mock_sealed:
            if 'name' in kw:
                attribute = '.' + kw['name']
            else:
                attribute = '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self.__dict__.get('_spec_asyncs', ()):
            return AsyncMock(**kw)
        own = type(self)
        while own.__dict__.get('_mock_instance_class'):
            own = own.__mro__[1]
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            return AsyncMock(**kw)
        if issubclass(own, AsyncMockMixin):
            methods = self._mock_methods
            if new_name in _all_sync_magics or (methods and new_name in methods):
                return MagicMock(**kw)
            return AsyncMock(**kw)
        if not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own, NonCallableMock):
                klass = Mock
            else:
                klass = own
        else:
            klass = own
        return klass(**kw)


class _SpecState(object):
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state,
                                 _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)

        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))

        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calling it records the call and returns its return_value (a
    child mock unless set) or what side_effect gives."""


# --- magic methods ----------------------------------------------------------------------

def _eq_effect(mock):
    def __eq__(other):
        ret = mock.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _ne_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _iter_effect(mock):
    def __iter__():
        ret = mock.__iter__._mock_return_value
        if ret is DEFAULT:
            return iter([])
        return iter(ret)
    return __iter__


_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: '%s/%s/%s' % (type(self).__name__,
                                              self._extract_mock_name(), id(self)),
}

class _AsyncIterator(object):
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _aiter_effect(mock):
    def __aiter__():
        ret = mock.__aiter__._mock_return_value
        if ret is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret))
    return __aiter__


_side_effect_methods = {
    '__eq__': _eq_effect,
    '__ne__': _ne_effect,
    '__iter__': _iter_effect,
    '__aiter__': _aiter_effect,
}


def _set_magic_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


class MagicProxy(Base):
    """In a MagicMock's class: makes the mock of a magic method when first used."""

    def __init__(self, name):
        self.name = name

    def create_mock(self, parent):
        entry = self.name
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_magic_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return self.create_mock(obj)


_MAGIC_PROXIES = {}
for _n in _default_magics:
    _MAGIC_PROXIES[_n] = MagicProxy(_n)


class MagicMixin(Base):
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        _safe_super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        cls = type(self)
        methods = self.__dict__.get('_mock_methods')
        if methods is None and cls.__dict__.get('__len__') is not None:
            return      # (the class was made with the proxies: nothing to do)
        for entry in _default_magics:
            if methods is not None and entry not in methods:
                if entry in cls.__dict__:
                    delattr(cls, entry)
                continue
            if entry not in cls.__dict__ or cls.__dict__[entry] is None:
                setattr(cls, entry, _MAGIC_PROXIES[entry])


def _safe_super(klass, obj):
    return super(klass, obj)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() is empty, `in` is
    False, bool() is True, int() 1, `with` works, m[k] is a MagicMock, and so on."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to set on a class as a property: reading the attribute calls it with no
    arguments, setting it calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMockMixin(Base):
    """What AsyncMock adds to MagicMock: a call returns a coroutine, and awaiting it
    records the await and gives the return value or what side_effect gives."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['_mock_await_count'] = 0
        d['_mock_await_args'] = None
        d['_mock_await_args_list'] = _CallList()

    await_count = _dict_property('_mock_await_count')
    await_args = _dict_property('_mock_await_args')
    await_args_list = _dict_property('_mock_await_args_list')

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    async def _execute_mock_call(self, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError('Expected %s to have been awaited.' %
                                 (self._mock_name or 'mock'))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s '
                                 'times.' % (self._mock_name or 'mock', self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % expected)
        _assert_last_call(self, self.await_args, args, kwargs, 'await')

    def assert_awaited_once_with(self, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError('Expected %s to have been awaited once. Awaited %s '
                                 'times.' % (self._mock_name or 'mock', self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        """Fail unless the mock was ever awaited with these arguments."""
        _assert_any_call(self, self.await_args_list, args, kwargs, 'await')

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds these calls (in this order, one after
        the other, unless any_order)."""
        expected, cause, all_awaits = _match_calls(self, calls, self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError('%s\nExpected: %s\nActual: %s' % (
                    _calls_problem('awaits', expected, cause), _CallList(calls),
                    self.await_args_list)) from cause
            return
        not_found = _missing_calls(expected, all_awaits)[0]
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),)) \
                from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError('Expected %s to not have been awaited. Awaited %s '
                                 'times.' % (self._mock_name or 'mock', self.await_count))


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines (for async functions)."""


def seal(mock):
    """Stop mock and its children from making new child mocks."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not _is_instance_mock(m):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# --- patch ------------------------------------------------------------------------------

def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return (lambda: _importer(target)), attribute


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


class _EnteredPatchings(object):
    # `with _EnteredPatchings(patchings, args, keywargs) as args:` around a call of a
    # patched function: enters its patches (exiting those entered when one fails),
    # gives the positional arguments to call it with (keywargs takes the values of
    # patch.multiple) and exits the patches, last first, at the end

    def __init__(self, patchings, args, keywargs):
        self.patchings = patchings
        self.args = args
        self.keywargs = keywargs
        self.entered = []

    def __enter__(self):
        extra_args = []
        try:
            for patching in self.patchings:
                arg = patching.__enter__()
                self.entered.append(patching)
                if patching.attribute_name is not None:
                    self.keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
        except BaseException:
            _exit_patchings(self.entered, sys.exc_info())
            raise
        return list(self.args) + extra_args

    def __exit__(self, *exc_info):
        _exit_patchings(self.entered, exc_info)
        return False


def _exit_patchings(entered, exc_info):
    while entered:
        entered.pop().__exit__(*exc_info)


class _StartStop(object):
    # start() and stop() of patch and patch.dict

    def start(self):
        """Activate the patch; stop() undoes it."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Undo what start() did."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_StartStop):
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs,
                         unsafe=self.unsafe)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)

        @wraps(func)
        def patched(*args, **keywargs):
            with _EnteredPatchings(patched.patchings, args, keywargs) as args:
                return func(*args, **keywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        # the patches last while the coroutine runs
        @wraps(func)
        async def patched(*args, **keywargs):
            with _EnteredPatchings(patched.patchings, args, keywargs) as args:
                return await func(*args, **keywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()

        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            klass = MagicMock
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            kw = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if not _is_list(this_spec) and inspect.iscoroutinefunction(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                kw['spec'] = spec
            if spec_set is not None:
                kw['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and \
                    self.attribute:
                kw['name'] = self.attribute
            kw.update(kwargs)
            new = klass(**kw)
            if inherit and _is_instance_mock(new):
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                kw.pop('name')
                new.return_value = klass(_new_parent=new, _new_name='()', **kw)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                                  **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._entered_additional = []
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._entered_additional.append(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        entered = self._entered_additional
        self._entered_additional = []
        _exit_patchings(entered, exc_info)
        return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
                  **kwargs):
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' %
                        (target,))
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                      new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.name') with new (a
    MagicMock unless given) while a decorated function runs or a `with` block lasts."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict(_StartStop):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set values in a dict (or
    the dict named by a string) and restore its contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        _update_dict(in_dict, values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        _clear_dict(in_dict)
        _update_dict(in_dict, self._original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False


def _update_dict(in_dict, values):
    # in_dict.update(values), item by item for a mapping with no update()
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        keys = list(in_dict)
        for key in keys:
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# --- create_autospec --------------------------------------------------------------------

def _check_sig_function(mock, sig):
    def checksig(*args, **kwargs):
        sig.bind(*args, **kwargs)
    mock.__dict__['_mock_check_sig'] = checksig


class _AutospecFunction(object):
    """What create_autospec gives for a function: a call checks spec's signature, then
    calls the mock; read from an instance of a class it binds as a method; the mock's
    attributes (return_value, call_args, assert_called_with, ...) are read and set
    through it."""

    def __init__(self, mock, sig, name):
        object.__setattr__(self, 'mock', mock)
        object.__setattr__(self, '_spec_sig', sig)
        object.__setattr__(self, '__name__', name)

    def __call__(self, *args, **kwargs):
        sig = object.__getattribute__(self, '_spec_sig')
        if sig is not None:
            sig.bind(*args, **kwargs)
        return object.__getattribute__(self, 'mock')(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, 'mock'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, 'mock'), name, value)

    def __repr__(self):
        return repr(object.__getattribute__(self, 'mock'))


def _extract_mock(obj):
    if isinstance(obj, _AutospecFunction):
        return object.__getattribute__(obj, 'mock')
    return obj


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None,
                    *, unsafe=False, **kwargs):
    """A mock with spec's attributes whose callables check their arguments against
    the signatures of spec's functions and methods."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    is_function = inspect.isfunction(spec) or inspect.ismethod(spec) or \
        inspect.isbuiltin(spec)
    kw = {'spec': spec}
    if spec_set:
        kw = {'spec_set': spec}
    elif spec is None:
        kw = {}
    kw.update(kwargs)
    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        kw = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not is_type and not _instance_callable(spec) and not is_function:
        klass = NonCallableMagicMock
    elif is_function:
        klass = MagicMock
    name = _name
    if _parent is None:
        name = None
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=_name or '', name=name,
                 unsafe=unsafe, **kw)
    sig = _signature_of(spec, instance, _parent is not None and not is_type)
    if sig is not None and issubclass(klass, CallableMixin):
        _check_sig_function(mock, sig)
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    if is_function:
        return _AutospecFunction(mock, sig, getattr(spec, '__name__', 'funcopy'))
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if inspect.isfunction(original) or inspect.ismethod(original):
            child = MagicMock(parent=mock, name=entry, _new_name=entry, _new_parent=mock,
                              spec=original)
            child_sig = _signature_of(original, False,
                                      is_type and inspect.isfunction(original) and
                                      not isinstance(spec.__dict__.get(entry),
                                                     staticmethod)
                                      if entry in getattr(spec, '__dict__', {}) else
                                      is_type and inspect.isfunction(original))
            if child_sig is not None:
                _check_sig_function(child, child_sig)
            mock._mock_children[entry] = child
    return mock


# --- mock_open --------------------------------------------------------------------------

_file_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open() with: its handle's read, readline, readlines and
    iteration give read_data."""
    global _file_spec
    if _file_spec is None:
        _file_spec = ['read', 'readline', 'readlines', 'write', 'writelines', 'close',
                      'closed', 'flush', 'fileno', 'isatty', 'seek', 'tell', 'truncate',
                      'readable', 'writable', 'seekable', 'name', 'mode', 'encoding',
                      'errors', 'newlines', 'buffer', 'detach', 'line_buffering',
                      'write_through', 'reconfigure', 'getvalue', 'read1', 'readinto',
                      'readinto1', 'getbuffer', 'raw', '__enter__', '__exit__',
                      '__iter__', '__next__', '__del__']
    state = [None, None]

    def _read_side_effect(*args, **kwargs):
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        return state[0].readline(*args, **kwargs)

    def _readlines_side_effect(*args, **kwargs):
        return state[0].readlines(*args, **kwargs)

    def _iter_side_effect():
        return _LineIter(state[0])

    def _next_side_effect():
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect is _readline_side_effect:
            pass
        return DEFAULT

    state[0] = _to_stream(read_data)
    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class _LineIter(object):
    def __init__(self, stream):
        self.stream = stream

    def __iter__(self):
        return self

    def __next__(self):
        line = self.stream.readline()
        if not line:
            raise StopIteration
        return line
