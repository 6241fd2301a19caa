"""Frames and the dispatch loop (RPython).

One loop over (opcode, arg) pairs; a preallocated value stack with an index, popped
slots cleared.  Guest exceptions travel as OperationError and are caught in one place,
execute(), which unwinds the block stack to a handler or lets the error leave the frame.
"""

from rpython.rlib import rstackovf
from rpython.rlib.rarithmetic import ovfcheck

from gclab.gc import stats
from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.interp.pycode import PyCode
from gclab.objspace.objects import W_Int, W_Cell, W_Tuple, W_List
from gclab.objspace.function import W_Function, Arguments
from gclab.objspace.numbers import int_compare

BLOCK_FINALLY = 0           # SETUP_FINALLY: on an exception jump to handler
BLOCK_EXCEPT_HANDLER = 1    # inside a handler: stack[level] holds the previous exception


class Block(object):
    _attrs_ = _immutable_fields_ = ['kind', 'handler', 'level', 'prev']

    def __init__(self, kind, handler, level, prev):
        self.kind = kind
        self.handler = handler
        self.level = level
        self.prev = prev


def takes_exactly(w_func, nargs):
    """Whether w_func's parameters are exactly nargs positional ones (no defaults
    needed, no *args, **kwargs or keyword-only parameters)."""
    code = w_func.code
    return code.argcount == nargs and code.flags == 0 and code.kwonlyargcount == 0


def make_cells(code, closure_w):
    """A frame's cells: new ones for its cellvars, then the closure's."""
    ncells = len(code.cellvars)
    cells_w = [None] * (ncells + len(code.freevars))
    for i in range(ncells):
        cells_w[i] = W_Cell(None)
    if closure_w is not None:
        for i in range(len(closure_w)):
            cells_w[ncells + i] = closure_w[i]
    return cells_w


class Frame(object):
    _attrs_ = ['space', 'code', 'w_module', 'stack_w', 'sp', 'locals_w', 'cells_w',
               'block', 'w_handled', 'pc', 'class_ns']

    def __init__(self, space, code, w_module, closure_w):
        self.space = space
        self.code = code
        self.w_module = w_module
        # one array: the fast locals, then the value stack (one allocation per call)
        nlocals = len(code.varnames)
        values_w = [None] * (nlocals + code.max_stack)
        self.locals_w = values_w
        self.stack_w = values_w
        self.sp = nlocals
        if len(code.cellvars) or closure_w is not None:
            self.cells_w = make_cells(code, closure_w)
        else:
            self.cells_w = None
        self.block = None
        self.w_handled = None
        self.pc = 0
        self.class_ns = None

    # --- the value stack --------------------------------------------------------------
    def push(self, w_value):
        sp = self.sp
        self.stack_w[sp] = w_value
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0      # keeps self.sp non-negative for RPython: no index checks
        w_value = self.stack_w[sp]
        self.stack_w[sp] = None
        self.sp = sp
        return w_value

    def top(self):
        return self.stack_w[self.sp - 1]

    def peek(self, n):
        """The value n slots below the top (0 is the top)."""
        return self.stack_w[self.sp - 1 - n]

    def settop(self, w_value):
        self.stack_w[self.sp - 1] = w_value

    def popn(self, n):
        """Pop n values; returns them in push order."""
        values_w = [None] * n
        for i in range(n - 1, -1, -1):
            values_w[i] = self.pop()
        return values_w

    def drop_to(self, level):
        while self.sp > level:
            self.pop()

    def init_cells_from_args(self):
        code = self.code
        for i in range(len(code.cellvars)):
            index = code.cell_args[i]
            if index >= 0:
                cell = self.cells_w[i]
                assert isinstance(cell, W_Cell)
                cell.w_value = self.locals_w[index]

    def lineno(self):
        return self.code.line_at(self.pc)

    # --- execution --------------------------------------------------------------------
    def execute(self):
        return self.dispatch(0)

    def handle_operation_error(self, operr):
        """Find the handler for operr in this frame: its pc, or re-raise."""
        space = self.space
        operr.record(self, self.lineno())
        space.set_context(operr.w_value, self.w_handled)
        block = self.block
        while block is not None:
            self.block = block.prev
            if block.kind == BLOCK_EXCEPT_HANDLER:
                w_prev = self.stack_w[block.level]
                if w_prev is space.w_None:
                    w_prev = None
                self.w_handled = w_prev
                space.leave_handler()
                self.drop_to(block.level)
            else:
                self.drop_to(block.level)
                w_exc = operr.w_value
                space.attach_traceback(w_exc, operr)
                w_prev = self.w_handled
                if w_prev is None:
                    w_prev = space.w_None
                self.block = Block(BLOCK_EXCEPT_HANDLER, 0, self.sp, self.block)
                self.push(w_prev)
                self.push(w_exc)
                self.w_handled = w_exc
                space.enter_handler(w_exc)
                return block.handler
            block = self.block
        stats.add(stats.FRAMES_UNWOUND, 1)
        raise operr

    def dispatch(self, pc):
        """The loop: one instruction per iteration; a guest exception raised by one
        goes to handle_operation_error(), which finds its handler or re-raises it."""
        assert pc >= 0      # for RPython: so are all pcs, which index code unchecked
        space = self.space
        code = self.code.code
        while True:
            try:
                self.pc = pc
                opcode = code[pc]
                arg = code[pc + 1]
                pc += 2

                if opcode == op.LOAD_FAST:
                    w_value = self.locals_w[arg]
                    if w_value is None:
                        self.unbound_local(arg)
                    self.push(w_value)
                elif opcode == op.LOAD_CONST:
                    self.push(self.code.consts_w[arg])
                elif opcode == op.STORE_FAST:
                    self.locals_w[arg] = self.pop()
                elif opcode == op.POP_TOP:
                    self.pop()
                elif opcode == op.BINARY_OP:
                    w_right = self.pop()
                    w_left = self.pop()
                    w_result = None
                    if arg <= op.OP_SUB and isinstance(w_left, W_Int) and \
                            isinstance(w_right, W_Int):
                        # the fast path of int + and -: no call unless it overflows
                        x = w_left.intval
                        y = w_right.intval
                        try:
                            if arg == op.OP_ADD:
                                w_result = space.newint(ovfcheck(x + y))
                            else:
                                w_result = space.newint(ovfcheck(x - y))
                        except OverflowError:
                            pass
                    if w_result is None:
                        w_result = space.binop(arg, w_left, w_right)
                    self.push(w_result)
                elif opcode == op.COMPARE_OP:
                    w_right = self.pop()
                    w_left = self.pop()
                    if arg <= op.CMP_GE and isinstance(w_left, W_Int) and \
                            isinstance(w_right, W_Int):
                        # the fast path of int comparisons; followed by POP_JUMP_IF_FALSE
                        # (an if or a while), the bool is never made
                        result = int_compare(arg, w_left.intval, w_right.intval)
                        if code[pc] == op.POP_JUMP_IF_FALSE:
                            if result:
                                pc += 2
                            else:
                                pc = code[pc + 1]
                        else:
                            self.push(space.newbool(result))
                    else:
                        self.push(space.compare(arg, w_left, w_right))
                elif opcode == op.POP_JUMP_IF_FALSE:
                    if not space.is_true(self.pop()):
                        pc = arg
                elif opcode == op.POP_JUMP_IF_TRUE:
                    if space.is_true(self.pop()):
                        pc = arg
                elif opcode == op.JUMP:
                    if arg < pc:
                        space.tick()
                    pc = arg
                elif opcode == op.LOAD_GLOBAL:
                    self.push(self.load_global_cached(arg))
                elif opcode == op.CALL_FUNCTION:
                    self.call_function(arg)
                elif opcode == op.RETURN_VALUE:
                    return self.pop()
                elif opcode == op.LOAD_METHOD:
                    self.load_method(arg)
                elif opcode == op.CALL_METHOD:
                    self.call_method(arg)
                elif opcode == op.INPLACE_OP:
                    w_right = self.pop()
                    w_left = self.pop()
                    self.push(space.inplace_binop(arg, w_left, w_right))
                elif opcode == op.UNARY_OP:
                    self.settop(space.unaryop(arg, self.top()))
                elif opcode == op.FOR_ITER:
                    w_next = space.next(self.top())
                    if w_next is None:
                        self.pop()
                        pc = arg
                    else:
                        self.push(w_next)
                elif opcode == op.GET_ITER:
                    self.settop(space.iter(self.top()))
                elif opcode == op.LOAD_ATTR:
                    self.settop(space.load_attr(self.top(), self.code.names[arg],
                                                self.code.attr_caches[arg]))
                elif opcode == op.STORE_ATTR:
                    w_obj = self.pop()
                    w_value = self.pop()
                    space.store_attr(w_obj, self.code.names[arg], w_value,
                                     self.code.attr_caches[arg])
                elif opcode == op.DELETE_ATTR:
                    space.delattr(self.pop(), self.code.names[arg])
                elif opcode == op.BINARY_SUBSCR:
                    w_index = self.pop()
                    w_obj = self.pop()
                    self.push(space.getitem(w_obj, w_index))
                elif opcode == op.STORE_SUBSCR:
                    w_index = self.pop()
                    w_obj = self.pop()
                    w_value = self.pop()
                    space.setitem(w_obj, w_index, w_value)
                elif opcode == op.DELETE_SUBSCR:
                    w_index = self.pop()
                    w_obj = self.pop()
                    space.delitem(w_obj, w_index)
                elif opcode == op.STORE_GLOBAL:
                    self.w_module.dict_w[self.code.names[arg]] = self.pop()
                    self.w_module.changed()
                elif opcode == op.DELETE_GLOBAL:
                    name = self.code.names[arg]
                    if name not in self.w_module.dict_w:
                        raise space.error(space.w_NameError, "name '%s' is not defined" % name)
                    del self.w_module.dict_w[name]
                    self.w_module.changed()
                elif opcode == op.LOAD_NAME:
                    self.push(self.load_name(self.code.names[arg]))
                elif opcode == op.STORE_NAME:
                    self.class_ns[self.code.names[arg]] = self.pop()
                    self.w_module.changed()     # class_ns is the module's dict at top level
                elif opcode == op.DELETE_NAME:
                    name = self.code.names[arg]
                    if name not in self.class_ns:
                        raise space.error(space.w_NameError, "name '%s' is not defined" % name)
                    del self.class_ns[name]
                    self.w_module.changed()
                elif opcode == op.DELETE_FAST:
                    if self.locals_w[arg] is None:
                        self.unbound_local(arg)
                    self.locals_w[arg] = None
                elif opcode == op.LOAD_DEREF or opcode == op.LOAD_CLASSDEREF:
                    if opcode == op.LOAD_CLASSDEREF:
                        name = self.deref_name(arg)
                        if name in self.class_ns:
                            self.push(self.class_ns[name])
                            continue
                    cell = self.cells_w[arg]
                    assert isinstance(cell, W_Cell)
                    if cell.w_value is None:
                        self.unbound_deref(arg)
                    self.push(cell.w_value)
                elif opcode == op.STORE_DEREF:
                    cell = self.cells_w[arg]
                    assert isinstance(cell, W_Cell)
                    cell.w_value = self.pop()
                elif opcode == op.DELETE_DEREF:
                    cell = self.cells_w[arg]
                    assert isinstance(cell, W_Cell)
                    if cell.w_value is None:
                        self.unbound_deref(arg)
                    cell.w_value = None
                elif opcode == op.LOAD_CLOSURE:
                    self.push(self.cells_w[arg])
                elif opcode == op.DUP_TOP:
                    self.push(self.top())
                elif opcode == op.DUP_TOP_TWO:
                    w_1 = self.peek(1)
                    w_0 = self.peek(0)
                    self.push(w_1)
                    self.push(w_0)
                elif opcode == op.ROT_TWO:
                    w_0 = self.pop()
                    w_1 = self.pop()
                    self.push(w_0)
                    self.push(w_1)
                elif opcode == op.ROT_THREE:
                    w_0 = self.pop()
                    w_1 = self.pop()
                    w_2 = self.pop()
                    self.push(w_0)
                    self.push(w_2)
                    self.push(w_1)
                elif opcode == op.ROT_FOUR:
                    w_0 = self.pop()
                    w_1 = self.pop()
                    w_2 = self.pop()
                    w_3 = self.pop()
                    self.push(w_0)
                    self.push(w_3)
                    self.push(w_2)
                    self.push(w_1)
                elif opcode == op.JUMP_IF_FALSE_OR_POP:
                    if not space.is_true(self.top()):
                        pc = arg
                    else:
                        self.pop()
                elif opcode == op.JUMP_IF_TRUE_OR_POP:
                    if space.is_true(self.top()):
                        pc = arg
                    else:
                        self.pop()
                elif opcode == op.BUILD_TUPLE:
                    self.push(space.newtuple(self.popn(arg)))
                elif opcode == op.BUILD_LIST:
                    self.push(space.newlist(self.popn(arg)))
                elif opcode == op.BUILD_MAP:
                    items_w = self.popn(2 * arg)
                    w_dict = space.newdict()
                    for i in range(arg):
                        space.setitem(w_dict, items_w[2 * i], items_w[2 * i + 1])
                    self.push(w_dict)
                elif opcode == op.BUILD_SET:
                    raise space.error(space.w_NameError, 'sets are not supported by gclab')
                elif opcode == op.BUILD_SLICE:
                    w_step = space.w_None
                    if arg == 3:
                        w_step = self.pop()
                    w_stop = self.pop()
                    w_start = self.pop()
                    self.push(space.newslice(w_start, w_stop, w_step))
                elif opcode == op.BUILD_STRING:
                    parts_w = self.popn(arg)
                    self.push(space.newstr(''.join([space.str_w(w) for w in parts_w])))
                elif opcode == op.FORMAT_VALUE:
                    w_spec = None
                    if arg & 4:
                        w_spec = self.pop()
                    self.settop(space.format_value(self.top(), arg & 3, w_spec))
                elif opcode == op.LIST_APPEND:
                    w_value = self.pop()
                    space.list_append(self.peek(arg - 1), w_value)
                elif opcode == op.MAP_ADD:
                    w_value = self.pop()
                    w_key = self.pop()
                    space.setitem(self.peek(arg - 1), w_key, w_value)
                elif opcode == op.SET_ADD:
                    raise space.error(space.w_NameError, 'sets are not supported by gclab')
                elif opcode == op.LIST_EXTEND:
                    w_iterable = self.pop()
                    space.list_extend(self.peek(arg - 1), w_iterable)
                elif opcode == op.DICT_UPDATE:
                    w_other = self.pop()
                    space.dict_update(self.peek(arg - 1), w_other)
                elif opcode == op.LIST_TO_TUPLE:
                    w_list = self.top()
                    assert isinstance(w_list, W_List)
                    self.settop(space.newtuple(w_list.items_w[:]))
                elif opcode == op.UNPACK_SEQUENCE:
                    items_w = space.unpack(self.pop(), arg)
                    for i in range(arg - 1, -1, -1):
                        self.push(items_w[i])
                elif opcode == op.UNPACK_EX:
                    self.unpack_ex(arg)
                elif opcode == op.CALL_FUNCTION_KW:
                    self.call_function_kw(arg)
                elif opcode == op.CALL_FUNCTION_EX:
                    w_kwargs = None
                    if arg & 1:
                        w_kwargs = self.pop()
                    w_args = self.pop()
                    w_func = self.pop()
                    self.push(space.call_ex(w_func, w_args, w_kwargs))
                elif opcode == op.MAKE_FUNCTION:
                    self.make_function(arg)
                elif opcode == op.LOAD_BUILD_CLASS:
                    self.push(space.w_build_class)
                elif opcode == op.IMPORT_NAME:
                    self.push(space.import_module(self.code.names[arg]))
                elif opcode == op.IMPORT_FROM:
                    self.push(space.import_from(self.top(), self.code.names[arg]))
                elif opcode == op.RAISE_VARARGS:
                    self.raise_varargs(arg)
                elif opcode == op.SETUP_FINALLY:
                    self.block = Block(BLOCK_FINALLY, arg, self.sp, self.block)
                elif opcode == op.POP_BLOCK:
                    self.block = self.block.prev
                elif opcode == op.POP_EXCEPT:
                    block = self.block
                    assert block.kind == BLOCK_EXCEPT_HANDLER
                    self.block = block.prev
                    w_prev = self.pop()
                    if w_prev is space.w_None:
                        w_prev = None
                    self.w_handled = w_prev
                    space.leave_handler()
                elif opcode == op.RERAISE:
                    w_exc = self.pop()
                    raise space.reraise(w_exc)
                elif opcode == op.JUMP_IF_NOT_EXC_MATCH:
                    w_type = self.pop()
                    w_exc = self.pop()
                    if not space.exception_match(w_exc, w_type):
                        pc = arg
                elif opcode == op.SETUP_WITH:
                    w_mgr = self.pop()
                    w_exit = space.lookup_special(w_mgr, '__exit__', '__enter__')
                    w_enter = space.lookup_special(w_mgr, '__enter__', '__enter__')
                    self.push(w_exit)
                    w_result = space.call_function(w_enter, [])
                    self.block = Block(BLOCK_FINALLY, arg, self.sp, self.block)
                    self.push(w_result)
                elif opcode == op.WITH_EXIT:
                    w_exit = self.pop()
                    space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
                elif opcode == op.WITH_EXCEPT:
                    w_exc = self.peek(0)
                    w_exit = self.peek(2)
                    w_res = space.call_function(w_exit, [space.type(w_exc), w_exc, space.w_None])
                    self.push(w_res)
                elif opcode == op.LOAD_ASSERTION_ERROR:
                    self.push(space.w_AssertionError)
                elif opcode == op.NOP:
                    pass
                else:
                    raise space.error(space.w_SystemError, 'unknown opcode %d' % opcode)
            except OperationError as operr:
                pc = self.handle_operation_error(operr)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                pc = self.handle_operation_error(space.error(
                    space.w_RecursionError, 'maximum recursion depth exceeded'))
            except MemoryError:
                pc = self.handle_operation_error(space.memory_error())

    # --- helpers of the loop ----------------------------------------------------------
    def unbound_local(self, index):
        space = self.space
        raise space.error(space.w_UnboundLocalError,
                          "cannot access local variable '%s' where it is not associated "
                          "with a value" % self.code.varnames[index])

    def deref_name(self, index):
        code = self.code
        if index < len(code.cellvars):
            return code.cellvars[index]
        return code.freevars[index - len(code.cellvars)]

    def unbound_deref(self, index):
        space = self.space
        name = self.deref_name(index)
        if index < len(self.code.cellvars):
            raise space.error(space.w_UnboundLocalError,
                              "cannot access local variable '%s' where it is not associated "
                              "with a value" % name)
        raise space.error(space.w_NameError,
                          "cannot access free variable '%s' where it is not associated with "
                          "a value in enclosing scope" % name)

    def load_global_cached(self, index):
        """LOAD_GLOBAL through the code object's cache: a hit costs two array reads
        while the module keeps the version it had when the entry was filled."""
        code = self.code
        version = self.w_module.version
        if code.global_versions[index] == version:
            return code.global_cache_w[index]
        w_value = self.load_global(code.names[index])
        code.global_cache_w[index] = w_value
        code.global_versions[index] = version
        if not code.global_cache_used:
            code.global_cache_used = True
            self.w_module.add_cache_user(code)
        return w_value

    def load_global(self, name):
        w_value = self.w_module.dict_w.get(name, None)
        if w_value is None:
            w_value = self.space.builtins_w.get(name, None)
            if w_value is None:
                space = self.space
                raise space.error(space.w_NameError, "name '%s' is not defined" % name)
        return w_value

    def load_name(self, name):
        ns = self.class_ns
        if ns is not None:
            w_value = ns.get(name, None)
            if w_value is not None:
                return w_value
        return self.load_global(name)

    def call_function(self, nargs):
        space = self.space
        w_func = self.peek(nargs)
        if isinstance(w_func, W_Function) and takes_exactly(w_func, nargs):
            self.push(self.call_from_stack(w_func, nargs, 1))
            return
        args_w = self.popn(nargs)
        self.pop()
        self.push(space.call(w_func, Arguments(args_w)))

    def call_from_stack(self, w_func, nargs, below):
        """The fast path of calls: the top nargs values are exactly w_func's positional
        parameters; they go straight into the new frame's locals, then the `below`
        slots under them are popped too."""
        code = w_func.code
        frame = Frame(self.space, code, w_func.w_globals, w_func.closure_w)
        locals_w = frame.locals_w
        for i in range(nargs - 1, -1, -1):
            locals_w[i] = self.pop()
        for i in range(below):
            self.pop()
        if code.cellvars:
            frame.init_cells_from_args()
        return self.space.run_frame(frame)

    def call_function_kw(self, n):
        space = self.space
        w_names = self.pop()
        assert isinstance(w_names, W_Tuple)
        nkw = len(w_names.items_w)
        values_w = self.popn(n)
        w_func = self.pop()
        npos = n - nkw
        assert npos >= 0
        kw_names = [space.str_w(w) for w in w_names.items_w]
        args = Arguments(values_w[:npos], kw_names, values_w[npos:])
        self.push(space.call(w_func, args))

    def load_method(self, index):
        space = self.space
        name = self.code.names[index]
        w_obj = self.pop()
        w_func = space.lookup_method_cached(w_obj, name, self.code.attr_caches[index])
        if w_func is not None:
            self.push(w_func)
            self.push(w_obj)
        else:
            self.push(None)
            self.push(space.getattr(w_obj, name))

    def call_method(self, nargs):
        space = self.space
        w_meth = self.peek(nargs + 1)
        if isinstance(w_meth, W_Function) and takes_exactly(w_meth, nargs + 1):
            self.push(self.call_from_stack(w_meth, nargs + 1, 1))
            return
        if w_meth is None:
            args_w = self.popn(nargs)
            w_func = self.pop()
            self.pop()
            self.push(space.call(w_func, Arguments(args_w)))
        else:
            args_w = self.popn(nargs + 1)
            self.pop()
            self.push(space.call(w_meth, Arguments(args_w)))

    def make_function(self, const_index):
        space = self.space
        code = self.code.consts_w[const_index]
        assert isinstance(code, PyCode)
        w_closure = self.pop()
        w_kwdefaults = self.pop()
        w_defaults = self.pop()
        closure_w = None
        if isinstance(w_closure, W_Tuple):
            closure_w = [w for w in w_closure.items_w]
        defaults_w = []
        if isinstance(w_defaults, W_Tuple):
            defaults_w = w_defaults.items_w
        kwdefaults_w = None
        if w_kwdefaults is not space.w_None:
            kwdefaults_w = space.dict_to_strdict(w_kwdefaults)
        self.push(W_Function(code, self.w_module, defaults_w, kwdefaults_w, closure_w))

    def unpack_ex(self, arg):
        space = self.space
        before = arg & 0xFF
        after = arg >> 8
        items_w = space.unpack_iterable(self.pop())
        n = len(items_w)
        if n < before + after:
            raise space.error(space.w_ValueError,
                              'not enough values to unpack (expected at least %d, got %d)'
                              % (before + after, n))
        for i in range(n - 1, n - after - 1, -1):
            self.push(items_w[i])
        middle_end = n - after
        assert middle_end >= before >= 0
        self.push(space.newlist(items_w[before:middle_end]))
        for i in range(before - 1, -1, -1):
            self.push(items_w[i])

    def raise_varargs(self, nargs):
        space = self.space
        if nargs == 0:
            w_exc = self.w_handled
            if w_exc is None:
                w_exc = space.outer_handled()    # handled by a calling frame
            if w_exc is None:
                raise space.error(space.w_RuntimeError, 'No active exception to reraise')
            raise space.reraise(w_exc)
        w_cause = None
        if nargs == 2:
            w_cause = self.pop()
        w_exc = space.make_exception(self.pop())
        if w_cause is not None:
            space.set_cause(w_exc, w_cause)
        raise space.raise_new(w_exc, self.w_handled)
