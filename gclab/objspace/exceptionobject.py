"""The builtin exception types (EXCEPTIONS: their hierarchy) and the methods of
BaseException (RPython)."""


from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.typeobject import W_ExceptionObject
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.function import W_Property


# The declared arguments of the methods (see gclab.objspace.argspec).
EXCEPTION_STR = Spec('BaseException.__str__($self, /)', slot=True)
EXCEPTION_REPR = Spec('BaseException.__repr__($self, /)', slot=True)
EXCEPTION_ADD_NOTE = Spec('BaseException.add_note($self, note, /)')
EXCEPTION_WITH_TRACEBACK = Spec('BaseException.with_traceback($self, tb, /)')
EXCEPTION_REDUCE = Spec('BaseException.__reduce__($self, /)')

# what OSError's constructor stores as attributes (CPython: fields, not in __dict__)
OSERROR_FIELDS = ['errno', 'strerror', 'filename', 'filename2']


def self_exception(space, args, name, spec):
    w_self = receiver(space, args, space.w_BaseException, name)
    assert isinstance(w_self, W_ExceptionObject)
    spec.check(space, args)
    return w_self


def exception_str(space, args):
    """BaseException.__str__: the argument, '' or the repr of the arguments."""
    w_exc = self_exception(space, args, '__str__', EXCEPTION_STR)
    if len(w_exc.args_w) == 1:
        return space.str(w_exc.args_w[0])
    return space.newstr(w_exc.default_str(space))


def exception_with_traceback(space, args):
    """BaseException.with_traceback(tb): the exception itself, with tb (a traceback or
    None) as its __traceback__; raising it continues that traceback."""
    w_exc = self_exception(space, args, 'with_traceback', EXCEPTION_WITH_TRACEBACK)
    space.set_exception_attr(w_exc, '__traceback__', args.args_w[1])
    return w_exc


def exception_reduce(space, args):
    """BaseException.__reduce__(): (type, args), or (type, args, attributes) when the
    exception has attributes (what copy and pickle rebuild it from)."""
    w_exc = self_exception(space, args, '__reduce__', EXCEPTION_REDUCE)
    w_args = space.newtuple(w_exc.args_w[:])
    is_oserror = space.exception_is(w_exc, space.w_OSError)
    w_dict = None
    for name, w_value in w_exc.dict_items():
        if w_value is None or (is_oserror and name in OSERROR_FIELDS):
            continue
        if w_dict is None:
            w_dict = space.newdict()
        space.setitem(w_dict, space.newstr(name), w_value)
    if w_dict is None:
        return space.newtuple([space.type(w_exc), w_args])
    return space.newtuple([space.type(w_exc), w_args, w_dict])


def key_error_str(space, args):
    w_exc = self_exception(space, args, '__str__', EXCEPTION_STR)
    if not space.exception_is(w_exc, space.w_KeyError):
        raise space.error(space.w_TypeError, "descriptor '__str__' for 'KeyError' objects "
                          "doesn't apply to a '%s' object" % space.type(w_exc).name)
    return space.newstr(w_exc.default_str(space))


def exception_add_note(space, args):
    """BaseException.add_note(note) (3.11): appended to the list __notes__, which the
    report of the exception prints after its message."""
    w_exc = self_exception(space, args, 'add_note', EXCEPTION_ADD_NOTE)
    w_note = args.args_w[1]
    if not space.isinstance_w(w_note, space.w_str):
        raise space.error(space.w_TypeError, "note must be a str, not '%s'"
                          % space.type(w_note).name)
    w_notes = space.getattr_or_none(w_exc, '__notes__')
    if w_notes is None:
        w_notes = space.newlist([])
        space.setattr(w_exc, '__notes__', w_notes)
    elif not space.isinstance_w(w_notes, space.w_list):
        raise space.error(space.w_TypeError, 'Cannot add note: __notes__ is not a list')
    space.call_function(space.getattr(w_notes, 'append'), [w_note])
    return space.w_None


def exception_repr(space, args):
    return space.newstr(self_exception(space, args, '__repr__', EXCEPTION_REPR).default_repr(space))


# (name, base) in definition order: CPython's hierarchy for what gclab raises
EXCEPTIONS = [
    ('BaseException', None),
    ('SystemExit', 'BaseException'),
    ('KeyboardInterrupt', 'BaseException'),
    ('GeneratorExit', 'BaseException'),
    ('Exception', 'BaseException'),
    ('StopIteration', 'Exception'),
    ('ArithmeticError', 'Exception'),
    ('FloatingPointError', 'ArithmeticError'),
    ('OverflowError', 'ArithmeticError'),
    ('ZeroDivisionError', 'ArithmeticError'),
    ('AssertionError', 'Exception'),
    ('AttributeError', 'Exception'),
    ('ImportError', 'Exception'),
    ('ModuleNotFoundError', 'ImportError'),
    ('LookupError', 'Exception'),
    ('IndexError', 'LookupError'),
    ('KeyError', 'LookupError'),
    ('MemoryError', 'Exception'),
    ('NameError', 'Exception'),
    ('UnboundLocalError', 'NameError'),
    ('OSError', 'Exception'),
    ('BlockingIOError', 'OSError'),
    ('ChildProcessError', 'OSError'),
    ('ConnectionError', 'OSError'),
    ('BrokenPipeError', 'ConnectionError'),
    ('ConnectionAbortedError', 'ConnectionError'),
    ('ConnectionRefusedError', 'ConnectionError'),
    ('ConnectionResetError', 'ConnectionError'),
    ('FileExistsError', 'OSError'),
    ('FileNotFoundError', 'OSError'),
    ('InterruptedError', 'OSError'),
    ('IsADirectoryError', 'OSError'),
    ('NotADirectoryError', 'OSError'),
    ('PermissionError', 'OSError'),
    ('ProcessLookupError', 'OSError'),
    ('TimeoutError', 'OSError'),
    ('EOFError', 'Exception'),
    ('BufferError', 'Exception'),
    ('StopAsyncIteration', 'Exception'),
    ('RuntimeError', 'Exception'),
    ('ReferenceError', 'Exception'),
    ('NotImplementedError', 'RuntimeError'),
    ('RecursionError', 'RuntimeError'),
    ('SyntaxError', 'Exception'),
    ('IndentationError', 'SyntaxError'),
    ('TabError', 'IndentationError'),
    ('SystemError', 'Exception'),
    ('TypeError', 'Exception'),
    ('ValueError', 'Exception'),
    ('UnicodeError', 'ValueError'),
    ('UnicodeDecodeError', 'UnicodeError'),
    ('UnicodeEncodeError', 'UnicodeError'),
    ('UnicodeTranslateError', 'UnicodeError'),
    ('Warning', 'Exception'),
    ('BytesWarning', 'Warning'),
    ('DeprecationWarning', 'Warning'),
    ('EncodingWarning', 'Warning'),
    ('FutureWarning', 'Warning'),
    ('ImportWarning', 'Warning'),
    ('PendingDeprecationWarning', 'Warning'),
    ('ResourceWarning', 'Warning'),
    ('RuntimeWarning', 'Warning'),
    ('SyntaxWarning', 'Warning'),
    ('UnicodeWarning', 'Warning'),
    ('UserWarning', 'Warning'),
]
# other names CPython gives a class of the list
EXCEPTION_ALIASES = [('IOError', 'OSError'), ('EnvironmentError', 'OSError')]


def exception_init(space, args):
    """BaseException.__init__(self, *args): sets self.args (and an OSError's errno,
    strerror and filename, as CPython: from 2 to 5 arguments, else None), and the
    keywords of NameError, AttributeError and ImportError (name=, obj=, path=).
    (Calling the class itself does not come here: see space.construct.)"""
    w_self = args.args_w[0]
    if isinstance(w_self, W_ExceptionObject):
        if args.has_keywords():
            exception_keywords(space, w_self, args)
        w_self.set_args(args.args_w[1:])
        if space.exception_is(w_self, space.w_OSError):
            oserror_attributes(space, w_self)
    return space.w_None


# the keyword arguments of the __init__ of these classes (CPython's kwlists)
EXCEPTION_KEYWORDS = [('NameError', ['name']), ('AttributeError', ['name', 'obj']),
                      ('ImportError', ['name', 'path'])]


def exception_keywords(space, w_exc, args):
    """Store the keyword arguments of an exception's __init__ as its attributes."""
    owner = ''
    allowed = []
    for name, keywords in EXCEPTION_KEYWORDS:
        if space.exception_is(w_exc, space.exception_types_w[name]):
            owner = name
            allowed = keywords
            break
    kw_names = args.kw_names
    kw_values_w = args.kw_values_w
    assert kw_names is not None and kw_values_w is not None
    if not allowed:
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments'
                          % space.type(w_exc).name)
    for i in range(len(kw_names)):
        if kw_names[i] not in allowed:
            raise space.error(space.w_TypeError, "'%s' is an invalid keyword argument for "
                              "%s()" % (kw_names[i], owner))
    for i in range(len(kw_names)):
        space.setattr(w_exc, kw_names[i], kw_values_w[i])


# --- the attributes CPython's SyntaxError and ImportError take from their arguments -----
# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) and
# ImportError(msg): read from args unless assigned (then from the instance's dict).

SYNTAX_DETAILS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset']


def args_attribute_of(space, w_exc, owner, name):
    """The value name takes from the arguments of w_exc (an instance of owner)."""
    args_w = w_exc.args_w
    if name == 'msg':
        if owner == 'ImportError':
            if len(args_w) == 1:
                return args_w[0]
            return space.w_None
        if len(args_w) >= 1:
            return args_w[0]
        return space.w_None
    if len(args_w) == 2:
        index = SYNTAX_DETAILS.index(name)
        w_info = args_w[1].builtin_value()
        # (the tuple's and the list's items stay apart: RPython lists of two kinds)
        if isinstance(w_info, W_Tuple):
            if 4 <= len(w_info.items_w) <= 6 and index < len(w_info.items_w):
                return w_info.items_w[index]
        elif isinstance(w_info, W_List):
            items_w = w_info.snapshot()
            if 4 <= len(items_w) <= 6 and index < len(items_w):
                return items_w[index]
    return space.w_None


def args_attribute_self(space, args, owner, name):
    """The exception the attribute is read from or stored into, checked."""
    w_exc = None
    if args.args_w:
        w_exc = args.args_w[0]
    if not isinstance(w_exc, W_ExceptionObject) or \
            not space.exception_is(w_exc, space.exception_types_w[owner]):
        what = 'nothing'
        if w_exc is not None:
            what = "a '%s' object" % space.type(w_exc).name
        raise space.error(space.w_TypeError, "descriptor '%s' for '%s' objects doesn't "
                          "apply to %s" % (name, owner, what))
    return w_exc


def make_args_attribute(owner, name):
    """The getter, setter and deleter of the attribute name of the class owner."""
    def getter(space, args):
        w_exc = args_attribute_self(space, args, owner, name)
        w_value = w_exc.getdictvalue(name)
        if w_value is not None:
            return w_value
        return args_attribute_of(space, w_exc, owner, name)

    def setter(space, args):
        w_exc = args_attribute_self(space, args, owner, name)
        w_value = space.w_None          # (deleted: None, as a member descriptor reads)
        if len(args.args_w) > 1:
            w_value = args.args_w[1]
        w_exc.setdictvalue(name, w_value)
        return space.w_None
    getter.func_name = 'get_%s_%s' % (owner, name)
    setter.func_name = 'set_%s_%s' % (owner, name)
    return (owner, name, getter, setter)


ARGS_ATTRIBUTES = [make_args_attribute('SyntaxError', name)
                   for name in ['msg'] + SYNTAX_DETAILS] + \
    [make_args_attribute('ImportError', 'msg')]


def install_attributes(space):
    for owner, name, getter, setter in ARGS_ATTRIBUTES:
        w_type = space.exception_types_w[owner]
        w_type.dict_w[name] = W_Property(space.wrap_builtin(name, getter, w_type),
                                         space.wrap_builtin(name, setter, w_type),
                                         space.wrap_builtin(name, setter, w_type))
    space.w_SyntaxError.dict_w['print_file_and_line'] = space.w_None
    space.w_NameError.dict_w['name'] = space.w_None


# errno (Linux's numbers) -> the OSError subclass CPython's OSError(errno, ...) makes
ERRNO_CLASSES = [(1, 'PermissionError'), (2, 'FileNotFoundError'),
                 (3, 'ProcessLookupError'), (4, 'InterruptedError'),
                 (10, 'ChildProcessError'), (11, 'BlockingIOError'),
                 (13, 'PermissionError'), (17, 'FileExistsError'),
                 (20, 'NotADirectoryError'), (21, 'IsADirectoryError'),
                 (32, 'BrokenPipeError'), (103, 'ConnectionAbortedError'),
                 (104, 'ConnectionResetError'), (108, 'BrokenPipeError'),
                 (110, 'TimeoutError'), (111, 'ConnectionRefusedError'),
                 (114, 'BlockingIOError'), (115, 'BlockingIOError')]


def oserror_class(space, errno):
    """The class of the OSError for errno: its subclass, or OSError itself."""
    for number, name in ERRNO_CLASSES:
        if number == errno:
            return space.exception_types_w[name]
    return space.w_OSError


def oserror_attributes(space, w_exc):
    args_w = w_exc.args_w
    w_none = space.w_None
    w_errno = w_strerror = w_filename = w_filename2 = w_none
    if 2 <= len(args_w) <= 5:
        w_errno = args_w[0]
        w_strerror = args_w[1]
        if len(args_w) >= 3:
            w_filename = args_w[2]
        if len(args_w) == 5:
            w_filename2 = args_w[4]
    space.setattr(w_exc, 'errno', w_errno)
    space.setattr(w_exc, 'strerror', w_strerror)
    space.setattr(w_exc, 'filename', w_filename)
    space.setattr(w_exc, 'filename2', w_filename2)
    if 3 <= len(args_w) <= 5:
        w_exc.set_args(args_w[:2])      # as CPython: args are (errno, strerror)
