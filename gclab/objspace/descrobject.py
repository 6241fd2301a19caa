"""The methods and attributes of property and of bound methods (RPython)."""


from gclab.objspace.function import W_Property, W_Method
from gclab.objspace.argspec import Spec, receiver


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
    return none_or(space, self_property(space, args, '__doc__').w_doc)


PROPERTY_METHODS = [('getter', property_getter), ('setter', property_setter),
                    ('deleter', property_deleter)]
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
