"""The methods and attributes of property and of bound methods (RPython)."""


from gclab.interp import pycode
from gclab.objspace.function import (W_Property, W_Method, W_Function, W_StaticMethod,
                                     W_ClassMethod, Arguments, W_MemberDescr, W_Module)
from gclab.objspace.objects import W_Cell
from gclab.objspace.typeobject import W_Instance
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.tracebackobject import W_Traceback, W_Frame


# The declared arguments of the methods (see gclab.objspace.argspec).
PROPERTY_GETTER = Spec('property.getter($self, fget, /)')
PROPERTY_SETTER = Spec('property.setter($self, fset, /)')
PROPERTY_DELETER = Spec('property.deleter($self, fdel, /)')


# --- property, slice, bound methods ----------------------------------------------------------

def self_property(space, args, name):
    w_self = receiver(space, args, space.w_property, name)
    assert isinstance(w_self, W_Property)
    return w_self


def none_or(space, w_obj):
    if w_obj is None:
        return space.w_None
    return w_obj


def function_arg(space, w_func):
    if w_func is space.w_None:
        return None
    return w_func


def property_getter(space, args):
    w_prop = self_property(space, args, 'getter')
    PROPERTY_GETTER.check(space, args)
    return W_Property(function_arg(space, args.args_w[1]), w_prop.w_fset, w_prop.w_fdel,
                      w_prop.w_doc)


def property_setter(space, args):
    w_prop = self_property(space, args, 'setter')
    PROPERTY_SETTER.check(space, args)
    return W_Property(w_prop.w_fget, function_arg(space, args.args_w[1]), w_prop.w_fdel,
                      w_prop.w_doc)


def property_deleter(space, args):
    w_prop = self_property(space, args, 'deleter')
    PROPERTY_DELETER.check(space, args)
    return W_Property(w_prop.w_fget, w_prop.w_fset, function_arg(space, args.args_w[1]),
                      w_prop.w_doc)


def property_fget(space, args):
    return none_or(space, self_property(space, args, 'fget').w_fget)


def property_fset(space, args):
    return none_or(space, self_property(space, args, 'fset').w_fset)


def property_fdel(space, args):
    return none_or(space, self_property(space, args, 'fdel').w_fdel)


def property_doc(space, args):
    """The doc given, else the getter's docstring (CPython copies it when the property
    is made)."""
    w_prop = self_property(space, args, '__doc__')
    if w_prop.w_doc is None and w_prop.w_fget is not None:
        return space.getattr_or_none(w_prop.w_fget, '__doc__') or space.w_None
    return none_or(space, w_prop.w_doc)


PROPERTY_GET = Spec('property.__get__($self, instance, owner=None, /)')
PROPERTY_SET = Spec('property.__set__($self, instance, value, /)')
PROPERTY_DELETE = Spec('property.__delete__($self, instance, /)')


def property_get(space, args):
    """prop.__get__(obj, owner=None), called by name (attribute lookups do not come
    here): fget(obj); the property itself for None.  (The error names no attribute, as
    CPython's for a property that was given no name by __set_name__.)"""
    w_prop = self_property(space, args, '__get__')
    PROPERTY_GET.check(space, args)
    w_obj = args.args_w[1]
    if w_obj is space.w_None:
        return w_prop
    if w_prop.w_fget is None:
        raise space.error(space.w_AttributeError, "property of '%s' object has no getter"
                          % space.type(w_obj).name)
    return space.call_function(w_prop.w_fget, [w_obj])


def property_set(space, args):
    w_prop = self_property(space, args, '__set__')
    PROPERTY_SET.check(space, args)
    if w_prop.w_fset is None:
        raise space.error(space.w_AttributeError, "property of '%s' object has no setter"
                          % space.type(args.args_w[1]).name)
    space.call_function(w_prop.w_fset, [args.args_w[1], args.args_w[2]])
    return space.w_None


def property_delete(space, args):
    w_prop = self_property(space, args, '__delete__')
    PROPERTY_DELETE.check(space, args)
    if w_prop.w_fdel is None:
        raise space.error(space.w_AttributeError, "property of '%s' object has no deleter"
                          % space.type(args.args_w[1]).name)
    space.call_function(w_prop.w_fdel, [args.args_w[1]])
    return space.w_None


PROPERTY_METHODS = [('getter', property_getter), ('setter', property_setter),
                    ('deleter', property_deleter), ('__get__', property_get),
                    ('__set__', property_set), ('__delete__', property_delete)]
PROPERTY_ATTRIBUTES = [('fget', property_fget), ('fset', property_fset),
                       ('fdel', property_fdel), ('__doc__', property_doc)]


def self_method(space, args, name):
    w_self = receiver(space, args, space.w_method, name)
    assert isinstance(w_self, W_Method)
    return w_self


def method_self(space, args):
    return self_method(space, args, '__self__').w_self


def method_func(space, args):
    return self_method(space, args, '__func__').w_func


def method_name(space, args):
    return space.getattr(self_method(space, args, '__name__').w_func, '__name__')


METHOD_ATTRIBUTES = [('__self__', method_self), ('__func__', method_func),
                     ('__name__', method_name)]


# --- member descriptors (__slots__) ------------------------------------------------------

MEMBER_GET = Spec('member_descriptor.__get__($self, instance, owner=None, /)')
MEMBER_SET = Spec('member_descriptor.__set__($self, instance, value, /)')
MEMBER_DELETE = Spec('member_descriptor.__delete__($self, instance, /)')


def self_member(space, args, name):
    w_self = receiver(space, args, space.w_member_descriptor, name)
    assert isinstance(w_self, W_MemberDescr)
    return w_self


def member_get(space, args):
    """S.a.__get__(obj, owner=None): obj's slot; the descriptor itself for None."""
    w_member = self_member(space, args, '__get__')
    MEMBER_GET.check(space, args)
    w_obj = args.args_w[1]
    if w_obj is space.w_None:
        return w_member
    return space.member_get(w_member, w_obj)


def member_set(space, args):
    w_member = self_member(space, args, '__set__')
    MEMBER_SET.check(space, args)
    space.member_set(w_member, args.args_w[1], args.args_w[2])
    return space.w_None


def member_delete(space, args):
    w_member = self_member(space, args, '__delete__')
    MEMBER_DELETE.check(space, args)
    space.member_set(w_member, args.args_w[1], None)
    return space.w_None


def member_name(space, args):
    return space.newstr(self_member(space, args, '__name__').name)


def member_qualname(space, args):
    w_member = self_member(space, args, '__qualname__')
    return space.newstr('%s.%s' % (w_member.w_objclass.qualname, w_member.name))


def member_objclass(space, args):
    return self_member(space, args, '__objclass__').w_objclass


def member_doc(space, args):
    self_member(space, args, '__doc__')
    return space.w_None


MEMBER_METHODS = [('__get__', member_get), ('__set__', member_set),
                  ('__delete__', member_delete)]
MEMBER_ATTRIBUTES = [('__name__', member_name), ('__qualname__', member_qualname),
                     ('__objclass__', member_objclass), ('__doc__', member_doc)]


# --- function attributes: __defaults__, __kwdefaults__, __code__ -----------------------

class CodeType(object):
    """The `code` type of __code__ objects (made by methods.install)."""
    def __init__(self):
        self.w_type = None


CODE_TYPE = CodeType()


def self_function(space, args, name):
    w_func = args.args_w[0] if args.args_w else None
    if not isinstance(w_func, W_Function):
        raise space.error(space.w_TypeError, "descriptor '%s' for 'function' objects "
                          "needs a function" % name)
    return w_func


def function_defaults(space, args):
    w_func = self_function(space, args, '__defaults__')
    if not w_func.defaults_w:
        return space.w_None
    return space.newtuple(w_func.defaults_w[:])


def function_kwdefaults(space, args):
    w_func = self_function(space, args, '__kwdefaults__')
    if not w_func.kwdefaults_w:
        return space.w_None
    w_dict = space.newdict()
    code = w_func.code
    # in the order of the keyword-only parameters
    for i in range(code.argcount, code.argcount + code.kwonlyargcount):
        name = code.varnames[i]
        w_value = w_func.kwdefaults_w.get(name, None)
        if w_value is not None:
            space.setitem(w_dict, space.newstr(name), w_value)
    return w_dict


def function_code(space, args):
    """A `code` object: an instance holding co_name, co_qualname, co_filename,
    co_firstlineno, co_argcount, co_posonlyargcount, co_kwonlyargcount, co_varnames,
    co_nlocals, co_cellvars, co_freevars, co_flags."""
    return code_object(space, self_function(space, args, '__code__').code)


def code_object(space, code):
    """The `code` object of a PyCode (function.__code__, frame.f_code)."""
    w_code = W_Instance(CODE_TYPE.w_type)
    w_code.setdictvalue('co_name', space.newstr(code.name))
    w_code.setdictvalue('co_qualname', space.newstr(code.qualname))
    w_code.setdictvalue('co_filename', space.newstr(code.filename))
    w_code.setdictvalue('co_firstlineno', space.newint(code.firstlineno))
    w_code.setdictvalue('co_argcount', space.newint(code.argcount))
    w_code.setdictvalue('co_posonlyargcount', space.newint(code.posonlyargcount))
    w_code.setdictvalue('co_kwonlyargcount', space.newint(code.kwonlyargcount))
    w_code.setdictvalue('co_varnames', space.newtuple([space.newstr(n)
                                                       for n in code.varnames]))
    w_code.setdictvalue('co_nlocals', space.newint(len(code.varnames)))
    w_code.setdictvalue('co_cellvars', space.newtuple([space.newstr(n)
                                                       for n in code.cellvars]))
    w_code.setdictvalue('co_freevars', space.newtuple([space.newstr(n)
                                                       for n in code.freevars]))
    w_code.setdictvalue('co_flags', space.newint(cpython_flags(code)))
    return w_code


def cpython_flags(code):
    """co_flags as CPython numbers them: OPTIMIZED | NEWLOCALS (a function), VARARGS 4,
    VARKEYWORDS 8, NESTED 16 (it has free variables: gclab does not record whether it
    was defined in a function without any), GENERATOR 32, COROUTINE 128,
    ASYNC_GENERATOR 512."""
    flags = 1 | 2
    if code.flags & pycode.CO_VARARGS:
        flags |= 4
    if code.flags & pycode.CO_VARKEYWORDS:
        flags |= 8
    if len(code.freevars) > 0:
        flags |= 16
    if code.flags & pycode.CO_GENERATOR:
        flags |= 32
    if code.flags & pycode.CO_COROUTINE:
        flags |= 128
    if code.flags & pycode.CO_ASYNC_GENERATOR:
        flags |= 512
    return flags


def function_module(space, args):
    """The __name__ of the function's module (a program may set __module__: then the
    function's own attribute dict answers first)."""
    w_func = self_function(space, args, '__module__')
    w_name = w_func.w_globals.dict_w.get('__name__', None)
    if w_name is None:
        return space.w_None
    return w_name


def function_globals(space, args):
    """The module's globals, as globals() gives them."""
    from gclab.objspace.execbuiltins import globals_dict
    w_func = self_function(space, args, '__globals__')
    return globals_dict(space, w_func.w_globals)


def function_closure(space, args):
    """The tuple of the cells of the function's free variables, or None."""
    w_func = self_function(space, args, '__closure__')
    if not w_func.closure_w:
        return space.w_None
    return space.newtuple([w_cell for w_cell in w_func.closure_w])


def cell_contents(space, args):
    """cell.cell_contents: the variable's value; ValueError while it is unbound."""
    w_cell = args.args_w[0] if args.args_w else None
    if not isinstance(w_cell, W_Cell):
        raise space.error(space.w_TypeError, "descriptor 'cell_contents' for 'cell' "
                          "objects needs a cell")
    w_value = w_cell.w_value
    if w_value is None:
        raise space.error(space.w_ValueError, 'Cell is empty')
    return w_value


FUNCTION_GET = Spec('function.__get__($self, instance, owner=None, /)')


def function_get(space, args):
    """function.__get__(instance, owner=None): the function bound to instance, or the
    function itself for None (what a method lookup does)."""
    w_func = self_function(space, args, '__get__')
    FUNCTION_GET.check(space, args)
    w_obj = args.args_w[1]
    if w_obj is space.w_None:
        return w_func
    return W_Method(w_obj, w_func)


WRAPPER_GET = [Spec('staticmethod.__get__($self, instance, owner=None, /)'),
               Spec('classmethod.__get__($self, instance, owner=None, /)')]


def staticmethod_get(space, args):
    """staticmethod.__get__(instance, owner=None): the function."""
    w_sm = receiver(space, args, space.w_staticmethod, '__get__')
    WRAPPER_GET[0].check(space, args)
    assert isinstance(w_sm, W_StaticMethod)
    return w_sm.w_func


def staticmethod_call(space, args):
    """staticmethod.__call__: calls the function (CPython 3.10+: a staticmethod is
    callable, e.g. in the class body that defines it)."""
    if not args.args_w:
        raise space.error(space.w_TypeError, "descriptor '__call__' of 'staticmethod' "
                          "object needs an argument")
    w_sm = args.args_w[0].builtin_value()
    if not isinstance(w_sm, W_StaticMethod):
        raise space.error(space.w_TypeError, "descriptor '__call__' requires a "
                          "'staticmethod' object but received a '%s'"
                          % space.type(args.args_w[0]).name)
    return space.call(w_sm.w_func, Arguments(args.args_w[1:], args.kw_names,
                                             args.kw_values_w))


def classmethod_get(space, args):
    """classmethod.__get__(instance, owner=None): the function bound to owner (the
    instance's class when owner is None)."""
    w_cm = receiver(space, args, space.w_classmethod, '__get__')
    WRAPPER_GET[1].check(space, args)
    assert isinstance(w_cm, W_ClassMethod)
    w_owner = args.args_w[2] if len(args.args_w) > 2 else space.w_None
    if w_owner is space.w_None:
        w_owner = space.type(args.args_w[1])
    return space.bind_classmethod(w_cm.w_func, w_owner)


def callable_call(space, args):
    """function.__call__, method.__call__, builtin_function_or_method.__call__."""
    if not args.args_w:
        raise space.error(space.w_TypeError, "descriptor '__call__' needs an argument")
    return space.call(args.args_w[0], Arguments(args.args_w[1:], args.kw_names,
                                                args.kw_values_w))


FUNCTION_ATTRIBUTES = [('__defaults__', function_defaults),
                       ('__kwdefaults__', function_kwdefaults), ('__code__', function_code),
                       ('__module__', function_module), ('__globals__', function_globals),
                       ('__closure__', function_closure)]


# --- traceback and frame objects (gclab.objspace.tracebackobject) ---------------------

def self_tb(space, args, name):
    w_self = receiver(space, args, space.w_traceback, name)
    assert isinstance(w_self, W_Traceback)
    return w_self


def self_frame(space, args, name):
    w_self = receiver(space, args, space.w_frame, name)
    assert isinstance(w_self, W_Frame)
    return w_self


def tb_next(space, args):
    w_next = self_tb(space, args, 'tb_next').next_traceback()
    if w_next is None:
        return space.w_None
    return w_next


def tb_frame(space, args):
    return self_tb(space, args, 'tb_frame').frame()


def tb_lineno(space, args):
    return space.newint(self_tb(space, args, 'tb_lineno').entry.lineno)


def tb_markers(space, args):
    """gclab's own: the ~~~^^^ line CPython prints under the entry's source line (for
    the traceback module), or ''."""
    from gclab.objspace.excreport import raw_source_line
    from gclab.interp.carets import markers
    entry = self_tb(space, args, '_gclab_markers').entry
    raw = raw_source_line(space, entry.code.filename, entry.lineno)
    return space.newstr(markers(raw, entry.position))


def tb_lasti(space, args):
    """Always 0: gclab records the line of each entry, not its instruction."""
    self_tb(space, args, 'tb_lasti')
    return space.newint(0)


def frame_code(space, args):
    return code_object(space, self_frame(space, args, 'f_code').code)


def frame_lineno(space, args):
    return space.newint(self_frame(space, args, 'f_lineno').lineno)


def frame_globals(space, args):
    from gclab.objspace.execbuiltins import globals_dict
    w_module = self_frame(space, args, 'f_globals').w_module
    assert isinstance(w_module, W_Module)
    return globals_dict(space, w_module)


def frame_back(space, args):
    w_back = self_frame(space, args, 'f_back').w_back
    if w_back is None:
        return space.w_None
    return w_back


def frame_locals(space, args):
    w_locals = self_frame(space, args, 'f_locals').w_locals
    if w_locals is None:
        return space.newdict()
    return w_locals


def frame_lasti(space, args):
    """Always 0 (see tb_lasti)."""
    self_frame(space, args, 'f_lasti')
    return space.newint(0)


TRACEBACK_ATTRIBUTES = [('tb_next', tb_next), ('tb_frame', tb_frame),
                        ('tb_lineno', tb_lineno), ('tb_lasti', tb_lasti),
                        ('_gclab_markers', tb_markers)]
FRAME_ATTRIBUTES = [('f_code', frame_code), ('f_lineno', frame_lineno),
                    ('f_globals', frame_globals), ('f_back', frame_back),
                    ('f_locals', frame_locals), ('f_lasti', frame_lasti)]
