"""Indexing, slicing, concatenation, membership and comparison of str, list, tuple,
dict and range, with user-class fallbacks (RPython)."""

from gclab.interp import opcodes as op
from gclab.interp import util
from gclab.interp.error import OperationError
from gclab.objspace.objects import W_Slice
from gclab.objspace.numberobject import W_Int, W_Long
from gclab.objspace.strobject import W_Str, code_points, concat as str_concat
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List, drop_backwards
from gclab.objspace.dictobject import W_Dict, W_WriteThroughDict
from gclab.objspace.rangeobject import (W_Range, slice_indices, range_item, range_find,
                                         range_slice)
from gclab.objspace.typeobject import W_Instance, W_Type
from gclab.objspace import formatting, bytesobject, typealias, freethreading
from gclab.objspace.bytesobject import W_AbstractBytes, W_ByteArray
from gclab.objspace import memoryviewobject
from gclab.objspace.memoryviewobject import W_MemoryView


def index_of(space, w_index, length, what):
    """A normalized index into a sequence of the given length, or IndexError."""
    if isinstance(w_index, W_Int):
        i = w_index.intval
    elif isinstance(w_index, W_Long):
        raise space.error(space.w_IndexError,
                          "cannot fit 'int' into an index-sized integer")
    else:
        w_meth = None
        if isinstance(w_index, W_Instance):
            w_meth = space.lookup_special_or_none(w_index, '__index__')
        if w_meth is None:
            if what == 'string':
                raise space.error(space.w_TypeError, "string indices must be integers, "
                                  "not '%s'" % space.type(w_index).name)
            raise space.error(space.w_TypeError, '%s indices must be integers or slices, '
                              'not %s' % (what, space.type(w_index).name))
        i = space.int_w(space.call_index(w_meth))
    if i < 0:
        i += length
    if i < 0 or i >= length:
        return -1
    return i


def slice_items(items_w, start, step, count):
    if step == 1:
        assert start >= 0
        stop = start + count
        assert stop >= 0
        return items_w[start:stop]
    result = [None] * count
    for k in range(count):
        result[k] = items_w[start + k * step]
    return result


def getitem(space, w_obj, w_index):
    if isinstance(w_obj, W_List):
        held = freethreading.lock(w_obj)
        try:
            return list_getitem(space, w_obj, w_index)
        finally:
            freethreading.unlock(w_obj, held)
    return getitem_other(space, w_obj, w_index)


def list_getitem(space, w_obj, w_index):
    """(the list's lock held in free-threaded builds)"""
    assert isinstance(w_obj, W_List)
    items_w = w_obj.items_w
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, len(items_w))
        return space.newlist(slice_items(items_w, start, step, count))
    i = index_of(space, w_index, len(items_w), 'list')
    if i < 0:
        raise space.error(space.w_IndexError, 'list index out of range')
    return items_w[i]


def getitem_other(space, w_obj, w_index):
    if isinstance(w_obj, W_Tuple):
        items_w = w_obj.items_w
        if isinstance(w_index, W_Slice):
            start, stop, step, count = slice_indices(space, w_index, len(items_w))
            return space.newtuple(slice_items(items_w, start, step, count))
        i = index_of(space, w_index, len(items_w), 'tuple')
        if i < 0:
            raise space.error(space.w_IndexError, 'tuple index out of range')
        return items_w[i]
    if isinstance(w_obj, W_Dict):
        w_value = w_obj.get(w_index, None)
        if w_value is None:
            raise OperationError(space.new_exception(space.w_KeyError, [w_index]))
        return w_value
    if isinstance(w_obj, W_Str):
        return str_getitem(space, w_obj, w_index)
    if isinstance(w_obj, W_AbstractBytes):
        return bytesobject.getitem(space, w_obj, w_index)
    if isinstance(w_obj, W_Range):
        if isinstance(w_index, W_Slice):
            start, stop, step, count = slice_indices(space, w_index, w_obj.len)
            # as CPython: the bounds of slice.indices() mapped into the range
            return range_slice(space, w_obj, start, stop, step, count)
        i = index_of(space, w_index, w_obj.len, 'range')
        if i < 0:
            raise space.error(space.w_IndexError, 'range object index out of range')
        return space.newint(range_item(w_obj.start, w_obj.step, i))
    if isinstance(w_obj, W_MemoryView):
        return memoryviewobject.getitem(space, w_obj, w_index)
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__getitem__')
        if w_meth is not None:
            return space.call_function(w_meth, [w_index])
    if isinstance(w_obj, W_Type):
        w_meth = space.user_special(w_obj, '__getitem__')        # a metaclass's
        if w_meth is not None:
            return space.call_function(w_meth, [w_index])
        return typealias.class_getitem(space, w_obj, w_index)    # list[int]
    if isinstance(w_obj, typealias.W_GenericAlias):
        typealias.alias_getitem(space, w_obj)
    raise space.error(space.w_TypeError, "'%s' object is not subscriptable"
                      % space.type(w_obj).name)


def setitem(space, w_obj, w_index, w_value):
    if isinstance(w_obj, W_List):
        if isinstance(w_index, W_Slice):
            set_slice(space, w_obj, w_index, w_value)
            return
        held = freethreading.lock(w_obj)
        try:
            items_w = w_obj.items_w
            i = index_of(space, w_index, len(items_w), 'list')
            if i < 0:
                raise space.error(space.w_IndexError,
                                  'list assignment index out of range')
            items_w[i] = w_value
        finally:
            freethreading.unlock(w_obj, held)
        return
    if isinstance(w_obj, W_Dict):
        w_obj.set(w_index, w_value)
        if isinstance(w_obj, W_WriteThroughDict):
            w_obj.write_through(space, w_index, w_value)
        return
    if isinstance(w_obj, W_ByteArray):
        bytesobject.setitem(space, w_obj, w_index, w_value)
        return
    if isinstance(w_obj, W_MemoryView):
        memoryviewobject.setitem(space, w_obj, w_index, w_value)
        return
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__setitem__')
        if w_meth is not None:
            space.call_function(w_meth, [w_index, w_value])
            return
    raise space.error(space.w_TypeError, "'%s' object does not support item assignment"
                      % space.type(w_obj).name)


def is_extended(space, w_step):
    """A slice's step other than None or 1."""
    if w_step is space.w_None:
        return False
    return not (isinstance(w_step, W_Int) and w_step.intval == 1)


def set_slice(space, w_list, w_slice, w_value):
    assert isinstance(w_list, W_List)
    try:
        new_w = space.listview(w_value)
    except OperationError as e:
        w_type = space.type(w_value)
        if not space.exception_is(e.w_value, space.w_TypeError) or \
                w_type.lookup('__iter__') is not None or \
                w_type.lookup('__getitem__') is not None:
            raise
        message = 'can only assign an iterable'
        if isinstance(w_slice, W_Slice) and is_extended(space, w_slice.w_step):
            message = 'must assign iterable to extended slice'
        raise space.error(space.w_TypeError, message)
    held = freethreading.lock(w_list)
    try:
        _set_slice(space, w_list, w_slice, new_w)
    finally:
        freethreading.unlock(w_list, held)


def _set_slice(space, w_list, w_slice, new_w):
    items_w = w_list.items_w
    start, stop, step, count = slice_indices(space, w_slice, len(items_w))
    if step == 1:
        if stop < start:
            stop = start
        assert start >= 0 and stop >= 0
        w_list.items_w = items_w[:start] + new_w + items_w[stop:]
        return
    if len(new_w) != count:
        raise space.error(space.w_ValueError, 'attempt to assign sequence of size %d to '
                          'extended slice of size %d' % (len(new_w), count))
    for k in range(count):
        items_w[start + k * step] = new_w[k]


def delitem(space, w_obj, w_index):
    if isinstance(w_obj, W_List):
        held = freethreading.lock(w_obj)
        try:
            list_delitem(space, w_obj, w_index)
        finally:
            freethreading.unlock(w_obj, held)
        return
    delitem_other(space, w_obj, w_index)


def list_delitem(space, w_obj, w_index):
    """(the list's lock held in free-threaded builds)"""
    assert isinstance(w_obj, W_List)
    items_w = w_obj.items_w
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, len(items_w))
        if count == 0:
            return
        doomed = {}
        for k in range(count):
            doomed[start + k * step] = None
        w_obj.items_w = [items_w[i] for i in range(len(items_w)) if i not in doomed]
        drop_backwards(items_w, doomed)
        return
    i = index_of(space, w_index, len(items_w), 'list')
    if i < 0:
        raise space.error(space.w_IndexError, 'list assignment index out of range')
    del items_w[i]


def delitem_other(space, w_obj, w_index):
    if isinstance(w_obj, W_Dict):
        if w_obj.pop(w_index) is None:
            raise OperationError(space.new_exception(space.w_KeyError, [w_index]))
        if isinstance(w_obj, W_WriteThroughDict):
            w_obj.write_through(space, w_index, None)
        return
    if isinstance(w_obj, W_ByteArray):
        bytesobject.delitem(space, w_obj, w_index)
        return
    if isinstance(w_obj, W_MemoryView):
        memoryviewobject.delitem(space, w_obj)
        return
    if isinstance(w_obj, W_Instance):
        w_meth = space.lookup_special_or_none(w_obj, '__delitem__')
        if w_meth is not None:
            space.call_function(w_meth, [w_index])
            return
    raise space.error(space.w_TypeError, "'%s' object doesn't support item deletion"
                      % space.type(w_obj).name)


def contains(space, w_container, w_item):
    res = w_container.contains(space, w_item)
    if res >= 0:
        return res == 1
    if isinstance(w_container, W_Dict):
        return w_container.has_key(w_item)
    if isinstance(w_container, W_List):
        i = 0
        while True:                   # the list may change while comparing
            w_x = w_container.item_at(i)
            if w_x is None:
                return False
            if space.eq_w(w_x, w_item):
                return True
            i += 1
    if isinstance(w_container, W_Tuple):
        items_w = w_container.items_w
        i = 0
        while i < len(items_w):
            if space.eq_w(items_w[i], w_item):
                return True
            i += 1
        return False
    if isinstance(w_container, W_Str):
        w_item = w_item.builtin_value()         # an instance of a subclass of str
        if not isinstance(w_item, W_Str):
            raise space.error(space.w_TypeError, "'in <string>' requires string as left "
                              "operand, not %s" % space.type(w_item).name)
        return w_container.utf8().find(w_item.utf8()) >= 0
    if isinstance(w_container, W_Range):
        if isinstance(w_item, W_Int):
            return range_find(space, w_container, w_item) >= 0
    if isinstance(w_container, W_Instance) or isinstance(w_container, W_Type):
        w_meth = space.user_special(w_container, '__contains__')
        if w_meth is not None:
            return space.is_true(space.call_function(w_meth, [w_item]))
    try:
        w_iter = space.iter(w_container)
    except OperationError as e:
        if not space.exception_is(e.w_value, space.w_TypeError):
            raise
        raise space.error(space.w_TypeError, "argument of type '%s' is not iterable"
                          % space.type(w_container).name)
    while True:
        w_next = space.next(w_iter)
        if w_next is None:
            return False
        if space.eq_w(w_next, w_item):
            return True


def seq_binop(space, opnum, w_a, w_b):
    """+ and * of str, list and tuple, % formatting of str and | of dicts; None
    otherwise."""
    if isinstance(w_a, W_AbstractBytes) or isinstance(w_b, W_AbstractBytes):
        if opnum == op.OP_MOD and isinstance(w_a, W_AbstractBytes):
            return bytesobject.make_like(w_a, formatting.percent_format_bytes(
                space, w_a.as_str(), w_b))
        w_res = bytesobject.binop(space, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
    if opnum == op.OP_ADD:
        if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
            w_res = str_concat(w_a, w_b)
            if w_res is None:
                w_res = space.newstr(w_a.utf8() + w_b.utf8())
            return w_res
        if isinstance(w_a, W_List) and isinstance(w_b, W_List):
            if w_a is w_b:              # one snapshot: x + x is always twice one state
                items_w = w_a.items_to_read()
                return space.newlist(items_w + items_w)
            return space.newlist(w_a.items_to_read() + w_b.items_to_read())
        if isinstance(w_a, W_Tuple) and isinstance(w_b, W_Tuple):
            return space.newtuple(w_a.items_w + w_b.items_w)
        if isinstance(w_a, W_Str) or isinstance(w_a, W_List) or isinstance(w_a, W_Tuple):
            if not isinstance(w_b, W_Instance):
                raise space.binop_type_error(opnum, w_a, w_b, '')
        return None
    if opnum == op.OP_MUL:
        if isinstance(w_b, W_Int) and not isinstance(w_a, W_Int):
            return repeat(space, w_a, w_b.intval)
        if isinstance(w_a, W_Int) and not isinstance(w_b, W_Int):
            return repeat(space, w_b, w_a.intval)
        if is_sequence(w_a) and not isinstance(w_b, W_Instance):
            raise repeat_error(space, w_b)
        if is_sequence(w_b) and not isinstance(w_a, W_Instance):
            raise repeat_error(space, w_a)
        return None
    if opnum == op.OP_OR and isinstance(w_a, W_Dict) and isinstance(w_b, W_Dict):
        w_res = space.newdict()
        for w_key, w_value in w_a.pairs():
            w_res.data[w_key] = w_value
        for w_key, w_value in w_b.pairs():
            w_res.data[w_key] = w_value
        return w_res
    if opnum == op.OP_MOD and isinstance(w_a, W_Str):
        return space.newstr(formatting.percent_format(space, w_a.utf8(), w_b))
    return None


def is_sequence(w_obj):
    return isinstance(w_obj, W_Str) or isinstance(w_obj, W_List) or \
        isinstance(w_obj, W_Tuple)


def repeat_error(space, w_count):
    """The error of sequence * w_count for a w_count that is not a machine int."""
    if isinstance(w_count, W_Long):
        return space.error(space.w_OverflowError,
                           "cannot fit 'int' into an index-sized integer")
    return space.error(space.w_TypeError, "can't multiply sequence by non-int of type '%s'"
                       % space.type(w_count).name)


def repeat(space, w_seq, n):
    if n < 0:
        n = 0
    if isinstance(w_seq, W_Str):
        return space.newstr(w_seq.utf8() * n)
    if isinstance(w_seq, W_List):
        return space.newlist(w_seq.items_to_read() * n)
    if isinstance(w_seq, W_Tuple):
        return space.newtuple(w_seq.items_w * n)
    return None


def seq_compare(space, opnum, w_a, w_b):
    """1 true, 0 false, -1 not applicable: comparisons of str, list, tuple, dict."""
    if isinstance(w_a, W_AbstractBytes) and isinstance(w_b, W_AbstractBytes):
        return bytesobject.compare(space, opnum, w_a, w_b)
    if isinstance(w_a, W_Str) and isinstance(w_b, W_Str):
        a = w_a.utf8()
        b = w_b.utf8()
        if opnum == op.CMP_LT:
            return int(a < b)
        if opnum == op.CMP_LE:
            return int(a <= b)
        if opnum == op.CMP_EQ:
            return int(a == b)
        if opnum == op.CMP_NE:
            return int(a != b)
        if opnum == op.CMP_GT:
            return int(a > b)
        return int(a >= b)
    if (isinstance(w_a, W_List) and isinstance(w_b, W_List)) or \
            (isinstance(w_a, W_Tuple) and isinstance(w_b, W_Tuple)):
        # (one call deeper: deeply nested containers raise RecursionError, as CPython)
        ec = space.enter_nested(' in comparison')
        try:
            return items_compare(space, opnum, space.listview(w_a), space.listview(w_b))
        finally:
            ec.depth -= 1
    if isinstance(w_a, W_Dict) and isinstance(w_b, W_Dict):
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            ec = space.enter_nested(' in comparison')
            try:
                equal = dict_equal(space, w_a, w_b)
            finally:
                ec.depth -= 1
            if opnum == op.CMP_EQ:
                return int(equal)
            return int(not equal)
        return -1
    if isinstance(w_a, W_Range) and isinstance(w_b, W_Range):
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            same = (w_a.len == w_b.len and (w_a.len == 0 or (w_a.start == w_b.start and
                    (w_a.len == 1 or w_a.step == w_b.step))))
            return int(same == (opnum == op.CMP_EQ))
    return -1


def items_compare(space, opnum, a_w, b_w):
    n = min(len(a_w), len(b_w))
    for i in range(n):
        if not space.eq_w(a_w[i], b_w[i]):
            if opnum == op.CMP_EQ:
                return 0
            if opnum == op.CMP_NE:
                return 1
            return int(space.is_true(space.compare(opnum, a_w[i], b_w[i])))
    la = len(a_w)
    lb = len(b_w)
    if opnum == op.CMP_LT:
        return int(la < lb)
    if opnum == op.CMP_LE:
        return int(la <= lb)
    if opnum == op.CMP_EQ:
        return int(la == lb)
    if opnum == op.CMP_NE:
        return int(la != lb)
    if opnum == op.CMP_GT:
        return int(la > lb)
    return int(la >= lb)


def dict_equal(space, w_a, w_b):
    assert isinstance(w_a, W_Dict) and isinstance(w_b, W_Dict)
    if len(w_a.data) != len(w_b.data):
        return False
    for w_key, w_value in w_a.pairs():
        w_other = w_b.get(w_key, None)
        if w_other is None or not space.eq_w(w_value, w_other):
            return False
    return True


def str_getitem(space, w_str, w_index):
    """s[i] and s[i:j:k] by code point (an ASCII string's bytes are its code points)."""
    s = w_str.utf8()
    n = w_str.cp_length()
    ascii = n == len(s)
    if isinstance(w_index, W_Slice):
        start, stop, step, count = slice_indices(space, w_index, n)
        if step == 1:
            if not ascii:
                start = w_str.byte_offset(start)
                end = util.cp_skip(s, start, count)
            else:
                end = start + count
            assert start >= 0 and end >= 0
            return space.newstr(s[start:end])
        if ascii:
            chars = [s[start + k * step] for k in range(count)]
        else:
            points = code_points(s)
            chars = [points[start + k * step] for k in range(count)]
        return space.newstr(''.join(chars))
    i = index_of(space, w_index, n, 'string')
    if i < 0:
        raise space.error(space.w_IndexError, 'string index out of range')
    if ascii:
        return space.newstr(s[i])
    i = w_str.byte_offset(i)
    assert i >= 0
    end = util.cp_next(s, i)
    return space.newstr(s[i:end])
