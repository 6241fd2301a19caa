"""Builtin methods of the builtin types, installed into the types' dicts (RPython)."""

from gclab.objspace.objects import W_List, W_Dict, W_Str


def install(space):
    for w_type, table in [(space.w_list, LIST_METHODS), (space.w_dict, DICT_METHODS),
                          (space.w_str, STR_METHODS)]:
        for name, impl in table:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)


def check_args(space, args, name, nmin, nmax):
    n = len(args.args_w) - 1
    if args.has_keywords():
        raise space.error(space.w_TypeError, '%s() takes no keyword arguments' % name)
    if n < nmin or n > nmax:
        if nmin == nmax:
            if nmin == 0:
                raise space.error(space.w_TypeError, '%s() takes no arguments (%d given)'
                                  % (name, n))
            raise space.error(space.w_TypeError, '%s() takes exactly one argument (%d given)'
                              % (name, n))
        raise space.error(space.w_TypeError, '%s expected at most %d arguments, got %d'
                          % (name, nmax, n))


def self_list(space, args, name):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_List):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a 'list' object"
                          % name)
    return w_self


def list_append(space, args):
    check_args(space, args, 'list.append', 1, 1)
    w_list = self_list(space, args, 'append')
    w_list.items_w.append(args.args_w[1])
    return space.w_None


def list_pop(space, args):
    check_args(space, args, 'pop', 0, 1)
    w_list = self_list(space, args, 'pop')
    items_w = w_list.items_w
    if not items_w:
        raise space.error(space.w_IndexError, 'pop from empty list')
    index = len(items_w) - 1
    if len(args.args_w) > 1:
        index = space.int_w(args.args_w[1])
        if index < 0:
            index += len(items_w)
        if index < 0 or index >= len(items_w):
            raise space.error(space.w_IndexError, 'pop index out of range')
    return items_w.pop(index)


LIST_METHODS = [('append', list_append), ('pop', list_pop)]


def self_dict(space, args, name):
    w_self = args.args_w[0]
    if not isinstance(w_self, W_Dict):
        raise space.error(space.w_TypeError, "descriptor '%s' requires a 'dict' object"
                          % name)
    return w_self


def dict_get(space, args):
    check_args(space, args, 'get', 1, 2)
    w_dict = self_dict(space, args, 'get')
    w_default = space.w_None
    if len(args.args_w) > 2:
        w_default = args.args_w[2]
    return w_dict.data.get(args.args_w[1], w_default)


DICT_METHODS = [('get', dict_get)]


def str_join(space, args):
    check_args(space, args, 'str.join', 1, 1)
    w_sep = args.args_w[0]
    assert isinstance(w_sep, W_Str)
    parts = []
    items_w = space.listview(args.args_w[1])
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_Str):
            raise space.error(space.w_TypeError, 'sequence item %d: expected str instance, '
                              '%s found' % (i, space.type(w_item).name))
        parts.append(w_item.strval)
    return space.newstr(w_sep.strval.join(parts))


STR_METHODS = [('join', str_join)]
