# gclab's pickle module, written for gclab after CPython 3.11's interface: dumps/loads/
# dump/load, Pickler/Unpickler, PickleError/PicklingError/UnpicklingError,
# HIGHEST_PROTOCOL (5) and DEFAULT_PROTOCOL (4).  Protocols 2 to 5 are written (the
# default, 4, byte for byte as CPython writes it: framing, MEMOIZE, STACK_GLOBAL, the
# same opcode choices and batches of 1000); the unpickler reads the binary opcodes of
# protocols 1 to 5.
# Objects pickled: None, bool, int, float, complex, str, bytes, bytearray, tuple, list,
# dict, set, frozenset, range, slice, Ellipsis, NotImplemented, classes and functions (by
# module and qualified name; nested ones before protocol 4 as getattr(parent, name)),
# bound methods (getattr(self, name)), and instances through
# their __reduce_ex__/__reduce__ if they define one, else as CPython's object.__reduce_ex__
# does: the class, no arguments (or __getnewargs__'s) and the state (__getstate__'s, or
# the instance __dict__ when not empty).  Shared and recursive lists/dicts/instances are
# memoized like CPython's.
# A Pickler's dispatch_table attribute, else copyreg.dispatch_table once copyreg is
# imported, is consulted before __reduce_ex__.
# What differs: no protocol 0 or 1 writing, no persistent ids, no
# reducer_override, no out-of-band buffers (PickleBuffer), no text (protocol 0) opcodes
# when reading; a recursive tuple is not supported.

import struct
import sys

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
BININT = b'J'
BININT1 = b'K'
BININT2 = b'M'
NONE = b'N'
REDUCE = b'R'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
BINGET = b'h'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'

_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


def _encode_long(x):
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _getattribute(obj, name):
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError(name)
        obj = getattr(obj, part)
    return obj


class Pickler(object):
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise ValueError('gclab pickle writes protocols 2 to 5 only')
        self._file_write = file.write
        self.proto = protocol
        self.bin = True
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self._out = []          # the bytes written (outside of frames)
        self._frame = None
        self._frame_len = 0     # the bytes in self._frame (counted as they are added)
        self._write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._frame = []
        self.save(obj)
        self.write(STOP)
        self._commit_frame(True)
        self._file_write(b''.join(self._out))

    # --- framing ------------------------------------------------------------
    def _write(self, data):
        self._out.append(data)

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._out.append(data)

    def _commit_frame(self, force=False):
        if self._frame is None:
            return
        size = self._frame_len
        if size >= _FRAME_SIZE_TARGET or (force and size):
            data = b''.join(self._frame)
            if size >= 4:
                self._out.append(FRAME + struct.pack('<Q', size))
            self._out.append(data)
            self._frame = []
            self._frame_len = 0

    def _write_large(self, header, payload):
        if self._frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            # a large payload goes outside the frames, as CPython writes it
            self._frame.append(header)
            self._frame_len += len(header)
            self._commit_frame(True)
            self._out.append(payload)
        else:
            self.write(header + payload)

    # --- memo ---------------------------------------------------------------
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + bytes([idx]))
        else:
            self.write(LONG_BINPUT + struct.pack('<I', idx))
        self.memo[id(obj)] = idx, obj

    def get(self, idx):
        if idx < 256:
            return BINGET + bytes([idx])
        return LONG_BINGET + struct.pack('<I', idx)

    # --- saving -------------------------------------------------------------
    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.write(BINFLOAT + struct.pack('>d', obj))
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        method = _DISPATCH.get(t)
        if method is not None:
            method(self, obj)
            return
        if isinstance(obj, type):
            self.save_global(obj)
            return
        table = getattr(self, 'dispatch_table', None)
        if table is None and 'copyreg' in sys.modules:
            table = sys.modules['copyreg'].dispatch_table
        reduce_ex = getattr(t, '__reduce_ex__', None)
        builtin_reduce = _BUILTIN_REDUCE.get(t.__name__)
        if table is not None and table.get(t) is not None:
            rv = table[t](obj)
        elif builtin_reduce is not None and t.__module__ == 'builtins':
            rv = builtin_reduce(obj)
        elif reduce_ex is not None and reduce_ex is not getattr(object, '__reduce_ex__', None):
            rv = obj.__reduce_ex__(self.proto)
        elif getattr(t, '__reduce__', None) is not None and \
                getattr(t, '__reduce__') is not getattr(object, '__reduce__', None):
            rv = obj.__reduce__()
        elif _is_global_like(obj):
            self.save_global(obj)
            return
        else:
            rv = _default_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('Tuple returned by %s must have two to six elements'
                                % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
                return
            if obj <= 0xffff:
                self.write(BININT2 + struct.pack('<H', obj))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + struct.pack('<i', obj))
            return
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + bytes([n]) + encoded)
        else:
            self.write(LONG4 + struct.pack('<i', n) + encoded)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + struct.pack('<Q', n), obj)
        else:
            self._write_large(BINBYTES + struct.pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + struct.pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        encoded = obj.encode('utf-8')
        n = len(encoded)
        if n <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINUNICODE8 + struct.pack('<Q', n), encoded)
        else:
            self._write_large(BINUNICODE + struct.pack('<I', n), encoded)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        if n <= 3:
            for element in obj:
                self.save(element)
            if id(obj) in self.memo:
                self.write(POP * n + self.get(self.memo[id(obj)][0]))
                return
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
            self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            self.save(element)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(MARK)
                for x in batch:
                    self.save(x)
                self.write(APPENDS)
            elif n:
                self.save(batch[0])
                self.write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        while True:
            batch = []
            for kv in items:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                self.write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self.write(SETITEMS)
            elif n:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self.write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = getattr(obj, '__module__', None)
        if module_name is None:
            module_name = _which_module(obj, name)
        try:
            if obj is _codecs_encode:       # stands for CPython's _codecs.encode
                obj2 = obj
            else:
                __import__(module_name)
                module = sys.modules[module_name]
                obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif '.' in name:
            # a nested name before protocol 4: getattr(its parent, its last name)
            parent_name, _, last = name.rpartition('.')
            self.save_reduce(getattr, (_getattribute(module, parent_name), last))
        else:
            if module_name == 'builtins' and self.proto < 3:
                module_name = '__builtin__'     # fix_imports: Python 2's name
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' +
                       name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        func_name = getattr(func, '__name__', '')
        if func_name == '__newobj_ex__':
            cls, args, kwargs = args
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            self.write(NEWOBJ_EX)
        elif func_name == '__newobj__':
            cls = args[0]
            self.save(cls)
            self.save(tuple(args[1:]))
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                self.write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2)
                self.write(REDUCE)
                self.write(POP)


def _which_module(obj, name):
    """The module where obj is found under name: builtins first, then the imported
    modules, else __main__."""
    for module_name in ['builtins'] + list(sys.modules):
        module = sys.modules.get(module_name)
        if module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_codecs_encode.__module__ = '_codecs'
_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _is_global_like(obj):
    return type(obj).__name__ in ('function', 'builtin_function_or_method')


def _reduce_method(obj):
    """A bound method (or a builtin bound to its object, [].append): getattr(self,
    name) -- a builtin function of a module is pickled by name."""
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner).__name__ == 'module':
        return obj.__qualname__
    return (getattr, (owner, obj.__name__))


# How the builtin types without a __reduce__ of their own in gclab are pickled, by type
# name: as CPython's own reductions do.
_BUILTIN_REDUCE = {
    'complex': lambda c: (complex, (c.real, c.imag)),
    'range': lambda r: (range, (r.start, r.stop, r.step)),
    'slice': lambda s: (slice, (s.start, s.stop, s.step)),
    'ellipsis': lambda e: 'Ellipsis',
    'NotImplementedType': lambda e: 'NotImplemented',
    'method': _reduce_method,
    'builtin_function_or_method': _reduce_method,
}


def _default_reduce(obj, proto):
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if kwargs:
            state = _state_of(obj)
            return (__newobj_ex__, (cls, tuple(args), kwargs), state)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = tuple(getnewargs()) if getnewargs is not None else ()
    if isinstance(obj, BaseException):
        return (cls, obj.args, _state_of(obj))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (__newobj__, (cls,) + tuple(args), _state_of(obj), listitems, dictitems)


def _state_of(obj):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and getattr(type(obj), '__getstate__', None) is not \
            getattr(object, '__getstate__', None):
        return getstate()
    d = getattr(obj, '__dict__', None)
    slots = {}
    for klass in type(obj).__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            if hasattr(obj, name):
                slots[name] = getattr(obj, name)
    if slots:
        return (d if d else None, slots)
    return d if d else None


_DISPATCH = {
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
}


class Unpickler(object):
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._file = file
        self.memo = {}

    def find_class(self, module, name):
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        if module == 'copyreg' and name == '_reconstructor':
            return _reconstructor
        if module == '__builtin__':
            module = 'builtins'
        __import__(module)
        return _getattribute(sys.modules[module], name)

    def load(self):
        try:
            start = self._file.tell()
        except (AttributeError, OSError, ValueError):
            start = None
        data = self._file.read()
        if not isinstance(data, bytes):
            data = bytes(data)
        self._data = data
        self._pos = 0
        self._stack = []
        self._marks = []
        try:
            while True:
                if self._pos >= len(data):
                    raise EOFError('Ran out of input')
                op = data[self._pos]
                self._pos += 1
                handler = _LOADERS.get(op)
                if handler is None:
                    raise UnpicklingError('invalid load key, %r.' % chr(op))
                handler(self)
        except _Stop as stop:
            if start is not None and self._pos < len(data):
                self._file.seek(start + self._pos)    # the next pickle of the file
            return stop.value

    def _read(self, n):
        if self._pos + n > len(self._data):
            raise UnpicklingError('pickle data was truncated')
        chunk = self._data[self._pos:self._pos + n]
        self._pos += n
        return chunk

    def _pop_mark(self):
        items = self._stack
        self._stack = self._marks.pop()
        return items


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _op(code):
    def deco(f):
        _LOADERS[code[0]] = f
        return f
    return deco


_LOADERS = {}


@_op(PROTO)
def _load_proto(self):
    proto = self._read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % proto)


@_op(FRAME)
def _load_frame(self):
    self._read(8)


@_op(STOP)
def _load_stop(self):
    raise _Stop(self._stack.pop())


@_op(MARK)
def _load_mark(self):
    self._marks.append(self._stack)
    self._stack = []


@_op(POP)
def _load_pop(self):
    if self._stack:
        self._stack.pop()
    else:
        self._pop_mark()


@_op(POP_MARK)
def _load_pop_mark(self):
    self._pop_mark()


@_op(DUP)
def _load_dup(self):
    self._stack.append(self._stack[-1])


@_op(NONE)
def _load_none(self):
    self._stack.append(None)


@_op(NEWTRUE)
def _load_true(self):
    self._stack.append(True)


@_op(NEWFALSE)
def _load_false(self):
    self._stack.append(False)


@_op(BININT)
def _load_binint(self):
    self._stack.append(struct.unpack('<i', self._read(4))[0])


@_op(BININT1)
def _load_binint1(self):
    self._stack.append(self._read(1)[0])


@_op(BININT2)
def _load_binint2(self):
    self._stack.append(struct.unpack('<H', self._read(2))[0])


@_op(LONG1)
def _load_long1(self):
    n = self._read(1)[0]
    self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))


@_op(LONG4)
def _load_long4(self):
    n = struct.unpack('<i', self._read(4))[0]
    if n < 0:
        raise UnpicklingError('LONG pickle has negative byte count')
    self._stack.append(int.from_bytes(self._read(n), 'little', signed=True))


@_op(BINFLOAT)
def _load_binfloat(self):
    self._stack.append(struct.unpack('>d', self._read(8))[0])


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(self):
    n = self._read(1)[0]
    self._stack.append(self._read(n).decode('utf-8'))


@_op(BINUNICODE)
def _load_binunicode(self):
    n = struct.unpack('<I', self._read(4))[0]
    self._stack.append(self._read(n).decode('utf-8'))


@_op(BINUNICODE8)
def _load_binunicode8(self):
    n = struct.unpack('<Q', self._read(8))[0]
    self._stack.append(self._read(n).decode('utf-8'))


@_op(SHORT_BINSTRING)
def _load_short_binstring(self):
    n = self._read(1)[0]
    self._stack.append(self._read(n).decode('ascii'))


@_op(BINSTRING)
def _load_binstring(self):
    n = struct.unpack('<i', self._read(4))[0]
    self._stack.append(self._read(n).decode('ascii'))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(self):
    n = self._read(1)[0]
    self._stack.append(self._read(n))


@_op(BINBYTES)
def _load_binbytes(self):
    n = struct.unpack('<I', self._read(4))[0]
    self._stack.append(self._read(n))


@_op(BINBYTES8)
def _load_binbytes8(self):
    n = struct.unpack('<Q', self._read(8))[0]
    self._stack.append(self._read(n))


@_op(BYTEARRAY8)
def _load_bytearray8(self):
    n = struct.unpack('<Q', self._read(8))[0]
    self._stack.append(bytearray(self._read(n)))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(self):
    self._stack.append(())


@_op(TUPLE)
def _load_tuple(self):
    items = self._pop_mark()
    self._stack.append(tuple(items))


@_op(TUPLE1)
def _load_tuple1(self):
    self._stack[-1] = (self._stack[-1],)


@_op(TUPLE2)
def _load_tuple2(self):
    self._stack[-2:] = [(self._stack[-2], self._stack[-1])]


@_op(TUPLE3)
def _load_tuple3(self):
    self._stack[-3:] = [(self._stack[-3], self._stack[-2], self._stack[-1])]


@_op(EMPTY_LIST)
def _load_empty_list(self):
    self._stack.append([])


@_op(LIST)
def _load_list(self):
    items = self._pop_mark()
    self._stack.append(items)


@_op(APPEND)
def _load_append(self):
    value = self._stack.pop()
    self._stack[-1].append(value)


@_op(APPENDS)
def _load_appends(self):
    items = self._pop_mark()
    target = self._stack[-1]
    if isinstance(target, list):
        target.extend(items)
    else:
        for item in items:
            target.append(item)


@_op(EMPTY_DICT)
def _load_empty_dict(self):
    self._stack.append({})


@_op(DICT)
def _load_dict(self):
    items = self._pop_mark()
    self._stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(SETITEM)
def _load_setitem(self):
    value = self._stack.pop()
    key = self._stack.pop()
    self._stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(self):
    items = self._pop_mark()
    target = self._stack[-1]
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


@_op(EMPTY_SET)
def _load_empty_set(self):
    self._stack.append(set())


@_op(ADDITEMS)
def _load_additems(self):
    items = self._pop_mark()
    target = self._stack[-1]
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


@_op(FROZENSET)
def _load_frozenset(self):
    items = self._pop_mark()
    self._stack.append(frozenset(items))


def _memo_put(self, idx):
    self.memo[idx] = self._stack[-1]


@_op(MEMOIZE)
def _load_memoize(self):
    _memo_put(self, len(self.memo))


@_op(BINPUT)
def _load_binput(self):
    _memo_put(self, self._read(1)[0])


@_op(LONG_BINPUT)
def _load_long_binput(self):
    _memo_put(self, struct.unpack('<I', self._read(4))[0])


def _memo_get(self, idx):
    try:
        self._stack.append(self.memo[idx])
    except KeyError:
        raise UnpicklingError('Memo value not found at index %d' % idx) from None


@_op(BINGET)
def _load_binget(self):
    _memo_get(self, self._read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(self):
    _memo_get(self, struct.unpack('<I', self._read(4))[0])


@_op(GLOBAL)
def _load_global(self):
    end = self._data.index(b'\n', self._pos)
    module = self._data[self._pos:end].decode('utf-8')
    end2 = self._data.index(b'\n', end + 1)
    name = self._data[end + 1:end2].decode('utf-8')
    self._pos = end2 + 1
    self._stack.append(self.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(self):
    name = self._stack.pop()
    module = self._stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError('STACK_GLOBAL requires str')
    self._stack.append(self.find_class(module, name))


@_op(REDUCE)
def _load_reduce(self):
    args = self._stack.pop()
    func = self._stack[-1]
    self._stack[-1] = func(*args)


@_op(NEWOBJ)
def _load_newobj(self):
    args = self._stack.pop()
    cls = self._stack.pop()
    self._stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(self):
    kwargs = self._stack.pop()
    args = self._stack.pop()
    cls = self._stack.pop()
    self._stack.append(cls.__new__(cls, *args, **kwargs))


@_op(BUILD)
def _load_build(self):
    state = self._stack.pop()
    inst = self._stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                k = sys.intern(k)
            inst_dict[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


class _BytesReader(object):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        return self.data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    chunks = []

    class _Sink(object):
        write = staticmethod(chunks.append)

    Pickler(_Sink(), protocol).dump(obj)
    return b''.join(chunks)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file).load()


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesReader(bytes(data))).load()


# the names of CPython's pure-Python implementation (pickle._Pickler...), which some
# programs use directly: here they are the same classes and functions
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
