"""The builtin exception types (EXCEPTIONS: their hierarchy) and the methods of
BaseException (RPython)."""


from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.typeobject import (W_ExceptionObject, W_Type, LAYOUT_EXCEPTION,
                                       compute_mro)
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.function import (W_Property, W_Function, W_BuiltinFunction, W_Method,
                                     W_ClassMethod)
from gclab.objspace import typealias
from gclab.objspace.tracebackobject import exception_traceback


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
        args_attributes(space, w_self)
    return space.w_None


def args_attributes(space, w_exc):
    """The attributes some builtin exceptions take from their args, when made or
    __init__'ed: an OSError's errno, strerror and filename, a UnicodeDecodeError's or
    UnicodeEncodeError's five."""
    w_type = space.type(w_exc)
    if w_type.is_subtype(space.w_OSError):
        oserror_attributes(space, w_exc)
    elif w_type.is_subtype(space.w_UnicodeDecodeError) or \
            w_type.is_subtype(space.w_UnicodeEncodeError):
        unicode_error_attributes(space, w_exc)


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
    install_groups(space)
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


def unicode_error_attributes(space, w_exc):
    """UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason)
    made by a program: those five as its attributes (as the codecs' own errors)."""
    args_w = w_exc.args_w
    if len(args_w) == 5:
        space.setattr(w_exc, 'encoding', args_w[0])
        space.setattr(w_exc, 'object', args_w[1])
        space.setattr(w_exc, 'start', args_w[2])
        space.setattr(w_exc, 'end', args_w[3])
        space.setattr(w_exc, 'reason', args_w[4])


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


# --- BaseExceptionGroup and ExceptionGroup (PEP 654, CPython 3.11) ----------------------
# A group is a W_ExceptionObject whose args are (message, exceptions) as given to the
# constructor; .exceptions is the tuple of args[1]'s items (checked by group_new).

GROUP_SPLIT = Spec('BaseExceptionGroup.split($self, matcher_value, /)')
GROUP_SUBGROUP = Spec('BaseExceptionGroup.subgroup($self, matcher_value, /)')
GROUP_DERIVE = Spec('BaseExceptionGroup.derive($self, excs, /)')
GROUP_STR = Spec('BaseExceptionGroup.__str__($self, /)', slot=True)


def make_group_types(space):
    """BaseExceptionGroup(BaseException) and ExceptionGroup(BaseExceptionGroup,
    Exception), registered with the other builtin exception classes."""
    w_base_group = space.make_type('BaseExceptionGroup', space.w_BaseException,
                                   LAYOUT_EXCEPTION)
    w_group = W_Type('ExceptionGroup', [w_base_group, space.w_Exception], {},
                     LAYOUT_EXCEPTION, True)
    w_group.mro_w = compute_mro(w_group)
    space.builtin_types_w.append(w_group)
    space.exception_types_w['BaseExceptionGroup'] = w_base_group
    space.exception_types_w['ExceptionGroup'] = w_group
    space.w_BaseExceptionGroup = w_base_group
    space.w_ExceptionGroup = w_group


def is_group(space, w_exc):
    return space.type(w_exc).is_subtype(space.w_BaseExceptionGroup)


def group_new(space, w_type, args_w):
    """BaseExceptionGroup.__new__(cls, message, exceptions), with CPython's checks: a
    BaseExceptionGroup of Exceptions only is an ExceptionGroup, an ExceptionGroup (or a
    subclass of Exception) cannot hold BaseExceptions."""
    if len(args_w) != 2:
        raise space.error(space.w_TypeError, 'BaseExceptionGroup.__new__() takes exactly '
                          '2 arguments (%d given)' % len(args_w))
    w_msg = args_w[0]
    if not space.isinstance_w(w_msg, space.w_str):
        raise space.error(space.w_TypeError, 'BaseExceptionGroup.__new__() argument 1 '
                          'must be str, not %s' % space.type(w_msg).name)
    w_seq = args_w[1]
    if space.isinstance_w(w_seq, space.w_dict) or \
            space.type(w_seq).lookup('__getitem__') is None:
        raise space.error(space.w_TypeError, 'second argument (exceptions) must be a '
                          'sequence')
    items_w = space.listview(w_seq)
    if not items_w:
        raise space.error(space.w_ValueError, 'second argument (exceptions) must be a '
                          'non-empty sequence')
    nested_base = False
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_ExceptionObject):
            raise space.error(space.w_ValueError, 'Item %d of second argument (exceptions) '
                              'is not an exception' % i)
        if not space.exception_is(w_item, space.w_Exception):
            nested_base = True
    if w_type is space.w_BaseExceptionGroup:
        if not nested_base:
            w_type = space.w_ExceptionGroup
    elif w_type is space.w_ExceptionGroup:
        if nested_base:
            raise space.error(space.w_TypeError, 'Cannot nest BaseExceptions in an '
                              'ExceptionGroup')
    elif nested_base and w_type.is_subtype(space.w_Exception):
        raise space.error(space.w_TypeError, "Cannot nest BaseExceptions in '%s'"
                          % w_type.name)
    return W_ExceptionObject(w_type, [w_msg, w_seq])


def group_items(space, w_group):
    """The sub-exceptions of a group (the items of its args[1])."""
    assert isinstance(w_group, W_ExceptionObject)
    if len(w_group.args_w) < 2:
        return []
    return space.listview(w_group.args_w[1])


def group_message(space, w_group):
    assert isinstance(w_group, W_ExceptionObject)
    if not w_group.args_w:
        return space.newstr('')
    return w_group.args_w[0]


def self_group(space, args, name, spec, arity_before='', arity_after=''):
    """The group a method was called on; arity_before + N + arity_after: CPython's
    error for a wrong count N of arguments."""
    w_self = receiver(space, args, space.w_BaseExceptionGroup, name)
    assert isinstance(w_self, W_ExceptionObject)
    if arity_before and not args.has_keywords() and len(args.args_w) != 2:
        raise space.error(space.w_TypeError, arity_before + str(len(args.args_w) - 1) +
                          arity_after)
    spec.check(space, args)
    return w_self


def group_get_message(space, args):
    w_self = receiver(space, args, space.w_BaseExceptionGroup, 'message')
    return group_message(space, w_self)


def group_get_exceptions(space, args):
    w_self = receiver(space, args, space.w_BaseExceptionGroup, 'exceptions')
    assert isinstance(w_self, W_ExceptionObject)
    if len(w_self.args_w) >= 2 and isinstance(w_self.args_w[1], W_Tuple) and \
            space.type(w_self.args_w[1]) is space.w_tuple:
        return w_self.args_w[1]
    return space.newtuple(group_items(space, w_self))


def group_str(space, args):
    w_self = self_group(space, args, '__str__', GROUP_STR)
    n = len(group_items(space, w_self))
    return space.newstr('%s (%d sub-exception%s)' % (
        space.str_str(group_message(space, w_self)), n, '' if n == 1 else 's'))


def group_derive(space, args):
    w_self = self_group(space, args, 'derive', GROUP_DERIVE,
                        'function takes exactly 1 argument (', ' given)')
    return space.call_function(space.w_BaseExceptionGroup,
                               [group_message(space, w_self), args.args_w[1]])


# the kinds of condition split() and subgroup() take
MATCH_TYPE = 0          # an exception class or a tuple of them: isinstance
MATCH_PREDICATE = 1     # a callable (other than a class): its result's truth


def is_callable(space, w_obj):
    if isinstance(w_obj, W_Function) or isinstance(w_obj, W_BuiltinFunction) or \
            isinstance(w_obj, W_Method):
        return True
    return space.type(w_obj).lookup('__call__') is not None


def matcher_kind(space, w_cond):
    if isinstance(w_cond, W_Type) and w_cond.is_subtype(space.w_BaseException):
        return MATCH_TYPE
    if isinstance(w_cond, W_Tuple):
        ok = True
        for w_item in w_cond.items_w:
            if not (isinstance(w_item, W_Type) and
                    w_item.is_subtype(space.w_BaseException)):
                ok = False
        if ok:
            return MATCH_TYPE
    if not isinstance(w_cond, W_Type) and is_callable(space, w_cond):
        return MATCH_PREDICATE
    raise space.error(space.w_TypeError, 'expected a function, exception type or tuple of '
                      'exception types')


def matches(space, w_exc, kind, w_cond):
    if kind == MATCH_TYPE:
        return space.exception_match(w_exc, w_cond)
    return space.is_true(space.call_function(w_cond, [w_exc]))


def copy_metadata(space, w_orig, w_new):
    """What CPython copies from a group onto the parts split() derives from it: the
    traceback, cause (which suppresses the context), context and a copy of __notes__."""
    assert isinstance(w_orig, W_ExceptionObject)
    if not isinstance(w_new, W_ExceptionObject) or not is_group(space, w_new):
        raise space.error(space.w_TypeError, 'derive must return an instance of '
                          'BaseExceptionGroup')
    if w_orig.traceback is not None:
        exception_traceback(space, w_orig)      # one traceback object, shared
    w_new.set_traceback_object(w_orig.traceback, w_orig.w_tb)
    w_new.set_cause(w_orig.w_cause)
    w_new.set_context(w_orig.w_context)
    w_notes = space.getattr_or_none(w_orig, '__notes__')
    if w_notes is not None:
        if space.isinstance_w(w_notes, space.w_list) or \
                space.isinstance_w(w_notes, space.w_tuple):
            space.setattr(w_new, '__notes__', space.newlist(space.listview(w_notes)))
        else:
            space.setattr(w_new, '__notes__', w_notes)


class SplitResult(object):
    def __init__(self, w_match, w_rest):
        self.w_match = w_match      # None: nothing
        self.w_rest = w_rest


def split_recursive(space, w_exc, kind, w_cond, with_rest):
    """The parts of w_exc that match and (with_rest) the rest, as groups derived from
    the groups they come from (None where there is nothing)."""
    if matches(space, w_exc, kind, w_cond):
        return SplitResult(w_exc, None)
    if not is_group(space, w_exc):
        if with_rest:
            return SplitResult(None, w_exc)
        return SplitResult(None, None)
    match_w = []
    rest_w = []
    for w_item in group_items(space, w_exc):
        part = split_recursive(space, w_item, kind, w_cond, with_rest)
        if part.w_match is not None:
            match_w.append(part.w_match)
        if part.w_rest is not None:
            rest_w.append(part.w_rest)
    w_match = None
    w_rest = None
    if match_w:
        w_match = space.call_function(space.getattr(w_exc, 'derive'),
                                      [space.newlist(match_w)])
        copy_metadata(space, w_exc, w_match)
    if with_rest and rest_w:
        w_rest = space.call_function(space.getattr(w_exc, 'derive'),
                                     [space.newlist(rest_w)])
        copy_metadata(space, w_exc, w_rest)
    return SplitResult(w_match, w_rest)


def none_or(space, w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def group_split(space, args):
    w_self = self_group(space, args, 'split', GROUP_SPLIT,
                        'split expected 1 argument, got ', '')
    w_cond = args.args_w[1]
    result = split_recursive(space, w_self, matcher_kind(space, w_cond), w_cond, True)
    return space.newtuple([none_or(space, result.w_match), none_or(space, result.w_rest)])


def group_subgroup(space, args):
    w_self = self_group(space, args, 'subgroup', GROUP_SUBGROUP,
                        'subgroup expected 1 argument, got ', '')
    w_cond = args.args_w[1]
    result = split_recursive(space, w_self, matcher_kind(space, w_cond), w_cond, False)
    return none_or(space, result.w_match)


def group_class_getitem(space, args):
    """ExceptionGroup[ValueError]: a types.GenericAlias."""
    if len(args.args_w) != 2:
        raise space.error(space.w_TypeError, '__class_getitem__() takes exactly one '
                          'argument (%d given)' % (len(args.args_w) - 1))
    return typealias.new_alias(space, args.args_w[0], args.args_w[1])


def install_groups(space):
    w_type = space.w_BaseExceptionGroup
    for name, impl in [('__str__', group_str), ('derive', group_derive),
                       ('split', group_split), ('subgroup', group_subgroup)]:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    w_type.dict_w['__class_getitem__'] = W_ClassMethod(space.wrap_builtin(
        '__class_getitem__', group_class_getitem, w_type))
    for name, impl in [('message', group_get_message),
                       ('exceptions', group_get_exceptions)]:
        w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)


# --- except* (the opcodes CHECK_EG_MATCH and PREP_RERAISE_STAR of gclab.interp.frame) ---

def check_except_star_type(space, w_type):
    """An except* clause's type (or each of a tuple's): an exception class, not a
    group."""
    if isinstance(w_type, W_Tuple):
        for w_item in w_type.items_w:
            check_except_star_type(space, w_item)
        return
    if not isinstance(w_type, W_Type) or not w_type.is_subtype(space.w_BaseException):
        raise space.error(space.w_TypeError, 'catching classes that do not inherit from '
                          'BaseException is not allowed')
    if w_type.is_subtype(space.w_BaseExceptionGroup):
        raise space.error(space.w_TypeError, 'catching ExceptionGroup with except* is not '
                          'allowed. Use except instead.')


def except_star_match(space, w_exc, w_type):
    """(rest, match) of an except* clause for what is left of the exception (None: all
    matched before): a naked exception that matches comes wrapped in
    ExceptionGroup('', [exc])."""
    check_except_star_type(space, w_type)
    if w_exc is None:
        return SplitResult(None, None)
    if space.exception_match(w_exc, w_type):
        if is_group(space, w_exc):
            return SplitResult(w_exc, None)
        assert isinstance(w_exc, W_ExceptionObject)
        w_wrapped = space.call_function(space.w_BaseExceptionGroup,
                                        [space.newstr(''), space.newtuple([w_exc])])
        return SplitResult(w_wrapped, None)
    if is_group(space, w_exc):
        w_pair = space.call_function(space.getattr(w_exc, 'split'), [w_type])
        if not isinstance(w_pair, W_Tuple) or len(w_pair.items_w) != 2:
            raise space.error(space.w_TypeError, 'X.split(cond) must return a 2-tuple, '
                              'got %s' % space.type(w_pair).name)
        w_match = w_pair.items_w[0]
        w_rest = w_pair.items_w[1]
        if w_match is space.w_None:
            w_match = None
        if w_rest is space.w_None:
            w_rest = None
        return SplitResult(w_match, w_rest)
    return SplitResult(None, w_exc)


def collect_leaves(space, w_exc, leaves_w):
    if is_group(space, w_exc):
        for w_item in group_items(space, w_exc):
            collect_leaves(space, w_item, leaves_w)
    else:
        leaves_w.append(w_exc)


def contains_leaf(leaves_w, w_exc):
    for w_leaf in leaves_w:
        if w_leaf is w_exc:
            return True
    return False


def same_metadata(w_a, w_b):
    assert isinstance(w_a, W_ExceptionObject) and isinstance(w_b, W_ExceptionObject)
    return w_a.traceback is w_b.traceback and w_a.w_cause is w_b.w_cause and \
        w_a.w_context is w_b.w_context


def is_reraise(space, w_exc, w_orig, orig_leaves_w):
    """w_exc is (a part of) the original exception re-raised by its handler (a bare
    `raise`, or left unhandled): the metadata split() copies (traceback, cause,
    context), and only leaves of the original."""
    if not same_metadata(w_exc, w_orig):
        return False
    leaves_w = []
    collect_leaves(space, w_exc, leaves_w)
    for w_leaf in leaves_w:
        if not contains_leaf(orig_leaves_w, w_leaf):
            return False
    return True


def project(space, w_exc, keep_w):
    """The part of w_exc (its structure kept) whose leaves are in keep_w, or None: new
    groups derived from w_exc's, even when every leaf is kept (as CPython's split)."""
    if not is_group(space, w_exc):
        if contains_leaf(keep_w, w_exc):
            return w_exc
        return None
    parts_w = []
    for w_item in group_items(space, w_exc):
        w_part = project(space, w_item, keep_w)
        if w_part is not None:
            parts_w.append(w_part)
    if not parts_w:
        return None
    w_new = space.call_function(space.getattr(w_exc, 'derive'), [space.newlist(parts_w)])
    copy_metadata(space, w_exc, w_new)
    return w_new


def prep_reraise_star(space, w_orig, excs_w):
    """What leaves a try/except* statement (None: nothing): the exceptions its handlers
    raised (excs_w, with the unhandled rest; None items skipped) -- the parts of the
    original re-raised, in the original's structure, and the new ones, together in an
    ExceptionGroup('', [...]) if there are several."""
    items_w = []
    for w_exc in excs_w:
        if w_exc is not space.w_None:
            items_w.append(w_exc)
    if not items_w:
        return None
    if not is_group(space, w_orig):
        return items_w[0]       # a naked exception: one clause ran at most
    orig_leaves_w = []
    collect_leaves(space, w_orig, orig_leaves_w)
    raised_w = []
    keep_w = []
    for w_exc in items_w:
        if is_reraise(space, w_exc, w_orig, orig_leaves_w):
            collect_leaves(space, w_exc, keep_w)
        else:
            raised_w.append(w_exc)
    w_reraised = None
    if keep_w:
        w_reraised = project(space, w_orig, keep_w)
    if not raised_w:
        return w_reraised
    if w_reraised is not None:
        raised_w.append(w_reraised)
    if len(raised_w) == 1:
        return raised_w[0]
    return space.call_function(space.w_BaseExceptionGroup,
                               [space.newstr(''), space.newlist(raised_w)])
