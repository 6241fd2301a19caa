"""Frames and the dispatch loop (RPython).

One loop (Frame.run) over (opcode, arg) pairs, each run by the Frame method named as its
opcode; a preallocated value stack with an index, popped slots cleared.  Guest exceptions
travel as OperationError and are caught in one place, dispatch(), which unwinds the block
stack to a handler or lets the error leave the frame.
"""

from rpython.rlib import rstackovf
from rpython.rlib.objectmodel import (we_are_translated, dont_inline, try_inline,
                                      always_inline)
from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.unroll import unrolling_iterable

from gclab.gc import nogil, stats
from gclab.gc.refcounting.elide import fresh_init, store_into_empty
from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.interp import pycode
from gclab.interp.pycode import PyCode, GlobalEntry
from gclab.objspace import finalizerstate, freethreading
from gclab.objspace.typeobject import W_Type
from gclab.objspace.objects import W_Cell
from gclab.objspace.numberobject import W_Int
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.function import W_Function, W_BuiltinFunction, Arguments, W_Module
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


def new_frame(space, code, w_globals, closure_w):
    """A frame for a call of code: on the refcount plans, one a returned call of code
    left if there is one (pycode.REUSE_FRAMES, Frame.recycle), else a new one."""
    if pycode.REUSE_FRAMES and code.frame_reusable and closure_w is None:
        if nogil.ACTIVE:
            # the running thread's own kept frames
            slots = space.current_ec().kept_frames
            index = code.frame_slot
            frame = slots[index]
            if frame is not None and frame.code is code and frame.w_module is w_globals:
                slots[index] = frame.next_free
                frame.next_free = None
                return frame
        else:
            frame = code.free_frame
            if frame is not None and frame.w_module is w_globals:
                code.free_frame = frame.next_free
                frame.next_free = None
                code.free_frames -= 1
                return frame
    return Frame(space, code, w_globals, closure_w)


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
    _attrs_ = ['code', 'w_module', 'sp', 'locals_w', 'cells_w',
               'block', 'w_handled', 'pc', 'class_ns', 'w_namespace', 'yielding',
               'resume_pc', 'next_free', 'free_count']
    # set in __init__ only: the refcount plans read them without a count update
    # (gclab/gc/refcounting/elide.py, pass 1), so nothing may assign them later
    _immutable_fields_ = ['code', 'w_module', 'locals_w', 'cells_w']

    # the space: a class attribute, which ObjSpace() sets, in the translated
    # interpreter (it has one space): a field would cost the refcount plans an
    # increment when the frame is made and a decrement when it is freed, for an
    # object that never dies
    space = None

    # None until something sets them: RPython's malloc gives a new frame NULL fields,
    # so __init__ does not store them (a store costs the refcount plans a read and a
    # release of the old value)
    cells_w = None
    block = None
    w_handled = None
    class_ns = None
    w_namespace = None
    next_free = None        # the next frame its code keeps (recycle)
    free_count = 0          # free-threaded: the kept frames from this one on (recycle)

    # only ever run by Frame(...) on a new frame: the refcount plans store its fields
    # as empty slots (elide.fresh_init)
    @fresh_init
    def __init__(self, space, code, w_module, closure_w):
        if not we_are_translated():
            assert space is not None
            self.space = space      # tests make several spaces in one process
        else:
            assert space is Frame.space
        self.code = code
        self.w_module = w_module
        # one array: the fast locals, then the value stack from index nlocals (one
        # allocation per call, one field: a second field for the stack would cost the
        # refcount plans two updates more per frame)
        nlocals = len(code.varnames)
        self.locals_w = [None] * (nlocals + code.max_stack)
        self.sp = nlocals
        if len(code.cellvars) or closure_w is not None:
            self.cells_w = make_cells(code, closure_w)
        self.pc = 0
        # (w_namespace: a class body's namespace when a metaclass's __prepare__
        # returned a mapping other than a plain dict: the body's names go through its
        # __setitem__, __getitem__ and __delitem__ as they run, as in CPython; class_ns
        # unused)
        # a generator's frame: run() returned because it yielded; where to go on
        self.yielding = False
        self.resume_pc = 0

    def recycle(self):
        """The call of this frame returned: on the refcount plans, the frame, its values
        released, is kept for a next call of its code (new_frame), as CPython kept one
        "zombie" frame per code object before 3.11.  Up to pycode.MAX_FREE_FRAMES of
        them per code object, so that a recursion (fib, a tree walk) finds one at each
        depth instead of one in all: under a GIL the code object keeps them; free-
        threaded, each thread keeps its own (ExecutionContext.kept_frames).  Nothing
        else holds a returned frame: a traceback records the code and line,
        sys._getframe a snapshot, and a generator's frame is never recycled
        (frame_reusable)."""
        if not pycode.REUSE_FRAMES:
            return
        code = self.code
        if not code.frame_reusable:
            return
        if nogil.ACTIVE:
            slots = self.space.current_ec().kept_frames
            index = code.frame_slot
            first = slots[index]
            kept = 0
            if first is not None:
                if first.code is code:
                    kept = first.free_count
                else:
                    first = None      # another code's frames give way (the store below)
            if kept >= pycode.MAX_FREE_FRAMES:
                return
            self.clear_for_reuse()
            self.next_free = first
            self.free_count = kept + 1
            slots[index] = self
            return
        if code.free_frames >= pycode.MAX_FREE_FRAMES:
            return
        self.clear_for_reuse()
        self.next_free = code.free_frame
        code.free_frame = self
        code.free_frames += 1

    def clear_for_reuse(self):
        # the slots from sp up are empty already (every pop clears its slot)
        locals_w = self.locals_w
        for i in range(self.sp):
            locals_w[i] = None
        self.sp = len(self.code.varnames)
        self.pc = 0
        self.block = None
        self.w_handled = None

    # --- the value stack --------------------------------------------------------------
    def push(self, w_value):
        sp = self.sp
        # every pop clears its slot: the refcount plans store without an update for
        # an old value (gclab/gc/refcounting/elide.py, "Stores into empty slots")
        store_into_empty(self.locals_w, sp, w_value)
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0      # keeps self.sp non-negative for RPython: no index checks
        w_value = self.locals_w[sp]
        self.locals_w[sp] = None
        self.sp = sp
        return w_value

    def drop_top(self):
        """pop() without the value: the slot's reference is dropped here, before the
        caller's finalizer_point (a popped temporary would die after it)."""
        sp = self.sp - 1
        assert sp >= 0
        self.locals_w[sp] = None
        self.sp = sp

    def top(self):
        return self.locals_w[self.sp - 1]

    def peek(self, n):
        """The value n slots below the top (0 is the top)."""
        return self.locals_w[self.sp - 1 - n]

    def settop(self, w_value):
        self.locals_w[self.sp - 1] = w_value

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
        operr.record(self, self.lineno(), self.code.position_at(self.pc))
        space.set_context(operr.w_value, self.w_handled)
        block = self.block
        while block is not None:
            self.block = block.prev
            if block.kind == BLOCK_EXCEPT_HANDLER:
                w_prev = self.locals_w[block.level]
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
        """Run from pc until the frame returns: a guest exception that leaves run()
        goes to handle_operation_error(), which finds its handler in this frame (and
        run() resumes there) or re-raises it."""
        space = self.space
        while True:
            try:
                return self.run(pc)
            except OperationError as operr:
                pc = self.handle_operation_error(operr)
            except rstackovf.StackOverflow:
                rstackovf.check_stack_overflow()
                pc = self.handle_operation_error(space.error(
                    space.w_RecursionError, 'maximum recursion depth exceeded'))
            except MemoryError:
                pc = self.handle_operation_error(space.memory_error())

    @dont_inline
    def run(self, pc):
        """The loop: one instruction per iteration, run by the handler method named as
        its opcode (below).  A handler takes the instruction's arg and the pc of the
        next instruction and returns the pc to continue at; RETURN_VALUE's returns the
        frame's result instead.  No try here: RPython cannot inline a call that an
        except clause guards, so exceptions are caught one level up, in dispatch().

        RPython's C stack check is made here, once per frame run (run.insert_stack_
        check_here, below): every guest recursion passes through this function, and
        left to itself RPython places checks on the call edges that break the call
        graph's cycles, which may put two on the path of one guest call."""
        assert pc >= 0      # for RPython: so are all pcs, which index code unchecked
        code = self.code.code
        while True:
            self.pc = pc        # the instruction's line, if it raises
            opcode = code[pc]
            arg = code[pc + 1]
            pc += 2
            if we_are_translated():
                # unrolled at translation time into one chain of compares against
                # constants, which RPython turns into a C switch
                for opnum, name in unrolling_handlers:
                    if opcode == opnum:
                        if opnum == op.RETURN_VALUE or opnum == op.YIELD_VALUE:
                            return getattr(self, name)(arg, pc)
                        pc = getattr(self, name)(arg, pc)
                        if opnum == op.YIELD_FROM and pc < 0:
                            return self.pop()       # what the delegate yielded
                        break
                else:
                    self.unknown_opcode(opcode)
            else:
                # untranslated: an indexed list instead of a linear scan of the table
                if opcode == op.RETURN_VALUE or opcode == op.YIELD_VALUE:
                    return HANDLERS[opcode](self, arg, pc)
                if opcode >= len(HANDLERS):
                    self.unknown_opcode(opcode)
                pc = HANDLERS[opcode](self, arg, pc)
                if opcode == op.YIELD_FROM and pc < 0:
                    return self.pop()

    run.insert_stack_check_here = True      # (the docstring above)

    def unknown_opcode(self, opcode):
        space = self.space
        raise space.error(space.w_SystemError, 'unknown opcode %d' % opcode)

    # --- one handler per opcode, named as its row in opcodes.TABLE ----------------------
    # Each takes (arg, next_pc) and returns the pc to continue at.  @try_inline: the hot
    # ones, inlined into run() whatever their size, as their code was in the one loop
    # before the handlers (RPython's inliner decides for the others).

    # stack manipulation
    @try_inline
    def POP_TOP(self, arg, pc):
        self.drop_top()
        self.finalizer_point()
        return pc

    def DUP_TOP(self, arg, pc):
        self.push(self.top())
        return pc

    def DUP_TOP_TWO(self, arg, pc):
        w_1 = self.peek(1)
        w_0 = self.peek(0)
        self.push(w_1)
        self.push(w_0)
        return pc

    def ROT_TWO(self, arg, pc):
        w_0 = self.pop()
        w_1 = self.pop()
        self.push(w_0)
        self.push(w_1)
        return pc

    def ROT_N(self, arg, pc):
        stack = self.locals_w
        top = self.sp - 1
        bottom = top - arg + 1
        assert bottom >= 0
        w_top = stack[top]
        for i in range(top, bottom, -1):
            stack[i] = stack[i - 1]
        stack[bottom] = w_top
        return pc

    def ROT_THREE(self, arg, pc):
        w_0 = self.pop()
        w_1 = self.pop()
        w_2 = self.pop()
        self.push(w_0)
        self.push(w_2)
        self.push(w_1)
        return pc

    # names
    @try_inline
    def LOAD_CONST(self, arg, pc):
        self.push(self.code.consts_w[arg])
        return pc

    @try_inline
    def LOAD_FAST(self, arg, pc):
        w_value = self.locals_w[arg]
        if w_value is None:
            self.unbound_local(arg)
        self.push(w_value)
        return pc

    @try_inline
    def STORE_FAST(self, arg, pc):
        self.locals_w[arg] = self.pop()
        self.finalizer_point()
        return pc

    def DELETE_FAST(self, arg, pc):
        if self.locals_w[arg] is None:
            self.unbound_local(arg)
        self.locals_w[arg] = None
        self.finalizer_point()
        return pc

    @try_inline
    def LOAD_GLOBAL(self, arg, pc):
        self.push(self.load_global_cached(arg))
        return pc

    def STORE_GLOBAL(self, arg, pc):
        self.w_module.store(self.code.names[arg], self.pop())
        self.finalizer_point()
        return pc

    def DELETE_GLOBAL(self, arg, pc):
        space = self.space
        name = self.code.names[arg]
        if not self.w_module.delete(name):
            raise space.name_error(name, self.code.varnames, self.w_module)
        self.finalizer_point()
        return pc

    def LOAD_NAME(self, arg, pc):
        self.push(self.load_name(self.code.names[arg]))
        return pc

    def STORE_NAME(self, arg, pc):
        if self.w_namespace is not None:
            w_value = self.pop()
            self.space.setitem(self.w_namespace, self.space.newstr(self.code.names[arg]),
                               w_value)
            self.finalizer_point()
            return pc
        self.class_ns[self.code.names[arg]] = self.pop()
        # class_ns is the module's dict at top level
        self.w_module.name_changed(self.code.names[arg])
        self.finalizer_point()
        return pc

    def DELETE_NAME(self, arg, pc):
        space = self.space
        name = self.code.names[arg]
        if self.w_namespace is not None:
            try:
                space.delitem(self.w_namespace, space.newstr(name))
            except OperationError as e:
                if not space.exception_is(e.w_value, space.w_KeyError):
                    raise
                raise space.name_error(name, self.code.varnames, self.w_module)
            self.finalizer_point()
            return pc
        if name not in self.class_ns:
            raise space.name_error(name, self.code.varnames, self.w_module)
        del self.class_ns[name]
        self.w_module.name_changed(name)
        self.finalizer_point()
        return pc

    def LOAD_DEREF(self, arg, pc):
        cell = self.cells_w[arg]
        assert isinstance(cell, W_Cell)
        w_value = cell.w_value
        freethreading.subscribe()       # (stored by another thread: STORE_DEREF)
        if w_value is None:
            self.unbound_deref(arg)
        self.push(w_value)
        return pc

    def STORE_DEREF(self, arg, pc):
        cell = self.cells_w[arg]
        assert isinstance(cell, W_Cell)
        w_value = self.pop()
        # writers take the cell's lock (free-threaded builds: two unlocked stores
        # would both drop the old value's reference); readers take none
        freethreading.publish_field(cell, 'w_value', w_value)
        self.finalizer_point()
        return pc

    def DELETE_DEREF(self, arg, pc):
        cell = self.cells_w[arg]
        assert isinstance(cell, W_Cell)
        if cell.w_value is None:
            self.unbound_deref(arg)
        held = freethreading.lock(cell)
        cell.w_value = None
        freethreading.unlock(cell, held)
        self.finalizer_point()
        return pc

    def LOAD_CLOSURE(self, arg, pc):
        self.push(self.cells_w[arg])
        return pc

    def LOAD_CLASSDEREF(self, arg, pc):
        name = self.deref_name(arg)
        if self.w_namespace is not None:
            w_value = self.namespace_get(name)
            if w_value is not None:
                self.push(w_value)
                return pc
            return self.LOAD_DEREF(arg, pc)
        if name in self.class_ns:
            self.push(self.class_ns[name])
            return pc
        return self.LOAD_DEREF(arg, pc)

    # attributes and items
    @try_inline
    def LOAD_ATTR(self, arg, pc):
        self.settop(self.space.load_attr(self.top(), self.code.names[arg],
                                         self.code.attr_caches[arg]))
        return pc

    @try_inline
    def STORE_ATTR(self, arg, pc):
        w_obj = self.pop()
        w_value = self.pop()
        self.space.store_attr(w_obj, self.code.names[arg], w_value,
                              self.code.attr_caches[arg])
        self.finalizer_point()
        return pc

    def DELETE_ATTR(self, arg, pc):
        self.space.delattr(self.pop(), self.code.names[arg])
        self.finalizer_point()
        return pc

    @try_inline
    def LOAD_METHOD(self, arg, pc):
        self.load_method(arg)
        return pc

    @try_inline
    def CALL_METHOD(self, arg, pc):
        self.finalizer_point()
        self.call_method(arg)
        return pc

    @try_inline
    def BINARY_SUBSCR(self, arg, pc):
        w_index = self.pop()
        w_obj = self.pop()
        self.push(self.space.getitem(w_obj, w_index))
        return pc

    @try_inline
    def STORE_SUBSCR(self, arg, pc):
        w_index = self.pop()
        w_obj = self.pop()
        w_value = self.pop()
        self.space.setitem(w_obj, w_index, w_value)
        self.finalizer_point()
        return pc

    def DELETE_SUBSCR(self, arg, pc):
        w_index = self.pop()
        w_obj = self.pop()
        self.space.delitem(w_obj, w_index)
        self.finalizer_point()
        return pc

    # operators
    @try_inline
    def BINARY_OP(self, arg, pc):
        w_right = self.pop()
        w_left = self.pop()
        w_result = None
        if arg <= op.OP_SUB and isinstance(w_left, W_Int) and isinstance(w_right, W_Int):
            # the fast path of int + and -: no call unless it overflows
            x = w_left.intval
            y = w_right.intval
            try:
                if arg == op.OP_ADD:
                    w_result = self.space.newint(ovfcheck(x + y))
                else:
                    w_result = self.space.newint(ovfcheck(x - y))
            except OverflowError:
                pass
        if w_result is None:
            w_result = self.space.binop(arg, w_left, w_right)
        self.push(w_result)
        return pc

    @try_inline
    def INPLACE_OP(self, arg, pc):
        w_right = self.pop()
        w_left = self.pop()
        self.push(self.space.inplace_binop(arg, w_left, w_right))
        return pc

    def UNARY_OP(self, arg, pc):
        self.settop(self.space.unaryop(arg, self.top()))
        return pc

    @try_inline
    def COMPARE_OP(self, arg, pc):
        w_right = self.pop()
        w_left = self.pop()
        self.push(self.space.compare(arg, w_left, w_right))
        return pc

    @try_inline
    def COMPARE_AND_BRANCH(self, arg, pc):
        """A comparison whose result only decides a branch (an if, a while, a
        comprehension's if): between ints, no bool is made."""
        w_right = self.pop()
        w_left = self.pop()
        cmpop = arg & op.BRANCH_CMP_MASK
        if cmpop <= op.CMP_GE and isinstance(w_left, W_Int) and isinstance(w_right, W_Int):
            result = int_compare(cmpop, w_left.intval, w_right.intval)
        else:
            space = self.space
            result = space.is_true(space.compare(cmpop, w_left, w_right))
        if result == ((arg & op.BRANCH_IF_TRUE) != 0):
            return arg >> op.BRANCH_TARGET_SHIFT
        return pc

    # jumps
    @try_inline
    def JUMP(self, arg, pc):
        if arg < pc:
            self.finalizer_point()
            self.space.tick()
        return arg

    @try_inline
    def POP_JUMP_IF_FALSE(self, arg, pc):
        if not self.space.is_true(self.pop()):
            return arg
        return pc

    @try_inline
    def POP_JUMP_IF_TRUE(self, arg, pc):
        if self.space.is_true(self.pop()):
            return arg
        return pc

    def JUMP_IF_FALSE_OR_POP(self, arg, pc):
        if not self.space.is_true(self.top()):
            return arg
        self.pop()
        return pc

    def JUMP_IF_TRUE_OR_POP(self, arg, pc):
        if self.space.is_true(self.top()):
            return arg
        self.pop()
        return pc

    # iteration
    @try_inline
    def GET_ITER(self, arg, pc):
        self.settop(self.space.iter(self.top()))
        return pc

    @try_inline
    def FOR_ITER(self, arg, pc):
        w_next = self.space.next(self.top())
        if w_next is None:
            self.pop()
            return arg
        self.push(w_next)
        return pc

    # building containers
    def BUILD_TUPLE(self, arg, pc):
        self.push(self.space.newtuple(self.popn(arg)))
        return pc

    def BUILD_LIST(self, arg, pc):
        self.push(self.space.newlist(self.popn(arg)))
        return pc

    def BUILD_MAP(self, arg, pc):
        space = self.space
        items_w = self.popn(2 * arg)
        w_dict = space.newdict()
        for i in range(arg):
            space.setitem(w_dict, items_w[2 * i], items_w[2 * i + 1])
        self.push(w_dict)
        return pc

    def BUILD_SET(self, arg, pc):
        self.push(self.space.newset(self.popn(arg)))
        return pc

    def BUILD_SLICE(self, arg, pc):
        space = self.space
        w_step = space.w_None
        if arg == 3:
            w_step = self.pop()
        w_stop = self.pop()
        w_start = self.pop()
        self.push(space.newslice(w_start, w_stop, w_step))
        return pc

    def BUILD_STRING(self, arg, pc):
        space = self.space
        parts_w = self.popn(arg)
        self.push(space.newstr(''.join([space.str_w(w) for w in parts_w])))
        return pc

    def LIST_APPEND(self, arg, pc):
        w_value = self.pop()
        self.space.list_append(self.peek(arg - 1), w_value)
        return pc

    def MAP_ADD(self, arg, pc):
        w_value = self.pop()
        w_key = self.pop()
        self.space.setitem(self.peek(arg - 1), w_key, w_value)
        return pc

    def SET_ADD(self, arg, pc):
        w_value = self.pop()
        self.space.set_add(self.peek(arg - 1), w_value)
        return pc

    def LIST_EXTEND(self, arg, pc):
        w_iterable = self.pop()
        self.space.list_extend_unpacked(self.peek(arg - 1), w_iterable)
        return pc

    def DICT_UPDATE(self, arg, pc):
        w_other = self.pop()
        self.space.dict_update_unpacked(self.peek(arg - 1), w_other)
        return pc

    def DICT_MERGE(self, arg, pc):
        w_other = self.pop()
        # below the keywords' dict: the positional arguments' tuple, then the callable
        self.space.dict_merge(self.peek(arg + 1), self.peek(arg - 1), w_other)
        return pc

    def SET_UPDATE(self, arg, pc):
        w_iterable = self.pop()
        self.space.set_update(self.peek(arg - 1), w_iterable)
        return pc

    def LIST_TO_TUPLE(self, arg, pc):
        w_list = self.top()
        assert isinstance(w_list, W_List)
        self.settop(self.space.newtuple(w_list.items_w[:]))
        return pc

    def UNPACK_SEQUENCE(self, arg, pc):
        items_w = self.space.unpack(self.pop(), arg)
        for i in range(arg - 1, -1, -1):
            self.push(items_w[i])
        return pc

    def UNPACK_EX(self, arg, pc):
        self.unpack_ex(arg)
        return pc

    def FORMAT_VALUE(self, arg, pc):
        w_spec = None
        if arg & 4:
            w_spec = self.pop()
        self.settop(self.space.format_value(self.top(), arg & 3, w_spec))
        return pc

    # calls, functions, classes, imports
    @try_inline
    def CALL_FUNCTION(self, arg, pc):
        self.finalizer_point()
        self.call_function(arg)
        return pc

    def CALL_FUNCTION_KW(self, arg, pc):
        self.finalizer_point()
        self.call_function_kw(arg)
        return pc

    def CALL_FUNCTION_EX(self, arg, pc):
        self.finalizer_point()
        w_kwargs = None
        if arg & 1:
            w_kwargs = self.pop()
        w_args = self.pop()
        w_func = self.pop()
        if not isinstance(w_args, W_Tuple):     # f(*x): x as it is
            w_args = self.space.star_args(w_func, w_args)
        if (isinstance(w_func, W_BuiltinFunction) and w_func.needs_frame) or \
                w_func is self.space.w_type:
            self.push(self.call_needing_frame(w_func, None, w_args, w_kwargs))
        else:
            self.push(self.space.call_ex(w_func, w_args, w_kwargs))
        return pc

    def MAKE_FUNCTION(self, arg, pc):
        self.make_function(arg)
        return pc

    def SETUP_ANNOTATIONS(self, arg, pc):
        """The dict of a module's or class body's annotations, unless the namespace
        has one already."""
        ns = self.class_ns
        if self.w_namespace is not None:
            if self.namespace_get('__annotations__') is None:
                self.space.setitem(self.w_namespace, self.space.newstr('__annotations__'),
                                   self.space.newdict())
        elif ns is None:                    # a module's own code stores as globals
            if '__annotations__' not in self.w_module.dict_w:
                self.w_module.store('__annotations__', self.space.newdict())
        elif '__annotations__' not in ns:
            ns['__annotations__'] = self.space.newdict()
            self.w_module.changed()
        return pc

    def LOAD_BUILD_CLASS(self, arg, pc):
        self.push(self.space.w_build_class)
        return pc

    @try_inline
    def RETURN_VALUE(self, arg, pc):
        self.finalizer_point()
        return self.pop()

    @always_inline
    def finalizer_point(self):
        """On the refcount plans, where the __del__ of the objects that died since
        run (gclab.objspace.finalizers): before every call, return and backward jump --
        where CPython's evaluation loop checks its "eval breaker" -- and after every
        instruction that drops a reference it held (stores, deletes, POP_TOP), so that,
        as in CPython, what `del x` or `x = None` runs has happened before the next
        instruction reads anything (`del x; print(R.count)`).  A constant-false test
        on the other plans."""
        if finalizerstate.PROMPT and finalizerstate.STATE.count > 0:
            self.space.run_finalizers()

    # generators (gclab.objspace.generator resumes the frame)
    def YIELD_VALUE(self, arg, pc):
        """Suspend: run() returns the top value; resumed at pc with the value sent
        pushed (the yield expression's value)."""
        self.finalizer_point()
        self.yielding = True
        self.resume_pc = pc
        return self.pop()

    def GET_YIELD_FROM_ITER(self, arg, pc):
        self.settop(self.space.yield_from_iter(self.top()))
        return pc

    def YIELD_FROM(self, arg, pc):
        """Send the top value into the iterator below it.  If that yields, suspend
        with what it yielded (pushed; run() pops it) and come back here when resumed;
        when it returns, replace it with its return value and go on."""
        space = self.space
        w_sent = self.pop()
        w_yielded, w_returned = space.yield_from_send(self.top(), w_sent)
        if w_yielded is not None:
            self.yielding = True
            self.resume_pc = pc - 2
            self.push(w_yielded)
            return -1
        self.settop(w_returned)
        return pc

    # coroutines (gclab.objspace.generator)
    def GET_AWAITABLE(self, arg, pc):
        self.settop(self.space.get_awaitable(self.top(), arg))
        return pc

    def GET_AITER(self, arg, pc):
        self.settop(self.space.get_aiter(self.top()))
        return pc

    def GET_ANEXT(self, arg, pc):
        self.push(self.space.get_anext(self.top()))
        return pc

    def BEFORE_ASYNC_WITH(self, arg, pc):
        """The manager on top: replaced by its __aexit__, and above that the
        awaitable of its __aenter__() (awaited next, then SETUP_ASYNC_WITH)."""
        w_exit, w_awaitable = self.space.async_with_enter(self.top())
        self.settop(w_exit)
        self.push(w_awaitable)
        return pc

    def SETUP_ASYNC_WITH(self, arg, pc):
        """As SETUP_WITH's block: above the __aexit__, below __aenter__'s result."""
        self.block = Block(BLOCK_FINALLY, arg, self.sp - 1, self.block)
        return pc

    def resume(self, w_sent):
        """Continue a suspended generator frame; the sent value becomes the value of
        the yield expression (a YIELD_FROM sends it on)."""
        self.yielding = False
        self.push(w_sent)
        return self.dispatch(self.resume_pc)

    def resume_with_error(self, operr):
        """Continue a suspended generator frame by raising operr where it stopped."""
        self.yielding = False
        return self.dispatch(self.handle_operation_error(operr))

    def suspended_in_yield_from(self):
        """Suspended in a YIELD_FROM: the delegate iterator is the top value."""
        return self.code.code[self.resume_pc] == op.YIELD_FROM

    def IMPORT_NAME(self, arg, pc):
        name = self.code.names[arg]
        if name.startswith('.'):        # a relative import (see the compiler)
            self.push(self.space.import_relative(self.w_module, name))
        else:
            self.push(self.space.import_module(name))
        return pc

    def IMPORT_FROM(self, arg, pc):
        self.push(self.space.import_from(self.top(), self.code.names[arg]))
        return pc

    def IMPORT_STAR(self, arg, pc):
        """from m import *: m's __all__, or its names not starting with '_', into the
        module's namespace (exec() of a module-level string may run with its own
        namespace: class_ns)."""
        w_module = self.pop()
        for name, w_value in self.space.import_star_names(w_module):
            if self.w_namespace is not None:    # exec() with a mapping as its locals
                self.space.setitem(self.w_namespace, self.space.newstr(name), w_value)
            elif self.class_ns is None:
                self.w_module.store(name, w_value)
            else:
                self.class_ns[name] = w_value
                self.w_module.name_changed(name)
        return pc

    # exceptions and with
    def RAISE_VARARGS(self, arg, pc):
        self.raise_varargs(arg)
        return pc

    def SETUP_FINALLY(self, arg, pc):
        self.block = Block(BLOCK_FINALLY, arg, self.sp, self.block)
        return pc

    def POP_BLOCK(self, arg, pc):
        self.block = self.block.prev
        return pc

    def POP_EXCEPT(self, arg, pc):
        space = self.space
        block = self.block
        assert block.kind == BLOCK_EXCEPT_HANDLER
        self.block = block.prev
        w_prev = self.pop()
        if w_prev is space.w_None:
            w_prev = None
        self.w_handled = w_prev
        space.leave_handler()
        return pc

    def RERAISE(self, arg, pc):
        w_exc = self.pop()
        raise self.space.reraise(w_exc)

    def JUMP_IF_NOT_EXC_MATCH(self, arg, pc):
        w_type = self.pop()
        w_exc = self.pop()
        if not self.space.exception_match(w_exc, w_type):
            return arg
        return pc

    def CHECK_EG_MATCH(self, arg, pc):
        space = self.space
        w_type = self.pop()
        w_exc = self.pop()
        result = space.except_star_match(w_exc, w_type)
        w_rest = result.w_rest
        if w_rest is None:
            w_rest = space.w_None
        self.push(w_rest)
        if result.w_match is None:
            return arg
        self.push(result.w_match)
        return pc

    def ENTER_EG_HANDLER(self, arg, pc):
        """What the clause raises goes to arg; the matched part is being handled."""
        space = self.space
        w_match = self.pop()
        self.block = Block(BLOCK_FINALLY, arg, self.sp, self.block)
        w_prev = self.w_handled
        if w_prev is None:
            w_prev = space.w_None
        self.block = Block(BLOCK_EXCEPT_HANDLER, 0, self.sp, self.block)
        self.push(w_prev)
        self.push(w_match)
        self.w_handled = w_match
        space.enter_handler(w_match)
        return pc

    def PREP_RERAISE_STAR(self, arg, pc):
        space = self.space
        w_list = self.pop()
        w_orig = self.pop()
        w_exc = space.prep_reraise_star(w_orig, w_list)
        if w_exc is None:
            return arg
        self.push(w_exc)
        return pc

    def PRINT_EXPR(self, arg, pc):
        self.space.display(self.pop())
        self.finalizer_point()
        return pc

    def SETUP_WITH(self, arg, pc):
        space = self.space
        w_mgr = self.pop()
        w_enter = space.lookup_special(w_mgr, '__enter__', 'with')
        w_exit = space.lookup_special(w_mgr, '__exit__', 'with')
        self.push(w_exit)
        w_result = space.call_function(w_enter, [])
        self.block = Block(BLOCK_FINALLY, arg, self.sp, self.block)
        self.push(w_result)
        return pc

    def WITH_EXIT(self, arg, pc):
        space = self.space
        w_exit = self.pop()
        space.call_function(w_exit, [space.w_None, space.w_None, space.w_None])
        return pc

    def WITH_EXCEPT(self, arg, pc):
        space = self.space
        w_exc = self.peek(0)
        w_exit = self.peek(2)
        w_res = space.call_function(w_exit, [space.type(w_exc), w_exc, space.w_None])
        self.push(w_res)
        return pc

    def GET_LEN(self, arg, pc):
        self.push(self.space.newint(self.space.len_w(self.top())))
        return pc

    def MATCH_SEQUENCE(self, arg, pc):
        self.push(self.space.newbool(self.space.match_is_sequence(self.top())))
        return pc

    def MATCH_MAPPING(self, arg, pc):
        self.push(self.space.newbool(self.space.match_is_mapping(self.top())))
        return pc

    def MATCH_KEYS(self, arg, pc):
        self.push(self.space.match_keys(self.peek(1), self.top()))
        return pc

    def MATCH_CLASS(self, arg, pc):
        w_names = self.pop()
        w_cls = self.pop()
        w_subject = self.pop()
        self.push(self.space.match_class(w_subject, w_cls, w_names, arg))
        return pc

    def COPY_DICT_WITHOUT_KEYS(self, arg, pc):
        self.settop(self.space.dict_without_keys(self.peek(1), self.top()))
        return pc

    def LOAD_ASSERTION_ERROR(self, arg, pc):
        self.push(self.space.w_AssertionError)
        return pc

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
        while the module keeps the version it had when the entry was filled.
        Free-threaded builds keep one immutable entry per name instead (the version
        and the value in one object, published by one pointer store)."""
        code = self.code
        version = self.w_module.version
        if nogil.ACTIVE:
            freethreading.subscribe()   # (the version before the entry, and the dict)
            entry = code.global_entries[index]
            freethreading.subscribe()   # (the entry's fields after its pointer)
            if entry.version == version:
                return entry.w_value
            return self.fill_global_entry(index, version)
        if code.global_versions[index] == version:
            return code.global_cache_w[index]
        w_value = self.load_global(code.names[index])
        code.global_cache_w[index] = w_value
        code.global_versions[index] = version
        if not code.global_cache_used:
            self.w_module.add_cache_user(code)
        if not code.builtins_cache_used:
            self.note_builtin_cached(code.names[index])
        return w_value

    def note_builtin_cached(self, name):
        """A value of builtins went into the code's cache: registered with the builtins
        module, whose changes do not change the version of the module the cache
        trusts."""
        if name in self.w_module.dict_w:
            return
        w_builtins = self.space.w_builtins_module
        if isinstance(w_builtins, W_Module):
            w_builtins.add_cache_user(self.code)

    @dont_inline
    def fill_global_entry(self, index, version):
        """A miss in a free-threaded build's cache.  The value found may be newer than
        version (a thread stored it meanwhile), never older: harmless, it is the
        binding now."""
        code = self.code
        w_value = self.load_global(code.names[index])
        entry = GlobalEntry(version, w_value)
        held = freethreading.lock(code)     # (fillers one at a time: the entry replaced
        try:                                # was made by the last one)
            freethreading.publish()
            code.global_entries[index] = entry
        finally:
            freethreading.unlock(code, held)
        self.w_module.add_cache_user(code)     # (tests global_cache_used under its lock)
        if not code.builtins_cache_used:
            self.note_builtin_cached(code.names[index])
        return w_value

    def load_global(self, name):
        names_w = self.w_module.dict_w
        freethreading.subscribe()       # (read without a lock in free-threaded builds)
        w_value = names_w.get(name, None)
        if w_value is None:
            w_value = self.space.builtins_dict().get(name, None)
            if w_value is None:
                space = self.space
                raise space.name_error(name, self.code.varnames, self.w_module)
        return w_value

    def namespace_get(self, name):
        """w_namespace[name], or None for a KeyError (the mapping a metaclass's
        __prepare__ returned)."""
        space = self.space
        try:
            return space.getitem(self.w_namespace, space.newstr(name))
        except OperationError as e:
            if not space.exception_is(e.w_value, space.w_KeyError):
                raise
            return None

    def load_name(self, name):
        if self.w_namespace is not None:
            w_value = self.namespace_get(name)
            if w_value is not None:
                return w_value
            return self.load_global(name)
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
        if isinstance(w_func, W_Type) and w_func.w_metatype is None:
            w_init = w_func.remembered_init()
            if isinstance(w_init, W_Function) and takes_exactly(w_init, nargs + 1):
                self.push(self.construct_from_stack(w_func, w_init, nargs))
                return
        args_w = self.popn(nargs)
        self.pop()
        self.push(self.call(w_func, Arguments(args_w)))

    def construct_from_stack(self, w_type, w_init, nargs):
        """The fast path of calling a class: one without a metaclass, whose calls
        space.construct() found to make a plain instance and call w_init, a function
        whose parameters are exactly self and the top nargs values.  What construct()
        does, with no Arguments: the values go straight into __init__'s frame."""
        space = self.space
        w_obj = space.new_instance(w_type)
        code = w_init.code
        frame = new_frame(space, code, w_init.w_globals, w_init.closure_w)
        locals_w = frame.locals_w
        for i in range(nargs, 0, -1):
            store_into_empty(locals_w, i, self.pop())   # a move: no update
        self.pop()
        store_into_empty(locals_w, 0, w_obj)
        if code.cellvars:
            frame.init_cells_from_args()
        space.check_init_result(space.run_frame(frame))
        frame.recycle()
        return w_obj

    def call(self, w_func, args):
        """A call from this frame that is not the fast path above."""
        if isinstance(w_func, W_BuiltinFunction) and w_func.needs_frame:
            return self.call_needing_frame(w_func, args, None, None)
        if w_func is self.space.w_type and len(args.args_w) == 3:
            # type(name, bases, dict): the class's __module__ is this frame's module
            return self.call_needing_frame(w_func, args, None, None)
        return self.space.call(w_func, args)

    @dont_inline
    def call_needing_frame(self, w_func, args, w_args, w_kwargs):
        """globals(), locals(), exec, eval (gclab.objspace.execbuiltins) and
        type(name, bases, dict) see this frame as the thread's ec.frame while they run;
        args, or w_args and w_kwargs for CALL_FUNCTION_EX."""
        space = self.space
        ec = space.current_ec()
        caller = ec.frame
        ec.frame = self
        try:
            if args is not None:
                return space.call(w_func, args)
            return space.call_ex(w_func, w_args, w_kwargs)
        finally:
            ec.frame = caller

    def call_from_stack(self, w_func, nargs, below):
        """The fast path of calls: the top nargs values are exactly w_func's positional
        parameters; they go straight into the new frame's locals, then the `below`
        slots under them are popped too."""
        code = w_func.code
        frame = new_frame(self.space, code, w_func.w_globals, w_func.closure_w)
        locals_w = frame.locals_w
        for i in range(nargs - 1, -1, -1):
            store_into_empty(locals_w, i, self.pop())   # a move: no update
        for i in range(below):
            self.pop()
        if code.cellvars:
            frame.init_cells_from_args()
        w_result = self.space.run_frame(frame)
        frame.recycle()
        return w_result

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
        self.push(self.call(w_func, args))

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
            self.push(self.call(w_func, Arguments(args_w)))
        else:
            args_w = self.popn(nargs + 1)
            self.pop()
            self.push(self.call(w_meth, Arguments(args_w)))

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


# the dispatch table, from opcodes.TABLE: a handler method per row, named as the row
# (tests/unit/test_opcodes.py checks that each exists)
HANDLER_NAMES = [name for name in op.NAMES]
unrolling_handlers = unrolling_iterable([(i, HANDLER_NAMES[i])
                                         for i in range(len(HANDLER_NAMES))])
HANDLERS = [getattr(Frame, name, None) for name in HANDLER_NAMES]    # untranslated only
