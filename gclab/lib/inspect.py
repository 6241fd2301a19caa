# gclab's inspect module: a subset of CPython 3.11's interface, written for gclab from
# the documented behaviour.
# Supported: the predicates (ismodule, isclass, ismethod, isfunction, isbuiltin,
# isroutine, isgeneratorfunction, isgenerator, isabstract, ismethoddescriptor,
# isdatadescriptor, iscode, ...), getmembers, getmodule, getdoc, cleandoc, getmro,
# unwrap, signature with Signature, Parameter and BoundArguments (bind, bind_partial,
# apply_defaults, replace, the error messages CPython gives), getfullargspec
# (FullArgSpec), getcallargs, formatannotation, getfile, getsourcefile, getsourcelines,
# getsource and findsource for modules, functions, methods and classes defined in
# files, getgeneratorstate and getcoroutinestate (from gi_running/gi_suspended/gi_frame,
# as CPython 3.11; no getgeneratorlocals: gclab's frame objects have no f_locals).
# currentframe, stack, trace, getframeinfo, getouterframes, getinnerframes (FrameInfo
# and Traceback, without 3.11's positions), isframe and istraceback.
# What differs from CPython: gclab's frame objects are snapshots (sys._getframe): a
# frame's f_lineno and f_locals are those of the moment the snapshot was made, and a
# traceback's frames have an empty f_locals.  gclab's builtin functions have no
# __text_signature__, so signature() of any builtin raises ValueError ('no signature
# found for builtin ...'), and so does signature() of a builtin class; a class written
# in Python with no __init__, __new__ or metaclass __call__ of its own gets '()'.
# signature() does not evaluate string annotations (eval_str is ignored).
# The builtin methods and slot wrappers of builtin types are builtin functions in
# gclab, so ismethoddescriptor() answers False for them (CPython: True).
# getsource() finds a class by looking for its 'class Name' line in the module's file
# (first match, at the indentation its __qualname__ suggests), not with the ast module.
# getattr_static, getclosurevars, getcomments, getgeneratorlocals, and the
# ClassFoundException/BlockFinder internals are not provided.

import sys
import types
import collections
import linecache
import enum
import keyword
import functools

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isbuiltin', 'isroutine',
           'isgeneratorfunction', 'isgenerator', 'iscoroutinefunction', 'iscoroutine',
           'isasyncgenfunction', 'isasyncgen', 'isawaitable', 'isabstract',
           'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
           'ismemberdescriptor', 'iscode', 'isframe', 'istraceback', 'ismethodwrapper',
           'getmembers', 'getmodule', 'getdoc', 'cleandoc', 'getmro', 'unwrap',
           'signature', 'Signature', 'Parameter', 'BoundArguments', 'getfullargspec',
           'FullArgSpec', 'getcallargs', 'formatannotation', 'currentframe', 'stack',
           'trace', 'getframeinfo', 'getouterframes', 'getinnerframes', 'FrameInfo',
           'Traceback', 'get_annotations', 'getfile', 'getsourcefile', 'getsourcelines', 'getsource',
           'findsource', 'indentsize', 'CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS',
           'CO_VARKEYWORDS', 'CO_NESTED', 'CO_GENERATOR', 'CO_NOFREE',
           'CO_COROUTINE', 'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR',
           'getgeneratorstate', 'getcoroutinestate', 'GEN_CREATED', 'GEN_RUNNING',
           'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING',
           'CORO_SUSPENDED', 'CORO_CLOSED']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


# ---------------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isgeneratorfunction(object):
    """Return true if the object is a user-defined generator function."""
    while ismethod(object):
        object = object.__func__
    while isinstance(object, functools.partial):
        object = object.func
    return isfunction(object) and bool(object.__code__.co_flags & CO_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutinefunction(object):
    """Return true if the object is a coroutine function (async def)."""
    while ismethod(object):
        object = object.__func__
    while isinstance(object, functools.partial):
        object = object.func
    return isfunction(object) and bool(object.__code__.co_flags & CO_COROUTINE)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgenfunction(object):
    """Return true if the object is an asynchronous generator function."""
    while ismethod(object):
        object = object.__func__
    while isinstance(object, functools.partial):
        object = object.func
    return isfunction(object) and bool(object.__code__.co_flags & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    return isinstance(object, types.CoroutineType) or hasattr(type(object), '__await__')


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED (not started), GEN_RUNNING,
    GEN_SUSPENDED (at a yield) or GEN_CLOSED (finished or closed)."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED (at an
    await) or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def ismethodwrapper(object):
    return False


def isabstract(object):
    """Return true if the object is an abstract base class (one with abstract methods
    left)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', False))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor, but not a class, method,
    function or data descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (its type defines __set__ or
    __delete__), but not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):    # gclab's property type has no __set__ attribute
        return True
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isgetsetdescriptor(object):
    return False


def ismemberdescriptor(object):
    return False


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


# ---------------------------------------------------------------- members, docs

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name,
    optionally only those for which predicate(value) is true."""
    names = list(dir(object))
    if isclass(object):
        seen = set(names)
        for base in object.__mro__:
            for key in base.__dict__:
                if key not in seen:
                    seen.add(key)
                    names.append(key)
    results = []
    done = set()
    for key in names:
        if key in done:
            continue
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
        done.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    """Return the tuple of cls's base classes, cls first, in method resolution order."""
    return cls.__mro__


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def cleandoc(doc):
    """Clean up indentation from docstrings: the first line loses its leading
    whitespace, the others their common indentation, and blank lines at the start
    and end are removed."""
    lines = doc.expandtabs().split('\n')
    margin = -1
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            if margin < 0 or indent < margin:
                margin = indent
    if lines:
        lines[0] = lines[0].lstrip()
    if margin > 0:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    # the class a plain function was defined in, found from its __qualname__
    qualname = getattr(func, '__qualname__', '')
    parts = qualname.split('.')
    if len(parts) < 2 or '<locals>' in parts:
        return None
    obj = getmodule(func)
    for part in parts[:-1]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    if isclass(obj):
        return obj
    return None


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _owner_class(func)
        if cls is None:
            return None
    else:
        return None
    for base in cls.__mro__[1:]:
        if name in base.__dict__:
            doc = getattr(base.__dict__[name], '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc(); an
    undocumented class or method inherits the documentation of its base classes."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last object."""
    f = func
    seen = {id(f): f}
    while hasattr(f, '__wrapped__') and (stop is None or not stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen[id(f)] = f
    return f


# ---------------------------------------------------------------- frames

def currentframe():
    """The caller's frame (a snapshot, see above)."""
    return sys._getframe(1)


Traceback = collections.namedtuple('Traceback',
                                   'filename lineno function code_context index')
FrameInfo = collections.namedtuple('FrameInfo',
                                   'frame filename lineno function code_context index')


def _context(filename, lineno, context):
    """(code_context, index): the `context` source lines centred on lineno, or
    (None, None) when context < 1 or the file cannot be read."""
    if context <= 0:
        return None, None
    lines = linecache.getlines(filename)
    if not lines:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or a
    traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def _frame_info(frame, context):
    return FrameInfo(frame, *getframeinfo(frame, context))


def getouterframes(frame, context=1):
    """FrameInfo of frame and of each frame that called it, innermost first."""
    frames = []
    while frame is not None:
        frames.append(_frame_info(frame, context))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo of the frame of each entry of a traceback, outermost first."""
    frames = []
    while tb is not None:
        frames.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return frames


def stack(context=1):
    """FrameInfo of the caller's frame and its callers', innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo of the entries of the traceback of the exception being handled,
    outermost first ([] when none is)."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- signatures

class _void:
    """A private marker: 'no value given' in replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self._value_]


_KIND_DESCRIPTIONS = ['positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword']

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature: classes by their qualified name
    (without 'builtins.'), typing objects without 'typing.', others by repr()."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """A parameter of a Signature: name, kind, default and annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        """Return a copy of the parameter with the given attributes replaced."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if default is _void:
            default = self._default
        if annotation is _void:
            annotation = self._annotation
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): a mapping of parameter names to arguments."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            if name in self.arguments:
                value = self.arguments[name]
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(value)
                else:
                    kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        """Set default values for the parameters that were not bound."""
        arguments = self.arguments
        new = {}
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new[name] = arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __repr__(self):
        parts = []
        for name, value in self.arguments.items():
            parts.append('{}={!r}'.format(name, value))
        return '<{} ({})>'.format(type(self).__name__, ', '.join(parts))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters and the
    return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < top:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} parameter'
                            .format(top.description, kind.description))
                    if kind > top:
                        top = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError(
                                    'non-default argument follows default argument')
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError(
                            'duplicate parameter name: {!r}'.format(param.name))
                    params[param.name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Return the Signature of a callable object."""
        return _signature_of(obj, follow_wrapped, True, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Return a copy of the signature with the given attributes replaced."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        return hash((tuple(p for p in self._parameters.values()
                           if p.kind != _KEYWORD_ONLY),
                     frozenset(p for p in self._parameters.values()
                               if p.kind == _KEYWORD_ONLY),
                     self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        if self._return_annotation != other._return_annotation:
            return False
        mine = list(self._parameters.values())
        theirs = list(other._parameters.values())
        if len(mine) != len(theirs):
            return False
        pos_mine = [p for p in mine if p.kind != _KEYWORD_ONLY]
        pos_theirs = [p for p in theirs if p.kind != _KEYWORD_ONLY]
        if pos_mine != pos_theirs:
            return False
        kw_mine = dict((p.name, p) for p in mine if p.kind == _KEYWORD_ONLY)
        kw_theirs = dict((p.name, p) for p in theirs if p.kind == _KEYWORD_ONLY)
        return kw_mine == kw_theirs

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        n = len(params)
        i = 0           # the next parameter
        nargs = len(args)
        a = 0           # the next positional argument
        rest_start = n  # where the keyword pass starts
        while True:
            if a >= nargs:
                if i >= n:
                    break
                param = params[i]
                if param.kind == _VAR_POSITIONAL:
                    i += 1
                    rest_start = i
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was '
                                        'passed as a keyword'.format(param.name))
                    rest_start = i
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    rest_start = i
                    break
                if partial:
                    rest_start = i
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name))
            if i >= n:
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[a:])
                a = nargs
                i += 1
                rest_start = i
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = args[a]
            a += 1
            i += 1
        kwargs = dict(kwargs)
        kwargs_param = None
        for param in params[rest_start:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(name))
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to the parameters as a call would, or raise TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be left out."""
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        pos_only_pending = False
        kw_only_star = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                result.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_star = False
            elif kind == _KEYWORD_ONLY and kw_only_star:
                result.append('*')
                kw_only_star = False
            result.append(str(param))
        if pos_only_pending:
            result.append('/')
        text = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _signature_from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = npos - len(defaults)
    params = []
    for k in range(npos):
        name = names[k]
        kind = _POSITIONAL_ONLY if k < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[k - first_default] if k >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    k = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[k]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        k += 1
    for j in range(npos, npos + nkwonly):
        name = names[j]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[k]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, obj):
    try:
        bound = sig.bind_partial(*obj.args, **obj.keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(obj))
    keywords = obj.keywords
    new = []
    transform = False
    for param in sig.parameters.values():
        name = param.name
        if name in bound.arguments and name not in keywords:
            if param.kind == _VAR_POSITIONAL:
                new.append(param)
            continue
        if param.kind == _VAR_KEYWORD:
            new.append(param)
            continue
        if name in keywords:
            transform = True
            new.append(param.replace(kind=_KEYWORD_ONLY, default=keywords[name]))
            continue
        if transform:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                new.append(param.replace(kind=_KEYWORD_ONLY))
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
        new.append(param)
    return sig.replace(parameters=new)


def _lookup_in_class(cls, name):
    # the attribute `name` defined by cls or a base class other than object/type
    for base in cls.__mro__:
        if base is object or base is type:
            continue
        if name in base.__dict__:
            return getattr(cls, name)
    return None


def _signature_of(obj, follow_wrapped, skip_bound_arg, cls):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, follow_wrapped, skip_bound_arg, cls)
        if skip_bound_arg:
            return _drop_first(sig)
        return sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, skip_bound_arg, cls)
    try:
        sig = obj.__signature__
    except AttributeError:
        sig = None
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'
                            .format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj)
    if isinstance(obj, functools.partial):
        sig = _signature_of(obj.func, follow_wrapped, skip_bound_arg, cls)
        return _signature_of_partial(sig, obj)
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    if isinstance(obj, type):
        call = _lookup_in_class(type(obj), '__call__')
        if call is not None:
            sig = _signature_of(call, follow_wrapped, skip_bound_arg, cls)
            return _drop_first(sig) if skip_bound_arg else sig
        new = _lookup_in_class(obj, '__new__')
        init = _lookup_in_class(obj, '__init__')
        if new is not None and (init is None or _defining_index(obj, '__new__')
                                <= _defining_index(obj, '__init__')):
            sig = _signature_of(new, follow_wrapped, skip_bound_arg, cls)
            return _drop_first(sig) if skip_bound_arg else sig
        if init is not None:
            sig = _signature_of(init, follow_wrapped, skip_bound_arg, cls)
            return _drop_first(sig) if skip_bound_arg else sig
        if obj is object or obj is type or _only_object_bases(obj):
            if obj is type:
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            return cls()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _lookup_in_class(type(obj), '__call__')
    if call is not None:
        sig = _signature_of(call, follow_wrapped, skip_bound_arg, cls)
        return _drop_first(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _defining_index(cls, name):
    mro = cls.__mro__
    for k in range(len(mro)):
        if name in mro[k].__dict__:
            return k
    return len(mro)


def _only_object_bases(cls):
    # True when cls and its bases are all classes written in Python (plus object)
    for base in cls.__mro__:
        if base is object:
            continue
        if getattr(base, '__module__', None) == 'builtins':
            return False
    return True


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class, module or callable); with eval_str,
    string annotations evaluated in the namespace obj was defined in."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif ismodule(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = obj_locals = getattr(obj, '__dict__', None)
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap = obj
    else:
        raise TypeError('{!r} is not a module, class, or callable.'.format(obj))
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError('{!r}.__annotations__ is neither a dict nor None'.format(obj))
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap is not None:
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
                continue
            if isinstance(unwrap, functools.partial):
                unwrap = unwrap.func
                continue
            break
        if hasattr(unwrap, '__globals__'):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Return a Signature object for the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable's parameters, as a FullArgSpec
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations).  The
    first parameter of a bound method is not removed."""
    try:
        sig = _signature_of(func, False, False, Signature)
    except Exception:
        raise TypeError('unsupported callable')
    args = []
    varargs = None
    varkw = None
    posdefaults = ()
    kwonlyargs = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                posdefaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, posdefaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def _names_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '{} and {}'.format(quoted[0], quoted[1])
    return '{}, and {}'.format(', '.join(quoted[:-1]), quoted[-1])


def _plural(n, word):
    return '{} {}{}'.format(n, word, '' if n == 1 else 's')


def getcallargs(func, /, *positional, **named):
    """Map the arguments of the call func(*positional, **named) to the parameter
    names, as the call would, or raise the TypeError the call would raise."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('{}() got an unexpected keyword argument {!r}'.format(
                    f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('{}() got multiple values for argument {!r}'.format(
                f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        atleast = num_args - num_defaults
        kwonly_given = len([a for a in kwonlyargs if a in arg2value])
        if defaults:
            sig = 'from {} to {}'.format(atleast, num_args)
            takes = '{} positional arguments'.format(sig)
        else:
            takes = _plural(num_args, 'positional argument')
        if kwonly_given:
            given = '{} positional argument{} (and {} keyword-only argument{})'.format(
                num_pos, '' if num_pos == 1 else 's', kwonly_given,
                '' if kwonly_given == 1 else 's')
        else:
            given = str(num_pos)
        raise TypeError('{}() takes {} but {} {} given'.format(
            f_name, takes, given,
            'was' if num_pos == 1 and not kwonly_given else 'were'))
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        missing = [a for a in req if a not in arg2value]
        if missing:
            raise TypeError('{}() missing {} required positional argument{}: {}'.format(
                f_name, len(missing), '' if len(missing) == 1 else 's',
                _names_list(missing)))
        for i in range(num_args - num_defaults, num_args):
            if args[i] not in arg2value:
                arg2value[args[i]] = defaults[i - (num_args - num_defaults)]
    missing = []
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing.append(kwarg)
    if missing:
        raise TypeError('{}() missing {} required keyword-only argument{}: {}'.format(
            f_name, len(missing), '' if len(missing) == 1 else 's',
            _names_list(missing)))
    return arg2value


# ---------------------------------------------------------------- source code

def getfile(object):
    """Return the name of the file an object was defined in."""
    if ismodule(object):
        filename = getattr(object, '__file__', None)
        if filename:
            return filename
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        filename = getattr(module, '__file__', None)
        if filename:
            return filename
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """Return the name of the Python source file an object was defined in, or None."""
    filename = getfile(object)
    if filename.endswith('.py'):
        return filename
    return None


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _read_lines(object):
    filename = getsourcefile(object) or getfile(object)
    try:
        with open(filename) as f:
            text = f.read()
    except OSError:
        raise OSError('could not get source code')
    lines = text.split('\n')
    result = [line + '\n' for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


def _find_class_line(lines, cls):
    name = cls.__name__
    depth = len(cls.__qualname__.split('.')) - 1
    candidates = []
    for k in range(len(lines)):
        stripped = lines[k].lstrip()
        if stripped.startswith('class ' + name):
            after = stripped[len('class ' + name):].lstrip()
            if after[:1] in ('(', ':'):
                candidates.append(k)
    if not candidates:
        raise OSError('could not find class definition')
    if depth == 0:
        for k in candidates:
            if indentsize(lines[k]) == 0:
                return k
    return candidates[0]


def _bracket_change(line):
    change = 0
    quote = None
    k = 0
    while k < len(line):
        c = line[k]
        if quote is not None:
            if c == '\\':
                k += 1
            elif c == quote:
                quote = None
        elif c == '#':
            break
        elif c == '"' or c == "'":
            quote = c
        elif c in '([{':
            change += 1
        elif c in ')]}':
            change -= 1
        k += 1
    return change


def _getblock(lines, start):
    # start is the index of the 'def'/'class' line (or a lambda's line): decorators
    # above it at the same indentation are included, then the header's lines (up to
    # the ':' closing the brackets) and every following line indented deeper.
    base = indentsize(lines[start])
    first = start
    while first > 0:
        prev = lines[first - 1]
        if prev.strip().startswith('@') and indentsize(prev) == base:
            first -= 1
        else:
            break
    stripped = lines[start].lstrip()
    if not (stripped.startswith('def ') or stripped.startswith('class ')
            or stripped.startswith('async def ')):
        return first, lines[first:start + 1]
    k = start
    depth = 0
    while k < len(lines):
        depth += _bracket_change(lines[k])
        k += 1
        if depth <= 0:
            break
    if not lines[k - 1].split('#')[0].rstrip().endswith(':'):
        return first, lines[first:k]        # the body is on the header's line
    end = k
    last = k
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            end += 1
            continue
        if indentsize(line) <= base:
            break
        end += 1
        last = end
    return first, lines[first:last]


def findsource(object):
    """Return the lines of the file an object was defined in and the index of the
    first line of its definition."""
    lines = _read_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(lines, object)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """Return the source lines of an object and the line number where they start."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    # gclab's co_firstlineno is the 'def' line, not its first decorator
    while lnum < len(lines):
        stripped = lines[lnum].lstrip()
        if stripped.startswith('@'):
            lnum += 1
        else:
            break
    first, block = _getblock(lines, lnum)
    return block, first + 1


def getsource(object):
    """Return the text of the source code of an object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)
