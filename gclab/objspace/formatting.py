"""format(), f-string format specs and %-formatting (RPython)."""

from rpython.rlib import rfloat

from gclab.objspace.objects import W_Str, W_Int, W_Long, W_Float, W_Tuple, W_Dict
from gclab.objspace.typeobject import W_Instance
from gclab.objspace import numbers


def format_obj(space, w_value, spec):
    """format(w_value, spec) as a str."""
    if isinstance(w_value, W_Instance):
        w_meth = space.lookup_special_or_none(w_value, '__format__')
        if w_meth is not None:
            return space.str_w(space.call_function(w_meth, [space.newstr(spec)]))
    if spec == '':
        return space.str_str(w_value)
    raise space.error(space.w_ValueError, "gclab: format spec '%s' is not supported yet"
                      % spec)


def percent_format(space, fmt, w_args):
    """fmt % w_args."""
    raise space.error(space.w_TypeError, 'gclab: %-formatting is not supported yet')
