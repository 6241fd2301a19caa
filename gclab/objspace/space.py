"""The object space: every operation on W_ objects (RPython).

The dispatch loop calls only the space: space.binop, space.getattr, space.call, ...
Each operation has fast paths for the builtin types and falls back on the special
methods of user classes (__add__, __eq__, __getitem__, ...)."""

import sys

from rpython.rlib.objectmodel import compute_identity_hash, we_are_translated

from gclab.gc import nogil
from gclab.gc.refcounting import deferred
from gclab.gc.refcounting.elide import store_into_empty
from gclab.interp import opcodes as op
from gclab.interp.error import OperationError
from gclab.objspace.objects import W_NoneObject, W_NotImplemented, W_Ellipsis, W_Slice
from gclab.objspace.numberobject import W_Int, W_Bool, W_Long, W_Float
from gclab.objspace.complexobject import W_Complex
from gclab.objspace import complexobject
from gclab.objspace.strobject import W_Str
from gclab.objspace.bytesobject import W_Bytes
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.listobject import W_List
from gclab.objspace.dictobject import W_FunctionDict, is_function_slot, W_Dict, W_InstanceDict, W_ModulesDict
from gclab.objspace.rangeobject import W_Range, W_RangeIterator
from gclab.objspace.iterators import W_SeqIterator
from gclab.objspace.typeobject import (W_Type, W_Instance, W_ExceptionObject, compute_mro,
                                       TYPE_VERSIONS, DICT_MODE, NameContext,
                                       LAYOUT_NONE, LAYOUT_OBJECT, LAYOUT_EXCEPTION)
from gclab.objspace.function import (Arguments, W_Function, W_Method, W_BuiltinFunction,
                                     W_StaticMethod, W_ClassMethod, W_Property, W_Super,
                                     W_Module, W_MemberDescr)
from gclab.objspace import numbers
from gclab.objspace.specialnames import (BINOP_SPECIAL, BINOP_RSPECIAL, BINOP_ISPECIAL,
                                         CMP_SPECIAL, CMP_SWAPPED, UNARY_SPECIAL)
from gclab.objspace.iterators import W_GetitemIterator
from gclab.objspace.exceptionobject import (EXCEPTIONS, exception_init, exception_keywords,
                                            make_group_types,
                                            group_new, except_star_match,
                                            prep_reraise_star, args_attributes,
                                            oserror_class)
from gclab.objspace import output, importing, classbuilder, execbuiltins, dictviews, objectmethods
from gclab.objspace import metaclass, matching
from gclab.interp.frame import Frame, new_frame, takes_exactly
from gclab.interp.pycode import FRAME_RECORDING
from gclab.interp.pycode import CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, \
    CO_ASYNC_GENERATOR
from gclab.objspace import (builtins, fileobject, finalizers, formatting, gcmodule,
                            generator, methods, modules, osmodule, seqops, setobject,
                            subclassing, threads, bytesobject, weakrefobject,
                            freethreading, resourcemodule)
from gclab.objspace.dictobject import (update_from, update_from_mapping, dict_iter,
                                       W_WriteThroughDict)
from gclab.objspace.iterators import is_iterator
from gclab.objspace.threads import thread_ident
from gclab.objspace import typealias, tracebackobject
from gclab.objspace.typealias import W_GenericAlias, W_UnionType

SMALL_INT_MIN = -5
SMALL_INT_MAX = 256



def same_slots(a, b):
    """Two classes' __slots__ (ordered dicts of names, or None) give the same layout."""
    if a is None or b is None:
        return a is None and b is None
    names_a = a.keys()
    names_b = b.keys()
    if len(names_a) != len(names_b):
        return False
    for i in range(len(names_a)):
        if names_a[i] != names_b[i]:
            return False
    return True

class ObjSpace(object):
    def __init__(self, plan_name='untranslated', threads_enabled=False,
                 plan_kind='untranslated', plan_gc='untranslated'):
        self.plan_name = plan_name
        # the translated interpreter has one space, which frames read from their
        # class (Frame.__init__ says why); untranslated, each frame has its own
        Frame.space = self
        self.plan_kind = plan_kind
        self.plan_gc = plan_gc             # RPython's --gc= of the plan
        self.gc_stats = False
        self.gc_stats_t0 = 0.0
        self.threads = threads.ThreadState(threads_enabled)
        self.ec = threads.ExecutionContext(0, True)
        self.w_None = W_NoneObject()
        self.w_NotImplemented = W_NotImplemented()
        self.w_Ellipsis = W_Ellipsis()
        self.w_empty_tuple = W_Tuple([])    # () is one object, as in CPython
        self.w_True = W_Bool(1)
        self.w_False = W_Bool(0)
        self.small_ints_w = [W_Int(i) for i in range(SMALL_INT_MIN, SMALL_INT_MAX + 1)]
        self.empty_str = W_Str('')
        self.chars_w = [W_Str(chr(i)) for i in range(128)]
        self.recursion_limit = 1000
        self.audit_hooks_w = None       # sys.addaudithook's (None: none)
        self.finalizing = False        # sys.is_finalizing(): the finalizers left at exit run
        self.interrupted = False       # the program ended by an uncaught KeyboardInterrupt
        self.int_max_str_digits = numbers.INT_MAX_STR_DIGITS   # sys.set_int_max_str_digits
        self.modules_w = {}
        self.code_objects = []      # every code compiled: their caches go at exit
        self.argv_w = []
        self.stdout_buf = []
        self.sources = {}
        self.stdout_size = 0
        # for the release at exit (gclab.interp.main.release_program_state): on the
        # refcount plans, the classes the program created (each is in a cycle: its
        # MRO holds it)
        self.track_classes = plan_kind == 'refcount'
        self.exec_modules_w = []    # exec/eval's modules for a globals dict (refcount)
        self.builtin_types_w = []   # every type make_type() made (at startup)
        self.setup_types()
        self.setup_exceptions()
        self.object_methods_w = {}     # object.__setattr__ and co: see methods.py
        methods.install(self)
        classbuilder.install(self)
        # the table the builtins are installed into at start-up, and the first dict
        # of the builtins module (execbuiltins.install_builtins_module), which owns
        # it from then on: a program may change it, so later readers go through
        # builtins_dict(), and the interpreter's own calls of a builtin call its
        # implementation, never a name looked up here
        self.builtins_w = {}
        self.w_builtins_module = None
        builtins.install(self)
        execbuiltins.install(self)
        modules.install(self)
        fileobject.install(self)
        osmodule.install(self)
        resourcemodule.install(self)
        gcmodule.install(self)
        finalizers.install(self)
        weakrefobject.install(self)
        subclassing.install(self)
        generator.install(self)
        threads.install(self)
        typealias.install(self)
        # the modules built into the binary (gclab/lib's are imported from source)
        self.modules_w['sys'].dict_w['builtin_module_names'] = self.newtuple(
            [self.newstr(name) for name in sorted(self.modules_w)])

    # --- types ------------------------------------------------------------------------
    def make_type(self, name, w_base, layout=LAYOUT_NONE):
        bases_w = []
        if w_base is not None:
            bases_w.append(w_base)
        w_type = W_Type(name, bases_w, {}, layout, True)
        w_type.mro_w = compute_mro(w_type)
        self.builtin_types_w.append(w_type)
        return w_type

    def setup_types(self):
        self.w_object = self.make_type('object', None, LAYOUT_OBJECT)
        o = self.w_object
        self.w_type = self.make_type('type', o)
        self.w_int = self.make_type('int', o)
        self.w_bool = self.make_type('bool', self.w_int)
        self.w_float = self.make_type('float', o)
        self.w_complex = self.make_type('complex', o)
        self.w_str = self.make_type('str', o)
        self.w_bytes = self.make_type('bytes', o)
        self.w_bytearray = self.make_type('bytearray', o)
        self.w_tuple = self.make_type('tuple', o)
        self.w_list = self.make_type('list', o)
        self.w_dict = self.make_type('dict', o)
        self.w_set = self.make_type('set', o)
        self.w_frozenset = self.make_type('frozenset', o)
        self.w_range = self.make_type('range', o)
        self.w_slice = self.make_type('slice', o)
        self.w_NoneType = self.make_type('NoneType', o)
        self.w_NotImplementedType = self.make_type('NotImplementedType', o)
        self.w_ellipsis = self.make_type('ellipsis', o)
        self.w_function = self.make_type('function', o)
        self.w_method = self.make_type('method', o)
        self.w_builtin_function = self.make_type('builtin_function_or_method', o)
        self.w_staticmethod = self.make_type('staticmethod', o)
        self.w_classmethod = self.make_type('classmethod', o)
        self.w_property = self.make_type('property', o)
        self.w_member_descriptor = self.make_type('member_descriptor', o)
        self.w_traceback = self.make_type('traceback', o)
        self.w_frame = self.make_type('frame', o)
        self.w_super = self.make_type('super', o)
        self.w_module = self.make_type('module', o)
        self.w_cell = self.make_type('cell', o)
        self.w_iterator = self.make_type('iterator', o)
        self.w_list_iterator = self.make_type('list_iterator', o)
        self.w_tuple_iterator = self.make_type('tuple_iterator', o)
        self.w_str_iterator = self.make_type('str_iterator', o)
        self.w_str_ascii_iterator = self.make_type('str_ascii_iterator', o)
        self.w_range_iterator = self.make_type('range_iterator', o)
        self.w_bytes_iterator = self.make_type('bytes_iterator', o)
        self.w_bytearray_iterator = self.make_type('bytearray_iterator', o)
        self.w_memoryview = self.make_type('memoryview', o)
        self.w_memory_iterator = self.make_type('memory_iterator', o)
        self.w_code = self.make_type('code', o)
        # named as CPython's tp_name (their reprs and messages say 'types.GenericAlias')
        self.w_GenericAlias = self.make_type('types.GenericAlias', o)
        self.w_UnionType = self.make_type('types.UnionType', o)

    def setup_exceptions(self):
        self.exception_types_w = {}
        for name, base in EXCEPTIONS:
            w_base = self.w_object
            if base is not None:
                w_base = self.exception_types_w[base]
            self.exception_types_w[name] = self.make_type(name, w_base, LAYOUT_EXCEPTION)
        e = self.exception_types_w
        self.w_BaseException = e['BaseException']
        self.w_Exception = e['Exception']
        self.w_SystemExit = e['SystemExit']
        self.w_KeyboardInterrupt = e['KeyboardInterrupt']
        self.w_StopIteration = e['StopIteration']
        self.w_ArithmeticError = e['ArithmeticError']
        self.w_OverflowError = e['OverflowError']
        self.w_ZeroDivisionError = e['ZeroDivisionError']
        self.w_AssertionError = e['AssertionError']
        self.w_AttributeError = e['AttributeError']
        self.w_ImportError = e['ImportError']
        self.w_ModuleNotFoundError = e['ModuleNotFoundError']
        self.w_LookupError = e['LookupError']
        self.w_BufferError = e['BufferError']
        self.w_IndexError = e['IndexError']
        self.w_KeyError = e['KeyError']
        self.w_MemoryError = e['MemoryError']
        self.w_NameError = e['NameError']
        self.w_UnboundLocalError = e['UnboundLocalError']
        self.w_OSError = e['OSError']
        self.w_RuntimeError = e['RuntimeError']
        self.w_StopAsyncIteration = e['StopAsyncIteration']
        self.w_GeneratorExit = e['GeneratorExit']
        self.w_NotImplementedError = e['NotImplementedError']
        self.w_RecursionError = e['RecursionError']
        self.w_BaseException.dict_w['__init__'] = self.wrap_builtin('__init__',
                                                                   exception_init)
        self.w_SyntaxError = e['SyntaxError']
        self.w_SystemError = e['SystemError']
        self.w_TypeError = e['TypeError']
        self.w_ValueError = e['ValueError']
        self.w_UnicodeDecodeError = e['UnicodeDecodeError']
        self.w_UnicodeEncodeError = e['UnicodeEncodeError']
        make_group_types(self)

    # --- creating objects ---------------------------------------------------------------
    def newint(self, intval):
        if SMALL_INT_MIN <= intval <= SMALL_INT_MAX:
            return self.small_ints_w[intval - SMALL_INT_MIN]
        return W_Int(intval)

    def newlong(self, num):
        """A W_Int if num fits a machine word, else a W_Long."""
        try:
            return self.newint(num.toint())
        except OverflowError:
            return W_Long(num)

    def newbool(self, value):
        if value:
            return self.w_True
        return self.w_False

    def newfloat(self, floatval):
        return W_Float(floatval)

    def newstr(self, s):
        if len(s) == 0:
            return self.empty_str
        if len(s) == 1 and ord(s[0]) < 128:
            return self.chars_w[ord(s[0])]
        return W_Str(s)

    def newbytes(self, s):
        return W_Bytes(s)

    def newtuple(self, items_w):
        if not items_w:
            return self.w_empty_tuple
        return W_Tuple(items_w)

    def newlist(self, items_w):
        return W_List(items_w)

    def newdict(self):
        return W_Dict(self)

    def newset(self, items_w):
        return setobject.build_set(self, items_w)

    def newslice(self, w_start, w_stop, w_step):
        return W_Slice(w_start, w_stop, w_step)

    def int_from_literal(self, text):
        base = 10
        if text.startswith('0x'):
            base = 16
        elif text.startswith('0o'):
            base = 8
        elif text.startswith('0b'):
            base = 2
        return numbers.parse_int(self, text, base if base != 10 else 10)

    def float_from_literal(self, text):
        if text.endswith('j') or text.endswith('J'):
            return complexobject.complex_from_literal(text)    # the lexer's '1.5j'
        return self.newfloat(numbers.parse_float(self, text))

    def newcomplex(self, realval, imagval):
        return W_Complex(realval, imagval)

    def wrap_builtin(self, name, impl, w_owner=None):
        return W_BuiltinFunction(name, impl, w_owner)

    # --- unwrapping -----------------------------------------------------------------------
    def int_w(self, w_obj):
        if isinstance(w_obj, W_Int):
            return w_obj.intval
        if isinstance(w_obj, W_Long):
            try:
                return w_obj.num.toint()
            except OverflowError:
                raise self.error(self.w_OverflowError,
                                 'Python int too large to convert to C ssize_t')
        w_index = self.lookup_special_or_none(w_obj, '__index__')
        if w_index is not None:
            return self.int_w(self.call_index(w_index))
        raise self.error(self.w_TypeError,
                         "'%s' object cannot be interpreted as an integer"
                         % self.type(w_obj).name)

    def call_index(self, w_index):
        """What a bound __index__ returns, refused unless it is an int (CPython's
        TypeError)."""
        w_result = self.call_function(w_index, [])
        if not isinstance(w_result, W_Int) and not isinstance(w_result, W_Long) and \
                not self.isinstance_w(w_result, self.w_int):
            raise self.error(self.w_TypeError, '__index__ returned non-int (type %s)'
                             % self.type(w_result).name)
        return w_result

    def str_w(self, w_obj):
        if isinstance(w_obj, W_Str):
            return w_obj.utf8()
        raise self.error(self.w_TypeError, 'expected str, got %s' % self.type(w_obj).name)

    def float_w(self, w_obj):
        if numbers.is_number(w_obj):
            return numbers.float_of(self, w_obj)
        raise self.error(self.w_TypeError, 'must be real number, not %s'
                         % self.type(w_obj).name)

    def listview(self, w_obj):
        """The items of any iterable, as a new RPython list (of a list, a dict or a
        dict view: one snapshot taken under its lock, as free-threaded CPython's)."""
        if isinstance(w_obj, W_List):
            return w_obj.snapshot()
        if isinstance(w_obj, W_Tuple):
            return w_obj.items_w[:]
        if isinstance(w_obj, W_Dict) and self.type(w_obj) is self.w_dict:
            return w_obj.keys()
        if isinstance(w_obj, dictviews.W_DictView):
            return w_obj.items_now(self)
        result_w = []
        w_iter = self.iter(w_obj)
        while True:
            w_item = self.next(w_iter)
            if w_item is None:
                break
            result_w.append(w_item)
        return result_w

    def dict_to_strdict(self, w_dict):
        assert isinstance(w_dict, W_Dict)
        result = {}
        for w_key, w_value in w_dict.pairs():
            result[self.str_w(w_key)] = w_value
        return result

    # --- errors -------------------------------------------------------------------------
    def error(self, w_type, msg):
        """An OperationError carrying a new w_type(msg); the caller raises it."""
        return OperationError(self.new_exception(w_type, [self.newstr(msg)]))

    def new_exception(self, w_type, args_w):
        assert isinstance(w_type, W_Type)
        return W_ExceptionObject(w_type, args_w)

    def exception_is(self, w_exc, w_type):
        return self.type(w_exc).is_subtype(w_type)

    def make_exception(self, w_value):
        """The exception instance `raise w_value` raises (a class is instantiated)."""
        if isinstance(w_value, W_Type):
            if w_value.is_subtype(self.w_BaseException):
                return self.call_function(w_value, [])
        elif isinstance(w_value, W_ExceptionObject):
            return w_value
        raise self.error(self.w_TypeError, 'exceptions must derive from BaseException')

    def set_cause(self, w_exc, w_cause):
        assert isinstance(w_exc, W_ExceptionObject)
        if w_cause is self.w_None:
            w_exc.set_cause(None)
            return
        if not isinstance(w_cause, W_ExceptionObject) and not (
                isinstance(w_cause, W_Type) and w_cause.is_subtype(self.w_BaseException)):
            raise self.error(self.w_TypeError,
                             'exception causes must derive from BaseException')
        w_exc.set_cause(self.make_exception(w_cause))

    def raise_new(self, w_exc, w_context):
        assert isinstance(w_exc, W_ExceptionObject)
        if w_context is not None and w_context is not w_exc:
            w_exc.set_context(w_context)
        operr = OperationError(w_exc)
        operr.traceback = w_exc.traceback    # `raise e` of a caught e extends its traceback
        return operr

    def set_context(self, w_exc, w_handled):
        """An exception raised while w_handled was being handled remembers it
        (__context__), as CPython's implicit exception chaining does."""
        if w_handled is None or w_handled is w_exc:
            return
        assert isinstance(w_exc, W_ExceptionObject)
        w_exc.set_context(w_handled, only_if_unset=True)

    def enter_handler(self, w_exc):
        """A frame starts handling w_exc (an except or finally block)."""
        self.current_ec().handled_w.append(w_exc)

    def leave_handler(self):
        handled_w = self.current_ec().handled_w
        if handled_w:
            handled_w.pop()

    def outer_handled(self):
        """The exception being handled by the innermost frame handling one (a bare
        `raise` in a function called from an except block re-raises it), or None."""
        handled_w = self.current_ec().handled_w
        if handled_w:
            return handled_w[-1]
        return None

    def reraise(self, w_exc):
        """An OperationError that continues w_exc's traceback."""
        assert isinstance(w_exc, W_ExceptionObject)
        operr = OperationError(w_exc)
        operr.traceback = w_exc.traceback
        operr.reraised = True
        return operr

    def attach_traceback(self, w_exc, operr):
        assert isinstance(w_exc, W_ExceptionObject)
        w_exc.set_traceback(operr.traceback)

    def exception_match(self, w_exc, w_type):
        if isinstance(w_type, W_Tuple):
            for w_t in w_type.items_w:
                if self.exception_match(w_exc, w_t):
                    return True
            return False
        if not isinstance(w_type, W_Type) or not w_type.is_subtype(self.w_BaseException):
            raise self.error(self.w_TypeError, 'catching classes that do not inherit from '
                             'BaseException is not allowed')
        return self.type(w_exc).is_subtype(w_type)

    def except_star_match(self, w_exc, w_type):
        """An except* clause: .w_rest and .w_match of w_exc (None: nothing)."""
        if w_exc is self.w_None:
            w_exc = None
        return except_star_match(self, w_exc, w_type)

    def prep_reraise_star(self, w_orig, w_list):
        """What a try/except* raises (None: nothing), from what its clauses raised."""
        return prep_reraise_star(self, w_orig, self.listview(w_list))

    def enable_weakrefs(self):
        """Every instance made from now on can be referred to weakly (a watched
        instance, finalizers.new_instance): when weakref is imported, and earlier,
        when code that imports it is compiled."""
        finalizers.STATE.weakrefs_enabled = True

    def display(self, w_value):
        """PRINT_EXPR (compile(..., 'single')): w_value to sys.displayhook."""
        w_hook = self.getattr_or_none(self.modules_w['sys'], 'displayhook')
        if w_hook is None:
            raise self.error(self.w_RuntimeError, 'lost sys.displayhook')
        self.call_function(w_hook, [w_value])

    def memory_error(self):
        return OperationError(self.new_exception(self.w_MemoryError, []))

    def builtins_dict(self):
        """The builtins' names as they are now: the builtins module's dict, which a
        free-threaded build replaces when a name is added or deleted
        (freethreading.store_shared); builtins_w is the one it started with, and the
        same dict in a GIL build."""
        w_module = self.w_builtins_module
        if w_module is None:
            return self.builtins_w
        freethreading.subscribe()
        return w_module.dict_w

    # --- calls ----------------------------------------------------------------------------
    def current_ec(self):
        """The running thread's ExecutionContext."""
        if nogil.ACTIVE and we_are_translated():
            ec = threads.EC_TLS.get()
            if ec is None:
                return self.ec      # the main thread's
            return ec
        ec = self.ec
        if self.threads.started:
            ident = thread_ident()
            if ec.ident != ident:
                ec = self.threads.ecs[ident]
                self.ec = ec
        return ec

    def enter_call(self):
        """One guest call deeper (RecursionError past the limit): the thread's
        ExecutionContext, whose depth the caller restores when the call ends."""
        ec = self.current_ec()
        depth = ec.depth + 1
        if depth > self.recursion_limit:
            raise self.error(self.w_RecursionError, 'maximum recursion depth exceeded')
        ec.depth = depth
        return ec

    def run_frame(self, frame, record=False):
        """Run frame one call deeper.  record: a module body, class body or exec'd
        code, whose frames sys._getframe always finds (those of calls only once
        FRAME_RECORDING is on)."""
        ec = self.enter_call()
        depth = ec.depth
        self.tick()
        recording = record or FRAME_RECORDING.on    # (sys._getframe reads them)
        if recording:
            ec.push_frame(depth, frame)
        try:
            return frame.execute()
        finally:
            if recording:
                ec.pop_frame(depth)
            ec.depth = depth - 1

    def run_finalizers(self):
        """The __del__ of the objects found dead (Frame.run, refcount plans)."""
        finalizers.run_pending(self)

    def tick(self):
        """Counts calls and backward jumps; every CHECK_TICKS, threads may switch."""
        if nogil.ACTIVE:
            # no shared ticker (every thread would write it on every call): only the
            # finalizers a collection queued, run by the main thread (threads.periodic)
            deferred.quiescent()        # free-threaded refcount plans (deferred.py)
            if finalizers.STATE.count > 0:
                threads.periodic(self)
            return
        state = self.threads
        state.ticker -= 1
        if state.ticker <= 0:
            state.ticker = threads.CHECK_TICKS
            threads.periodic(self)

    def call_function(self, w_func, args_w):
        return self.call(w_func, Arguments(args_w))

    def call(self, w_func, args):
        if isinstance(w_func, W_Function):
            return self.call_user_function(w_func, args)
        if isinstance(w_func, W_BuiltinFunction):
            return w_func.impl(self, args)
        if isinstance(w_func, W_Method):
            return self.call(w_func.w_func, args.prepend(w_func.w_self))
        if isinstance(w_func, W_Type):
            return self.call_type(w_func, args)
        if isinstance(w_func, W_GenericAlias):
            return typealias.call(self, w_func, args)
        w_call = self.lookup_special_or_none(w_func, '__call__')
        if w_call is not None:
            return self.call(w_call, args)
        raise self.error(self.w_TypeError, "'%s' object is not callable"
                         % self.type(w_func).name)

    def call_user_function(self, w_func, args):
        code = w_func.code
        frame = new_frame(self, code, w_func.w_globals, w_func.closure_w)
        self.bind_arguments(w_func, args, frame.locals_w)
        if code.cellvars:
            frame.init_cells_from_args()
        if code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR):
            kind = generator.KIND_GENERATOR
            if code.flags & CO_COROUTINE:
                kind = generator.KIND_COROUTINE     # an async def's
            elif code.flags & CO_ASYNC_GENERATOR:
                kind = generator.KIND_ASYNCGEN      # an async def's with yield
            if code.has_cleanup:
                return finalizers.new_generator(frame, code.name, code.qualname, kind)
            w_gen = generator.W_Generator(frame, code.name, code.qualname)
            w_gen.kind = kind
            return w_gen
        w_result = self.run_frame(frame)
        frame.recycle()
        return w_result

    def yield_from_iter(self, w_obj):
        return generator.yield_from_iter(self, w_obj)

    def get_awaitable(self, w_obj, where):
        return generator.get_awaitable(self, w_obj, where)

    def get_aiter(self, w_obj):
        return generator.get_aiter(self, w_obj)

    def get_anext(self, w_it):
        return generator.get_anext(self, w_it)

    def async_with_enter(self, w_mgr):
        return generator.async_with_enter(self, w_mgr)

    def yield_from_send(self, w_sub, w_sent):
        return generator.yield_from_send(self, w_sub, w_sent)

    def complex_pow(self, ar, ai, br, bi):
        """(ar+ai*j) ** (br+bi*j) (float ** float reaches it through here: the number
        helpers cannot import complexobject, which imports them)."""
        return complexobject.complex_pow(self, ar, ai, br, bi)

    # the match statement's tests (gclab.objspace.matching; Frame's MATCH_* opcodes)
    def match_is_sequence(self, w_obj):
        return matching.is_sequence(self, w_obj)

    def match_is_mapping(self, w_obj):
        return matching.is_mapping(self, w_obj)

    def match_keys(self, w_subject, w_keys):
        return matching.match_keys(self, w_subject, w_keys)

    def match_class(self, w_subject, w_cls, w_names, nargs):
        return matching.match_class(self, w_subject, w_cls, w_names, nargs)

    def dict_without_keys(self, w_subject, w_keys):
        return matching.dict_without_keys(self, w_subject, w_keys)

    def check_positional_only_keywords(self, code, name, kw_names):
        """CPython's TypeError for positional-only parameters given by keyword to a
        function without **kwargs (which would take them)."""
        given = []
        for i in range(code.posonlyargcount):
            if code.varnames[i] in kw_names:
                given.append(code.varnames[i])
        if given:
            raise self.error(self.w_TypeError, "%s() got some positional-only arguments "
                             "passed as keyword arguments: '%s'" % (name, ', '.join(given)))

    def bind_arguments(self, w_func, args, locals_w):
        """Fill the parameters of w_func from args, with CPython's error messages
        (locals_w: a new frame's, every slot empty)."""
        code = w_func.code
        name = code.qualname
        argcount = code.argcount
        args_w = args.args_w
        npos = len(args_w)
        if npos > argcount and not code.flags & CO_VARARGS:
            given = npos
            if argcount == 1:
                expected = '1 positional argument'
            else:
                expected = '%d positional arguments' % argcount
            ndefaults = len(w_func.defaults_w)
            if ndefaults:
                expected = 'from %d to %d positional arguments' % (argcount - ndefaults,
                                                                   argcount)
            kwonly_given = 0            # keyword-only arguments passed, named too
            if args.kw_names is not None:
                for i in range(argcount, argcount + code.kwonlyargcount):
                    if code.varnames[i] in args.kw_names:
                        kwonly_given += 1
            also = ''
            if kwonly_given:
                also = ' positional argument%s (and %d keyword-only argument%s)' % (
                    '' if given == 1 else 's', kwonly_given,
                    '' if kwonly_given == 1 else 's')
            raise self.error(self.w_TypeError, '%s() takes %s but %d%s %s given'
                             % (name, expected, given, also,
                                'was' if given == 1 and not kwonly_given else 'were'))
        n = min(npos, argcount)
        for i in range(n):
            store_into_empty(locals_w, i, args_w[i])
        slot = argcount + code.kwonlyargcount
        if code.flags & CO_VARARGS:
            if npos > argcount:
                assert argcount >= 0
                store_into_empty(locals_w, slot, self.newtuple(args_w[argcount:]))
            else:
                store_into_empty(locals_w, slot, self.newtuple([]))
            slot += 1
        w_kwargs = None
        if code.flags & CO_VARKEYWORDS:
            w_kwargs = self.newdict()
            store_into_empty(locals_w, slot, w_kwargs)
        if args.kw_names is not None:
            nparams = argcount + code.kwonlyargcount
            for k in range(len(args.kw_names)):
                kwname = args.kw_names[k]
                found = -1
                for i in range(code.posonlyargcount, nparams):
                    if code.varnames[i] == kwname:
                        found = i
                        break
                if found < 0:
                    if w_kwargs is None:
                        self.check_positional_only_keywords(code, name, args.kw_names)
                        raise self.error(self.w_TypeError,
                                         "%s() got an unexpected keyword argument '%s'"
                                         % (name, kwname))
                    self.setitem(w_kwargs, self.newstr(kwname), args.kw_values_w[k])
                    continue
                if locals_w[found] is not None:
                    raise self.error(self.w_TypeError,
                                     "%s() got multiple values for argument '%s'"
                                     % (name, kwname))
                store_into_empty(locals_w, found, args.kw_values_w[k])
        # defaults and missing arguments
        defaults_w = w_func.defaults_w
        first_default = argcount - len(defaults_w)
        missing = []
        for i in range(argcount):
            if locals_w[i] is None:
                if i >= first_default:
                    store_into_empty(locals_w, i, defaults_w[i - first_default])
                else:
                    missing.append(code.varnames[i])
        if missing:
            raise self.error(self.w_TypeError, '%s() missing %d required positional %s: %s'
                             % (name, len(missing),
                                'argument' if len(missing) == 1 else 'arguments',
                                name_list(missing)))
        for i in range(argcount, argcount + code.kwonlyargcount):
            if locals_w[i] is None:
                kwname = code.varnames[i]
                w_default = None
                if w_func.kwdefaults_w is not None:
                    w_default = w_func.kwdefaults_w.get(kwname, None)
                if w_default is None:
                    missing.append(kwname)
                else:
                    store_into_empty(locals_w, i, w_default)
        if missing:
            raise self.error(self.w_TypeError,
                             '%s() missing %d required keyword-only %s: %s'
                             % (name, len(missing),
                                'argument' if len(missing) == 1 else 'arguments',
                                name_list(missing)))

    def call_ex(self, w_func, w_args, w_kwargs):
        args_w = self.listview(w_args)
        kw_names = None
        kw_values_w = None
        if w_kwargs is not None:
            assert isinstance(w_kwargs, W_Dict)
            kw_names = []
            kw_values_w = []
            for w_key, w_value in w_kwargs.pairs():
                if not isinstance(w_key, W_Str):
                    raise self.error(self.w_TypeError, 'keywords must be strings')
                kw_names.append(w_key.utf8())
                kw_values_w.append(w_value)
        return self.call(w_func, Arguments(args_w, kw_names, kw_values_w))

    def call_type(self, w_type, args):
        if w_type.w_metatype is not None:
            w_call = metaclass.user_method(self, w_type, '__call__')
            if w_call is not None:
                return self.call(w_call, args)
        return self.construct(w_type, args)

    def construct(self, w_type, args):
        """A new instance of w_type from the call's arguments: what calling a class does
        (type.__call__) when its metaclass does not override __call__."""
        w_init = w_type.remembered_init()
        if w_init is not None:
            w_obj = self.new_instance(w_type)
        else:
            version = TYPE_VERSIONS.last    # (before the lookups: remember_constructor)
            if w_type.builtin and w_type.layout != LAYOUT_EXCEPTION:
                return builtins.construct_builtin(self, w_type, args)
            if w_type.layout == LAYOUT_NONE and w_type.is_subtype(self.w_type):
                return classbuilder.call_metatype(self, w_type, args)
            w_new = w_type.lookup('__new__')
            if w_type.w_builtin_base is not None or subclassing.own_new(w_new) is not None:
                return subclassing.call_class(self, w_type, args)
            w_init = w_type.lookup('__init__')
            if w_type.layout == LAYOUT_EXCEPTION:
                w_obj = self.exception_new(w_type, args.args_w[:])
            elif w_type.layout == LAYOUT_OBJECT:
                w_obj = self.new_instance(w_type)
                w_type.remember_constructor(w_init, version)
            else:
                raise self.error(self.w_TypeError, "cannot create '%s' instances"
                                 % w_type.name)
        if w_init is not None and not isinstance(w_init, W_BuiltinFunction):
            self.check_init_result(self.call_init(w_init, w_obj, args))
        elif w_type.layout == LAYOUT_OBJECT and (args.args_w or args.has_keywords()):
            raise self.error(self.w_TypeError, '%s() takes no arguments' % w_type.name)
        elif w_type.layout == LAYOUT_EXCEPTION and args.has_keywords():
            # BaseException.__init__ runs: only NameError, AttributeError and
            # ImportError take keywords (stored as attributes); others raise
            assert isinstance(w_obj, W_ExceptionObject)
            exception_keywords(self, w_obj, args)
        return w_obj

    def new_instance(self, w_type):
        """A new instance of the user class w_type (LAYOUT_OBJECT), without attributes."""
        return finalizers.new_instance(w_type)

    def check_init_result(self, w_result):
        if w_result is not self.w_None:
            raise self.error(self.w_TypeError, "__init__() should return None, not '%s'"
                             % self.type(w_result).name)

    def exception_new(self, w_type, args_w):
        """BaseException.__new__(w_type, *args): a new exception whose args are args_w;
        OSError(errno, ...) makes the errno's subclass, as CPython's OSError.__new__."""
        if w_type is self.w_ExceptionGroup or w_type is self.w_BaseExceptionGroup or \
                (not w_type.builtin and w_type.is_subtype(self.w_BaseExceptionGroup)):
            return group_new(self, w_type, args_w)
        if w_type is self.w_OSError and len(args_w) >= 2:
            w_errno = args_w[0]
            if isinstance(w_errno, W_Int):
                w_type = oserror_class(self, w_errno.intval)
        w_obj = W_ExceptionObject(w_type, args_w)
        args_attributes(self, w_obj)
        return w_obj

    def call_init(self, w_init, w_obj, args):
        """Call __init__ with w_obj prepended; a plain function that takes exactly the
        positional arguments given gets its frame filled directly."""
        if isinstance(w_init, W_Function) and args.kw_names is None:
            code = w_init.code
            args_w = args.args_w
            nargs = len(args_w)
            if takes_exactly(w_init, nargs + 1):
                frame = new_frame(self, code, w_init.w_globals, w_init.closure_w)
                locals_w = frame.locals_w
                store_into_empty(locals_w, 0, w_obj)
                for i in range(nargs):
                    store_into_empty(locals_w, i + 1, args_w[i])
                if code.cellvars:
                    frame.init_cells_from_args()
                w_result = self.run_frame(frame)
                frame.recycle()
                return w_result
        return self.call(w_init, args.prepend(w_obj))

    def func_name(self, w_func):
        if isinstance(w_func, W_Function):
            return w_func.name
        if isinstance(w_func, W_BuiltinFunction):
            return w_func.name
        return '?'

    # --- type queries -----------------------------------------------------------------
    def type(self, w_obj):
        w_type = w_obj.getclass(self)
        assert isinstance(w_type, W_Type)
        return w_type

    def type_name_of(self, w_type):
        assert isinstance(w_type, W_Type)
        return w_type.name

    def isinstance_w(self, w_obj, w_type):
        assert isinstance(w_type, W_Type)
        return self.type(w_obj).is_subtype(w_type)

    def id_of(self, w_obj):
        """id(): the identity hash, never negative (as CPython's ids: on boehm the hash
        of an address can be, and reprs printed '0x-7f...')."""
        return compute_identity_hash(w_obj) & sys.maxint

    # --- truth, repr, str, hash -------------------------------------------------------
    def is_true(self, w_obj):
        if isinstance(w_obj, W_Bool):
            return w_obj.intval != 0
        return w_obj.is_true(self)

    def repr_str(self, w_obj):
        return w_obj.repr(self)

    def str_str(self, w_obj):
        return w_obj.str(self)

    def repr(self, w_obj):
        return self.newstr(self.repr_str(w_obj))

    def str(self, w_obj):
        if isinstance(w_obj, W_Str):
            return w_obj
        return self.newstr(self.str_str(w_obj))

    def enter_repr(self, w_obj):
        """Guards against infinite recursion in repr of self-containing containers;
        a container's repr counts one call deeper (RecursionError past the limit, as
        CPython's repr of deeply nested containers)."""
        ec = self.current_ec()
        repr_stack = ec.repr_stack
        for w in repr_stack:
            if w is w_obj:
                return True
        self.enter_nested(' while getting the repr of an object')
        repr_stack.append(w_obj)
        return False

    def leave_repr(self, w_obj):
        ec = self.current_ec()
        ec.repr_stack.pop()
        ec.depth -= 1

    def enter_nested(self, where):
        """One builtin recursion deeper (a container's repr, a comparison of its
        items): RecursionError past the limit, whose message ends with where, as
        CPython's Py_EnterRecursiveCall.  The caller decrements ec.depth when done."""
        ec = self.current_ec()
        depth = ec.depth + 1
        if depth > self.recursion_limit:
            raise self.error(self.w_RecursionError,
                             'maximum recursion depth exceeded' + where)
        ec.depth = depth
        return ec

    def hash_w(self, w_obj):
        return w_obj.hash(self)

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        return self.is_true(self.compare(op.CMP_EQ, w_a, w_b))

    def instance_repr(self, w_obj):
        w_meth = self.lookup_special_or_none(w_obj, '__repr__')
        if w_meth is not None:
            return self.str_w_of_result(self.call_function(w_meth, []), '__repr__')
        if isinstance(w_obj, W_ExceptionObject):
            return w_obj.default_repr(self)
        w_class = self.type(w_obj)
        return '<%s%s object at 0x%x>' % (w_class.module_prefix(), w_class.qualname,
                                           self.id_of(w_obj))

    def instance_str(self, w_obj):
        w_meth = self.lookup_special_or_none(w_obj, '__str__')
        if w_meth is not None:
            return self.str_w_of_result(self.call_function(w_meth, []), '__str__')
        if isinstance(w_obj, W_ExceptionObject):
            return w_obj.default_str(self)
        return self.instance_repr(w_obj)

    def str_w_of_result(self, w_result, what):
        if not isinstance(w_result, W_Str):
            raise self.error(self.w_TypeError, '%s returned non-string (type %s)'
                             % (what, self.type(w_result).name))
        return w_result.utf8()

    def instance_is_true(self, w_obj):
        w_meth = self.lookup_special_or_none(w_obj, '__bool__')
        if w_meth is not None:
            w_res = self.call_function(w_meth, [])
            if not isinstance(w_res, W_Bool):
                raise self.error(self.w_TypeError, '__bool__ should return bool, returned %s'
                                 % self.type(w_res).name)
            return w_res.intval != 0
        w_meth = self.lookup_special_or_none(w_obj, '__len__')
        if w_meth is not None:
            n = self.int_w(self.call_function(w_meth, []))
            if n < 0:
                raise self.error(self.w_ValueError, '__len__() should return >= 0')
            return n != 0
        return True

    def instance_hash(self, w_obj):
        w_type = self.type(w_obj)
        w_meth = w_type.lookup('__hash__')
        if w_meth is self.w_None:
            raise self.error(self.w_TypeError, "unhashable type: '%s'" % w_type.name)
        if w_meth is not None and not isinstance(w_meth, W_BuiltinFunction):
            w_res = self.call_function(self.bind(w_meth, w_obj), [])
            if isinstance(w_res, W_Int):     # as CPython: the value, if it fits a word
                if w_res.intval == -1:
                    return -2
                return w_res.intval
            if isinstance(w_res, W_Long):
                return w_res.hash(self)
            raise self.error(self.w_TypeError, '__hash__ method should return an integer')
        if w_type.lookup('__eq__') is not None and w_meth is None:
            raise self.error(self.w_TypeError, "unhashable type: '%s'" % w_type.name)
        w_value = w_obj.builtin_value()
        if w_value is not w_obj:            # a subclass of str, int, tuple...: its value's
            return self.hash_w(w_value)
        return compute_identity_hash(w_obj)

    # --- attributes -------------------------------------------------------------------
    def descriptor_method(self, w_descr, name):
        """__get__, __set__ or __delete__ of a class attribute that is an instance of a
        class the program wrote (the descriptor protocol), or None."""
        if not isinstance(w_descr, W_Instance):
            return None
        w_meth = self.type(w_descr).lookup(name)
        if w_meth is None or isinstance(w_meth, W_BuiltinFunction):
            return None
        return w_meth

    def is_data_descriptor(self, w_descr):
        """A class attribute that wins over the instance's own attributes: a property,
        or an object whose class defines __set__ or __delete__."""
        if isinstance(w_descr, W_Property):
            return True
        return isinstance(w_descr, W_Instance) and (
            self.descriptor_method(w_descr, '__set__') is not None or
            self.descriptor_method(w_descr, '__delete__') is not None)

    def descriptor_get(self, w_descr, w_obj, w_type):
        """w_descr.__get__(w_obj, w_type) if w_descr has a __get__; else w_descr."""
        w_get = self.descriptor_method(w_descr, '__get__')
        if w_get is None:
            return w_descr
        return self.call_function(w_get, [w_descr, w_obj, w_type])

    def bind(self, w_descr, w_obj):
        """What a class attribute becomes when looked up on an instance."""
        if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
            return W_Method(w_obj, w_descr)
        if isinstance(w_descr, W_Instance):
            return self.descriptor_get(w_descr, w_obj, self.type(w_obj))
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_func
        if isinstance(w_descr, W_ClassMethod):
            return self.bind_classmethod(w_descr.w_func, self.type(w_obj))
        if isinstance(w_descr, W_Property):
            if w_descr.w_fget is None:
                raise self.error(self.w_AttributeError, 'unreadable attribute')
            return self.call_function(w_descr.w_fget, [w_obj])
        if isinstance(w_descr, W_MemberDescr):
            return self.member_get(w_descr, w_obj)
        return w_descr

    def member_check(self, w_descr, w_obj):
        """A slot's descriptor applies to instances of its class only (CPython's
        TypeError otherwise)."""
        if not self.type(w_obj).is_subtype(w_descr.w_objclass):
            raise self.error(self.w_TypeError, "descriptor '%s' for '%s' objects doesn't "
                             "apply to a '%s' object"
                             % (w_descr.name, self.type_name_of(w_descr.w_objclass),
                                self.type(w_obj).name))

    def member_get(self, w_descr, w_obj):
        """The value of a slot of w_obj (stored in its attributes under the name);
        CPython 3.11's AttributeError for an unset one."""
        assert isinstance(w_descr, W_MemberDescr)
        self.member_check(w_descr, w_obj)
        w_value = None
        if isinstance(w_obj, W_Instance):
            w_value = w_obj.getdictvalue(w_descr.name)
        if w_value is None:
            raise self.attribute_error(w_obj, w_descr.name)
        return w_value

    def member_set(self, w_descr, w_obj, w_value):
        """Store into (w_value) or delete (None) a slot of w_obj."""
        assert isinstance(w_descr, W_MemberDescr)
        self.member_check(w_descr, w_obj)
        if not isinstance(w_obj, W_Instance):
            raise self.attribute_error(w_obj, w_descr.name)
        if w_value is not None:
            w_obj.setdictvalue(w_descr.name, w_value)
        elif not w_obj.deldictvalue(w_descr.name):
            raise self.error(self.w_AttributeError, w_descr.name)   # (as CPython 3.11)

    def bind_classmethod(self, w_func, w_type):
        """classmethod(f) looked up through the class w_type: f bound to w_type; as in
        CPython 3.9 to 3.12, f's own __get__(w_type, w_type) when f is a descriptor
        (`@classmethod @property` makes a property of the class)."""
        if isinstance(w_func, W_Property):
            if w_func.w_fget is None:
                raise self.error(self.w_AttributeError, 'unreadable attribute')
            return self.call_function(w_func.w_fget, [w_type])
        if isinstance(w_func, W_Instance) and \
                self.descriptor_method(w_func, '__get__') is not None:
            return self.descriptor_get(w_func, w_type, w_type)
        return W_Method(w_type, w_func)

    def user_special(self, w_obj, name):
        """The special method `name` the program wrote for w_obj, bound to it: from
        the class of an instance, from the metaclass of a class; None otherwise."""
        if isinstance(w_obj, W_Instance):
            return self.lookup_special_or_none(w_obj, name)
        if isinstance(w_obj, W_Type) and w_obj.w_metatype is not None:
            return metaclass.user_method(self, w_obj, name)
        return None

    def lookup_special_or_none(self, w_obj, name):
        """A special method of w_obj's class, bound to w_obj, or None."""
        w_descr = self.type(w_obj).lookup(name)
        if w_descr is None:
            return None
        return self.bind(w_descr, w_obj)

    def lookup_special(self, w_obj, name, context):
        w_meth = self.lookup_special_or_none(w_obj, name)
        if w_meth is None:
            if context == 'with':           # CPython 3.11's messages
                missed = ''
                if name == '__exit__':
                    missed = ' (missed __exit__ method)'
                raise self.error(self.w_TypeError,
                                 "'%s' object does not support the context manager protocol%s"
                                 % (self.type(w_obj).name, missed))
            raise self.error(self.w_AttributeError, name)
        return w_meth

    # --- attribute access with the inline caches of the code objects (AttrCache) -------
    # what an attribute cache may remember, in both kinds of build

    def storage_index_loaded(self, w_obj, map, name):
        """After getattr(w_obj, name): the index in the storage of an instance with
        map that the value came from, or -1 if it came from elsewhere (a class, a data
        descriptor, a __getattribute__ of the class's own) or map is DICT_MODE."""
        if map is DICT_MODE:
            return -1
        index = map.index(name)
        w_type = self.type(w_obj)
        if index >= 0 and not self.is_data_descriptor(w_type.lookup(name)) \
                and self.user_getattribute(w_type) is None:
            return index
        return -1

    def stores_into_storage(self, w_obj, name):
        """Whether setattr(w_obj, name, ...) is a plain store into the instance's
        storage: no data descriptor of that name and no __setattr__ of the class's
        own."""
        w_type = self.type(w_obj)
        w_setattr = w_type.lookup('__setattr__')
        return not self.is_data_descriptor(w_type.lookup(name)) and \
            (w_setattr is None or isinstance(w_setattr, W_BuiltinFunction))

    def load_attr(self, w_obj, name, cache):
        """LOAD_ATTR: getattr, or two comparisons and an array read on a cache hit.
        Free-threaded builds keep immutable entries instead (load_attr_shared): an
        entry of this cache spans several fields, so a reader could see a torn one."""
        if nogil.ACTIVE and isinstance(w_obj, W_Instance):
            return self.load_attr_shared(w_obj, name, cache)
        if isinstance(w_obj, W_Instance) and w_obj.map is not DICT_MODE:
            if w_obj.map is cache.load_map and cache.load_version == TYPE_VERSIONS.last:
                return w_obj.storage_w[cache.load_index]
            w_value = self.getattr(w_obj, name)
            index = self.storage_index_loaded(w_obj, w_obj.map, name)
            if index >= 0:
                cache.load_map = w_obj.map
                cache.load_index = index
                cache.load_version = TYPE_VERSIONS.last
            return w_value
        return self.getattr(w_obj, name)

    def store_attr(self, w_obj, name, w_value, cache):
        """STORE_ATTR: setattr, or a map check, a map change and an array write on a
        cache hit."""
        if nogil.ACTIVE and isinstance(w_obj, W_Instance) and name != '__dict__':
            self.store_attr_shared(w_obj, name, w_value, cache)
            return
        if isinstance(w_obj, W_Instance) and name != '__dict__' \
                and w_obj.map is not DICT_MODE:
            # (an instance in dict mode, or put in it by obj.__dict__ = d, goes to
            # setattr alone: its map says nothing of its attributes, and the caches
            # never look into DICT_MODE, a prebuilt map -- on the refcount plans a
            # lookup in a prebuilt RPython dict at run time leaves an object behind)
            old_map = w_obj.map
            if old_map is cache.store_map and cache.store_version == TYPE_VERSIONS.last:
                index = cache.store_index
                if index < len(w_obj.storage_w):
                    w_obj.map = cache.store_new_map
                    w_obj.storage_w[index] = w_value
                    return
            self.setattr(w_obj, name, w_value)
            if self.stores_into_storage(w_obj, name):
                index = w_obj.map.index(name)
                if index >= 0:
                    cache.store_map = old_map
                    cache.store_new_map = w_obj.map
                    cache.store_index = index
                    cache.store_version = TYPE_VERSIONS.last
            return
        self.setattr(w_obj, name, w_value)

    def lookup_method_cached(self, w_obj, name, cache):
        """LOAD_METHOD: lookup_method, remembered per instance map (not for an instance
        in dict mode: its map says nothing about its attributes)."""
        if nogil.ACTIVE and isinstance(w_obj, W_Instance):
            return self.lookup_method_shared(w_obj, name, cache)
        if isinstance(w_obj, W_Instance) and w_obj.map is not DICT_MODE:
            if w_obj.map is cache.method_map and \
                    cache.method_version == TYPE_VERSIONS.last:
                return cache.w_method
            w_method = self.lookup_method(w_obj, name)
            cache.method_map = w_obj.map
            cache.w_method = w_method
            cache.method_version = TYPE_VERSIONS.last
            return w_method
        return self.lookup_method(w_obj, name)

    # The caches of free-threaded builds: an entry is immutable (typeobject.LoadEntry,
    # StoreEntry, MethodEntry) and published by one pointer store; the instance's map
    # and storage are read and changed together under its lock, as everywhere else.
    # The classes' version is read before the lookup that fills an entry: an answer
    # found while a class changes is labelled with the version before the change.
    # An entry only says what a map implies (computed from the map it names, not from
    # the instance, which another thread may change meanwhile) and what the classes
    # implied at its version.

    def load_attr_shared(self, w_obj, name, cache):
        entry = cache.load_entry
        freethreading.subscribe()       # (the entry's fields after its pointer)
        if entry.version == TYPE_VERSIONS.last:
            w_value = w_obj.load_at(entry.map, entry.index)
            if w_value is not None:
                return w_value
        version = TYPE_VERSIONS.last
        w_value = self.getattr(w_obj, name)
        map = w_obj.map
        index = self.storage_index_loaded(w_obj, map, name)
        if index >= 0:
            cache.publish_load(map, index, version)
        return w_value

    def store_attr_shared(self, w_obj, name, w_value, cache):
        entry = cache.store_entry
        freethreading.subscribe()
        if entry.version == TYPE_VERSIONS.last and \
                w_obj.store_at(entry.map, entry.new_map, entry.index, w_value):
            return
        version = TYPE_VERSIONS.last
        map = w_obj.map
        self.setattr(w_obj, name, w_value)
        if map is not DICT_MODE and self.stores_into_storage(w_obj, name):
            new_map = map
            if map.index(name) < 0:
                new_map = map.with_name(name)
            cache.publish_store(map, new_map, new_map.index(name), version)

    def lookup_method_shared(self, w_obj, name, cache):
        entry = cache.method_entry
        freethreading.subscribe()
        map = w_obj.map
        if map is entry.map and entry.version == TYPE_VERSIONS.last:
            return entry.w_method
        version = TYPE_VERSIONS.last
        w_method = self.lookup_method(w_obj, name)
        if map is not DICT_MODE and map.index(name) < 0:
            # (None if the instance had the attribute by the time it was looked up:
            # no fast path, which is always right)
            cache.publish_method(map, w_method, version)
        return w_method

    def lookup_method(self, w_obj, name):
        """For LOAD_METHOD: the plain function to call with w_obj prepended, or None."""
        if isinstance(w_obj, W_Instance):
            if w_obj.map is DICT_MODE:
                if w_obj.getdictvalue(name) is not None:
                    return None
            elif w_obj.map.index(name) >= 0:
                return None
            if self.user_getattribute(self.type(w_obj)) is not None:
                return None
        elif isinstance(w_obj, W_Type) or isinstance(w_obj, W_Module) or \
                isinstance(w_obj, W_Super):
            return None
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
            return w_descr
        return None

    def getattr(self, w_obj, name):
        w_value = self.getattr_or_none(w_obj, name)
        if w_value is None:
            raise self.attribute_error(w_obj, name)
        return w_value

    def attribute_error(self, w_obj, name):
        """AttributeError for w_obj.name, with CPython's `name` and `obj`."""
        if isinstance(w_obj, W_Module):
            msg = "module '%s' has no attribute '%s'" % (w_obj.name, name)
        elif isinstance(w_obj, W_Type):
            msg = "type object '%s' has no attribute '%s'" % (w_obj.name, name)
        else:
            msg = "'%s' object has no attribute '%s'" % (self.type(w_obj).name, name)
        w_exc = W_ExceptionObject(self.w_AttributeError, [self.newstr(msg)])
        w_exc.setdictvalue('name', self.newstr(name))
        w_exc.setdictvalue('obj', w_obj)
        return OperationError(w_exc)

    def name_error(self, name, varnames=None, w_module=None):
        """NameError for an unbound global or builtin name, with CPython's `name`; and
        where the frame that raised it looks names up (for the report's "Did you
        mean")."""
        w_exc = W_ExceptionObject(self.w_NameError,
                                  [self.newstr("name '%s' is not defined" % name)])
        w_exc.setdictvalue('name', self.newstr(name))
        if w_module is not None:
            w_exc.name_context = NameContext(varnames, w_module)
        return OperationError(w_exc)

    def user_getattribute(self, w_type):
        """The __getattribute__ a class the program wrote defines, or None."""
        w_ga = w_type.lookup('__getattribute__')
        if w_ga is None or isinstance(w_ga, W_BuiltinFunction):
            return None
        return w_ga

    def getattr_or_none(self, w_obj, name):
        if isinstance(w_obj, W_Instance):
            w_type = self.type(w_obj)
            try:
                w_ga = self.user_getattribute(w_type)
                if w_ga is not None:
                    return self.call_getattribute(w_obj, w_type, w_ga, name)
                return self.instance_getattr(w_obj, w_type, name, True)
            except OperationError as e:
                self.attribute_error_context(e, w_obj, name)
                raise e
        return self.other_getattr(w_obj, name)

    def attribute_error_context(self, e, w_obj, name):
        """An AttributeError that left the program's __getattribute__, __getattr__ or
        a property while reading w_obj.name gets that name and obj (unless it has
        either), as CPython's PyObject_GetAttr records them for "Did you mean"."""
        w_exc = e.w_value
        if not isinstance(w_exc, W_ExceptionObject) or \
                not self.exception_is(w_exc, self.w_AttributeError):
            return
        w_name = w_exc.getdictvalue('name')
        w_old = w_exc.getdictvalue('obj')
        if (w_name is not None and w_name is not self.w_None) or \
                (w_old is not None and w_old is not self.w_None):
            return
        w_exc.setdictvalue('name', self.newstr(name))
        w_exc.setdictvalue('obj', w_obj)

    def call_getattribute(self, w_obj, w_type, w_ga, name):
        """The class's own __getattribute__, then its __getattr__ if that raised
        AttributeError (as CPython's slot does)."""
        try:
            return self.call_function(self.bind(w_ga, w_obj), [self.newstr(name)])
        except OperationError as e:
            return self.getattr_after_error(e, w_obj, w_type, name)

    def instance_getattr(self, w_obj, w_type, name, with_getattr):
        """object.__getattribute__ (and the class's __getattr__ if with_getattr)."""
        w_descr = w_type.lookup(name)
        if isinstance(w_descr, W_Property):
            if w_descr.w_fget is None:
                raise self.error(self.w_AttributeError, "property '%s' of '%s' object "
                                 "has no getter" % (name, w_type.name))
            if with_getattr:
                return self.bind_or_getattr(w_descr, w_obj, w_type, name)
            return self.bind(w_descr, w_obj)
        if isinstance(w_descr, W_Instance) and self.is_data_descriptor(w_descr) and \
                self.descriptor_method(w_descr, '__get__') is not None:
            # (a data descriptor without __get__: the instance's dict, then itself)
            if with_getattr:
                return self.bind_or_getattr(w_descr, w_obj, w_type, name)
            return self.descriptor_get(w_descr, w_obj, w_type)
        w_value = w_obj.getdictvalue(name)
        if w_value is not None:
            return w_value
        if isinstance(w_obj, W_ExceptionObject):
            if name == 'args':
                return self.newtuple(w_obj.args_w)
            if name == '__context__':
                return w_obj.w_context or self.w_None
            if name == '__cause__':
                return w_obj.w_cause or self.w_None
            if name == '__suppress_context__':
                return self.newbool(w_obj.suppress_context)
            if name == '__traceback__':
                return tracebackobject.exception_traceback(self, w_obj)
            if (name == 'code' and w_type.is_subtype(self.w_SystemExit)) or \
                    (name == 'value' and w_type.is_subtype(self.w_StopIteration)):
                # the argument, None without one, the tuple of several (code)
                if len(w_obj.args_w) == 0:
                    return self.w_None
                if len(w_obj.args_w) == 1 or name == 'value':
                    return w_obj.args_w[0]
                return self.newtuple(w_obj.args_w)
        if isinstance(w_descr, W_MemberDescr):
            # an unset slot (a set one is in the storage, read above): AttributeError,
            # or the class's __getattr__
            if with_getattr and name != '__getattr__':
                w_getattr = w_type.lookup('__getattr__')
                if w_getattr is not None:
                    return self.call_function(self.bind(w_getattr, w_obj),
                                              [self.newstr(name)])
            return None
        if w_descr is not None:
            if with_getattr and isinstance(w_descr, W_Instance):
                return self.bind_or_getattr(w_descr, w_obj, w_type, name)
            return self.bind(w_descr, w_obj)
        if name == '__class__':
            return w_type
        if name == '__weakref__' and not w_type.builtin and \
                (w_type.slots is None or '__weakref__' in w_type.slots):
            refs_w = weakrefobject.live_refs_w(w_obj)    # the first, as CPython
            if refs_w:
                return refs_w[0]
            return self.w_None
        if name == '__dict__':
            if w_type.slots is not None or w_type is self.w_object:
                return None                     # __slots__ without __dict__, object()
            w_own = w_obj.attribute_dict()
            if w_own is not None:               # obj.__dict__ was assigned: that dict
                return w_own
            w_dict = W_InstanceDict(self, w_obj)
            slotted = self.slotted_names(w_type)
            for key, w_v in w_obj.dict_items():
                if slotted is None or key not in slotted:
                    w_dict.set(self.newstr(key), w_v)
            return w_dict
        w_default = self.object_default(w_obj, name)
        if w_default is not None:
            return w_default
        if with_getattr:
            w_getattr = w_type.lookup('__getattr__')
            if w_getattr is not None:
                return self.call_function(self.bind(w_getattr, w_obj),
                                          [self.newstr(name)])
        return None

    def bind_or_getattr(self, w_descr, w_obj, w_type, name):
        """A descriptor's value for w_obj; if its __get__ (a property's getter) raises
        AttributeError, the class's __getattr__(name) instead, as CPython's slot does."""
        try:
            return self.bind(w_descr, w_obj)
        except OperationError as e:
            return self.getattr_after_error(e, w_obj, w_type, name)

    def builtin_function_attr(self, w_obj, name):
        """__name__, __qualname__, __self__ of a builtin function or of a builtin bound
        to its object ([].append), as CPython's builtin_function_or_method has them."""
        w_self = None
        w_func = w_obj
        if isinstance(w_obj, W_Method):
            w_self = w_obj.w_self
            w_func = w_obj.w_func
        assert isinstance(w_func, W_BuiltinFunction)
        if name == '__name__':
            return self.newstr(w_func.name)
        if name == '__qualname__':
            if w_func.w_owner is None:
                return self.newstr(w_func.name)
            return self.newstr('%s.%s' % (self.type_name_of(w_func.w_owner), w_func.name))
        if name == '__self__':
            if w_self is not None:
                return w_self
            if w_func.w_owner is None:
                return self.modules_w.get('builtins', None)
        if name == '__module__' and w_self is not None:
            return self.w_None                  # [].append.__module__, as CPython
        if name == '__module__' and w_func.w_owner is None:
            # the module whose namespace holds it (len: 'builtins', math.sqrt: 'math')
            for module_name, w_module in self.modules_w.items():
                if w_module.dict_w.get(w_func.name, None) is w_func:
                    return self.newstr(module_name)
            return self.w_None
        if name == '__doc__' or name == '__text_signature__':
            return self.w_None
        return None

    def getattr_after_error(self, e, w_obj, w_type, name):
        """After e, raised while reading attribute `name`: the class's
        __getattr__(name) if e is an AttributeError and the class has one, else e
        again (CPython's slot_tp_getattr_hook)."""
        if not self.exception_is(e.w_value, self.w_AttributeError):
            raise e
        w_getattr = w_type.lookup('__getattr__')
        if w_getattr is None:
            raise e
        return self.call_function(self.bind(w_getattr, w_obj), [self.newstr(name)])

    def other_getattr(self, w_obj, name):
        if isinstance(w_obj, W_Module):
            w_value = w_obj.dict_w.get(name, None)
            freethreading.subscribe()       # (module globals are read without a lock)
            if w_value is None and name == 'modules' and w_obj.name == 'sys':
                return self.sys_modules()
            if w_value is None and name == '__dict__':     # writes through, as globals()
                return execbuiltins.globals_dict(self, w_obj)
            if w_value is None and name != '__getattr__':
                w_getattr = w_obj.dict_w.get('__getattr__', None)
                if w_getattr is not None:   # a module's own __getattr__ (PEP 562)
                    return self.call_function(w_getattr, [self.newstr(name)])
            return w_value
        if isinstance(w_obj, W_Type):
            return self.type_getattr(w_obj, name)
        if isinstance(w_obj, W_Super):
            return self.super_getattr(w_obj, name)
        if isinstance(w_obj, W_Function):
            if name == '__name__':
                return self.newstr(w_obj.name)
            if name == '__qualname__':
                w_qualname = None if w_obj.dict_w is None else w_obj.dict_w.get(name, None)
                if w_qualname is not None:      # set by the program (functools.wraps)
                    return w_qualname
                return self.newstr(w_obj.code.qualname)
            if w_obj.dict_w is not None:
                w_value = w_obj.dict_w.get(name, None)
                if w_value is not None:
                    return w_value
            if name == '__dict__':
                w_dict = W_FunctionDict(self, w_obj)
                if w_obj.dict_w is not None:
                    for key, w_v in w_obj.dict_w.items():
                        if not is_function_slot(key):
                            w_dict.set(self.newstr(key), w_v)
                return w_dict
            if name == '__doc__':
                if w_obj.code.doc is None:
                    return self.w_None
                return self.newstr(w_obj.code.doc)
            if name == '__annotations__':       # made on first use, as CPython
                w_value = self.newdict()
                self.setattr(w_obj, name, w_value)
                return w_value
        if isinstance(w_obj, W_BuiltinFunction) or (
                isinstance(w_obj, W_Method) and isinstance(w_obj.w_func, W_BuiltinFunction)):
            w_value = self.builtin_function_attr(w_obj, name)
            if w_value is not None:
                return w_value
        if name == '__func__' or name == '__wrapped__':
            if isinstance(w_obj, W_StaticMethod):
                return w_obj.w_func
            if isinstance(w_obj, W_ClassMethod):
                return w_obj.w_func
        if isinstance(w_obj, W_GenericAlias) or isinstance(w_obj, W_UnionType):
            return typealias.getattr_or_none(self, w_obj, name)
        if name == '__class__':
            return self.type(w_obj)
        w_type = self.type(w_obj)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            return self.bind(w_descr, w_obj)
        if isinstance(w_obj, W_Method):     # as CPython: the function's attributes
            return self.getattr_or_none(w_obj.w_func, name)
        if name == '__doc__':
            return self.type_getattr(w_type, name)
        return self.object_default(w_obj, name)

    def object_default(self, w_obj, name):
        """object's attribute `name` (object.__setattr__ and co: space.object_methods_w)
        bound to w_obj, which is not a class; None if object has no such attribute."""
        w_default = self.object_methods_w.get(name, None)
        if w_default is None or name in objectmethods.TYPE_ONLY_NAMES:
            return None
        return self.bind(w_default, w_obj)

    def type_getattr(self, w_type, name):
        if name == '__name__':
            tname = w_type.name
            i = tname.rfind('.')
            if w_type.builtin and i >= 0:     # types.GenericAlias
                tname = tname[i + 1:]
            return self.newstr(tname)
        if name == '__class__':
            return self.type(w_type)
        if name == '__qualname__':
            if w_type.builtin:
                return self.type_getattr(w_type, '__name__')
            return self.newstr(w_type.qualname)
        if name == '__mro__':
            return self.newtuple(w_type.mro_w[:])
        if name == '__bases__':
            return self.newtuple(w_type.bases_w[:])
        if name == '__base__':          # (CPython: the base whose layout it extends;
            if not w_type.bases_w:      # the first base for every class gclab makes)
                return self.w_None
            return w_type.bases_w[0]
        if name == '__annotations__' and not w_type.builtin:
            # the class's own (not inherited), made on first use, as CPython
            w_value = w_type.dict_w.get(name, None)
            if w_value is None:
                w_value = self.newdict()
                w_type.store(name, w_value)
            return w_value
        if name == '__dict__':
            # a snapshot of the class namespace (CPython's read-only mappingproxy)
            w_dict = self.newdict()
            for key, w_v in w_type.dict_w.items():
                self.setitem(w_dict, self.newstr(key), w_v)
            return w_dict
        if w_type.w_metatype is not None:
            w_found = self.metatype_getattr(w_type, name)
            if w_found is not None:
                return w_found
        w_descr = w_type.lookup(name)
        if w_descr is None:
            if name == '__module__' and w_type.builtin:
                return self.newstr('builtins')      # int.__module__, as CPython
            if name == '__doc__' or name == '__module__':
                return self.w_None
            w_descr = self.object_methods_w.get(name, None)  # object.__setattr__...
            if w_descr is None:
                return None
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_func
        if isinstance(w_descr, W_ClassMethod):
            return self.bind_classmethod(w_descr.w_func, w_type)
        if isinstance(w_descr, W_Instance):         # descriptor.__get__(None, cls)
            return self.descriptor_get(w_descr, self.w_None, w_type)
        return w_descr

    def metatype_getattr(self, w_type, name):
        """An attribute of a class found through its metaclass, as CPython's
        type.__getattribute__: a property of the metaclass before the class's own
        attributes, the metaclass's other attributes after them, its __getattr__
        last."""
        w_meta_attr = metaclass.user_method(self, w_type, name)
        if w_meta_attr is not None:
            for w_t in w_type.w_metatype.mro_w:
                assert isinstance(w_t, W_Type)
                if isinstance(w_t.dict_w.get(name, None), W_Property):
                    return w_meta_attr
            if not self.class_has(w_type, name):
                return w_meta_attr
            return None
        if not self.class_has(w_type, name) and name != '__getattr__':
            w_getattr = metaclass.user_method(self, w_type, '__getattr__')
            if w_getattr is not None:
                return self.call_function(w_getattr, [self.newstr(name)])
        return None

    def slotted_names(self, w_type):
        """The names the __slots__ of w_type's classes give (kept out of __dict__, as
        CPython keeps slot values out of it), or None if none has __slots__."""
        found = None
        for w_t in w_type.mro_w:
            assert isinstance(w_t, W_Type)
            if w_t.own_slots is None:
                continue
            if found is None:
                found = {}
            for name in w_t.own_slots:
                found[name] = None
        return found

    def sys_modules(self):
        """sys.modules (gclab.objspace.dictobject.W_ModulesDict)."""
        held = freethreading.lock_state(freethreading.IMPORTS)
        try:
            w_dict = W_ModulesDict(self, self.modules_w)
            for name, w_module in self.modules_w.items():
                w_dict.set(self.newstr(name), w_module)
        finally:
            freethreading.unlock_state(freethreading.IMPORTS, held)
        return w_dict

    def class_has(self, w_type, name):
        return w_type.lookup(name) is not None or name in self.object_methods_w

    def super_getattr(self, w_super, name):
        w_self = w_super.w_self
        class_level = isinstance(w_self, W_Type) and w_self.is_subtype(w_super.w_start)
        if class_level:
            w_type = w_self
        else:
            w_type = self.type(w_self)
        mro_w = w_type.mro_w
        i = 0
        while i < len(mro_w) and mro_w[i] is not w_super.w_start:
            i += 1
        i += 1
        while i < len(mro_w):
            w_t = mro_w[i]
            assert isinstance(w_t, W_Type)
            w_descr = w_t.dict_w.get(name, None)
            if w_descr is not None:
                if class_level:
                    if isinstance(w_descr, W_ClassMethod):
                        return self.bind_classmethod(w_descr.w_func, w_self)
                    if isinstance(w_descr, W_StaticMethod):
                        return w_descr.w_func
                    return w_descr
                return self.bind(w_descr, w_self)
            i += 1
        if name == '__init__':
            w_init = self.wrap_builtin('__init__', super_object_init)
            if class_level:
                return w_init
            return W_Method(w_self, w_init)
        w_default = self.object_methods_w.get(name, None)
        if w_default is not None:               # super().__setattr__(...) and co
            if isinstance(w_default, W_ClassMethod):
                if not class_level:
                    w_self = self.type(w_self)
                return W_Method(w_self, w_default.w_func)
            if isinstance(w_default, W_StaticMethod):
                return w_default.w_func         # super().__new__(cls)
            if class_level:
                return w_default
            return W_Method(w_self, w_default)  # (a class, in its metaclass's methods)
        if name == '__thisclass__':
            return w_super.w_start
        if name == '__self__':
            return w_self
        if name == '__self_class__':
            return w_type
        raise self.error(self.w_AttributeError, "'super' object has no attribute '%s'" % name)

    def setattr(self, w_obj, name, w_value):
        if isinstance(w_obj, W_Instance):
            w_setattr = self.type(w_obj).lookup('__setattr__')
            if w_setattr is not None and not isinstance(w_setattr, W_BuiltinFunction):
                self.call_function(self.bind(w_setattr, w_obj), [self.newstr(name), w_value])
                return
            self.generic_setattr(w_obj, name, w_value)      # properties, then the storage
            return
        if isinstance(w_obj, W_Type):
            if w_obj.w_metatype is not None:    # the metaclass's __setattr__
                w_setattr = metaclass.user_method(self, w_obj, '__setattr__')
                if w_setattr is not None:
                    self.call_function(w_setattr, [self.newstr(name), w_value])
                    return
            self.type_setattr(w_obj, name, w_value)
            return
        if isinstance(w_obj, W_Module):
            w_obj.store(name, w_value)
            return
        if name == '__class__':
            # an instance of a builtin type: CPython's errors for obj.__class__ = C
            if not isinstance(w_value, W_Type):
                raise self.error(self.w_TypeError, "__class__ must be set to a class, not "
                                 "'%s' object" % self.type(w_value).name)
            raise self.error(self.w_TypeError, '__class__ assignment only supported for '
                             'mutable types or ModuleType subclasses')
        if isinstance(w_obj, W_Function):
            if name == '__defaults__' or name == '__kwdefaults__':
                self.set_function_defaults(w_obj, name, w_value)
                return
            if name == '__globals__' or name == '__closure__':
                raise self.error(self.w_AttributeError, 'readonly attribute')
            if name == '__code__':
                # (CPython's function takes the new code; gclab's keeps its code in a
                # field read without counting: refused loudly rather than ignored)
                raise self.error(self.w_TypeError, "gclab: assigning a function's "
                                 "__code__ is not supported")
            if name == '__name__' or name == '__qualname__':
                if not isinstance(w_value, W_Str):
                    raise self.error(self.w_TypeError, '%s must be set to a string object'
                                     % name)
                if name == '__name__':
                    held = freethreading.lock(w_obj)
                    w_obj.name = w_value.utf8()
                    freethreading.unlock(w_obj, held)
                    return
            held = freethreading.lock(w_obj)
            if w_obj.dict_w is None:
                w_obj.dict_w = {}
            w_obj.dict_w[name] = w_value
            freethreading.unlock(w_obj, held)
            return
        w_descr = self.type(w_obj).lookup(name)
        if isinstance(w_descr, W_Property) and w_descr.w_fset is not None:
            # a writable one (generator.__name__, CPython's getset with a setter)
            self.call_function(w_descr.w_fset, [w_obj, w_value])
            return
        if isinstance(w_descr, W_Property) or (
                (isinstance(w_obj, W_BuiltinFunction) or (isinstance(w_obj, W_Method) and
                                                          isinstance(w_obj.w_func,
                                                                     W_BuiltinFunction)))
                and self.builtin_function_attr(w_obj, name) is not None):
            # a builtin type's data attribute (CPython's getset and member descriptors)
            raise self.error(self.w_AttributeError, "attribute '%s' of '%s' objects is not "
                             "writable" % (name, self.type(w_obj).name))
        if w_descr is not None:
            raise self.error(self.w_AttributeError, "'%s' object attribute '%s' is read-only"
                             % (self.type(w_obj).name, name))
        raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'"
                         % (self.type(w_obj).name, name))

    def type_setattr(self, w_obj, name, w_value):
        """type.__setattr__: the store into a class the program made, without its
        metaclass's __setattr__."""
        if w_obj.builtin:
            raise self.error(self.w_TypeError, "cannot set '%s' attribute of immutable "
                             "type '%s'" % (name, w_obj.name))
        if name == '__name__':
            if not isinstance(w_value, W_Str):
                raise self.error(self.w_TypeError, "can only assign string to %s.__name__"
                                 ", not '%s'" % (w_obj.name, self.type(w_value).name))
            held = freethreading.lock(w_obj)    # (two stores would both drop
            w_obj.name = w_value.utf8()         # the old name's reference)
            freethreading.unlock(w_obj, held)
            return
        if name == '__qualname__':
            if not isinstance(w_value, W_Str):
                raise self.error(self.w_TypeError, "can only assign string to "
                                 "%s.__qualname__, not '%s'"
                                 % (w_obj.name, self.type(w_value).name))
            held = freethreading.lock(w_obj)
            w_obj.qualname = w_value.utf8()
            freethreading.unlock(w_obj, held)
            return
        if name == '__mro__':
            raise self.error(self.w_AttributeError, 'readonly attribute')
        if name == '__dict__':
            raise self.error(self.w_AttributeError, "attribute '__dict__' of 'type' "
                             "objects is not writable")
        if name == '__bases__':
            # (CPython recomputes the MRO and the layouts of the class and its
            # subclasses: refused loudly rather than stored as an attribute)
            raise self.error(self.w_TypeError, "gclab: assigning %s.__bases__ is not "
                             "supported" % w_obj.name)
        w_obj.store(name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        """object.__setattr__: the store into an instance, without its __setattr__."""
        assert isinstance(w_obj, W_Instance)
        w_descr = self.type(w_obj).lookup(name)
        if isinstance(w_descr, W_Property):
            if w_descr.w_fset is None:
                raise self.error(self.w_AttributeError, "property '%s' of '%s' object "
                                 "has no setter" % (name, self.type(w_obj).name))
            self.call_function(w_descr.w_fset, [w_obj, w_value])
            return
        if isinstance(w_descr, W_Instance) and self.is_data_descriptor(w_descr):
            w_set = self.descriptor_method(w_descr, '__set__')
            if w_set is None:
                raise self.error(self.w_AttributeError, '__set__')
            self.call_function(w_set, [w_descr, w_obj, w_value])
            return
        if isinstance(w_obj, W_ExceptionObject) and self.set_exception_attr(w_obj, name,
                                                                            w_value):
            return
        slots = self.type(w_obj).slots
        if (slots is not None and name not in slots) or self.type(w_obj) is self.w_object:
            # (a bare object() has no __dict__)
            raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'"
                             % (self.type(w_obj).name, name))
        if name == '__dict__' and slots is None:
            self.set_instance_dict(w_obj, w_value)
            return
        if name == '__class__':
            self.set_instance_class(w_obj, w_value)
            return
        w_obj.setdictvalue(name, w_value)

    def set_function_defaults(self, w_func, name, w_value):
        """f.__defaults__ = tuple or None, f.__kwdefaults__ = dict or None: what calls
        use from then on."""
        if name == '__defaults__':
            if w_value is self.w_None:
                defaults_w = []
            elif isinstance(w_value, W_Tuple):
                defaults_w = w_value.items_w[:]
            else:
                raise self.error(self.w_TypeError, '__defaults__ must be set to a tuple '
                                 'object')
            held = freethreading.lock(w_func)
            w_func.defaults_w = defaults_w
            freethreading.unlock(w_func, held)
            return
        kwdefaults_w = None
        if w_value is not self.w_None:
            if not isinstance(w_value, W_Dict):
                raise self.error(self.w_TypeError, '__kwdefaults__ must be set to a dict '
                                 'object')
            kwdefaults_w = {}
            for w_key, w_v in w_value.pairs():
                if isinstance(w_key, W_Str):
                    kwdefaults_w[w_key.utf8()] = w_v
        held = freethreading.lock(w_func)
        w_func.kwdefaults_w = kwdefaults_w
        freethreading.unlock(w_func, held)

    def set_instance_dict(self, w_obj, w_value):
        """obj.__dict__ = d: d (a dict or a dict subclass's instance) holds the
        attributes from now on, as CPython's instance dict."""
        if not self.isinstance_w(w_value, self.w_dict):
            raise self.error(self.w_TypeError, "__dict__ must be set to a dictionary, "
                             "not a '%s'" % self.type(w_value).name)
        w_obj.set_attribute_dict(w_value)     # (its map, DICT_MODE, is never cached)

    def set_instance_class(self, w_obj, w_value):
        """obj.__class__ = C, between classes whose instances have the same layout, with
        CPython's errors otherwise."""
        if not isinstance(w_value, W_Type):
            raise self.error(self.w_TypeError, "__class__ must be set to a class, not '%s' "
                             "object" % self.type(w_value).name)
        w_old = self.type(w_obj)
        assert isinstance(w_old, W_Type)
        if w_value.builtin or w_old.builtin:
            raise self.error(self.w_TypeError, '__class__ assignment only supported for '
                             'mutable types or ModuleType subclasses')
        if w_value.layout != w_old.layout or \
                w_value.w_builtin_base is not w_old.w_builtin_base or \
                not same_slots(w_value.slots, w_old.slots):
            raise self.error(self.w_TypeError, "__class__ assignment: '%s' object layout "
                             "differs from '%s'" % (w_value.name, w_old.name))
        w_obj.set_class(w_value)

    def set_exception_attr(self, w_exc, name, w_value):
        """Assignment to args, __cause__, __context__ or __suppress_context__ of an
        exception; False for the other attributes."""
        if name == 'args':
            w_exc.set_args(self.listview(w_value))
            return True
        if name == '__cause__' or name == '__context__':
            w_new = None
            if w_value is not self.w_None:
                if not isinstance(w_value, W_ExceptionObject):
                    what = 'cause' if name == '__cause__' else 'context'
                    raise self.error(self.w_TypeError, 'exception %s must be None or derive '
                                     'from BaseException' % what)
                w_new = w_value
            if name == '__cause__':
                w_exc.set_cause(w_new)
            else:
                w_exc.set_context(w_new)
            return True
        if name == '__suppress_context__':
            w_exc.suppress_context = self.is_true(w_value)
            return True
        if name == '__traceback__':
            tracebackobject.set_exception_traceback(self, w_exc, w_value)
            return True
        return False

    def delattr(self, w_obj, name):
        if isinstance(w_obj, W_Instance):
            w_delattr = self.type(w_obj).lookup('__delattr__')
            if w_delattr is not None and not isinstance(w_delattr, W_BuiltinFunction):
                self.call_function(self.bind(w_delattr, w_obj), [self.newstr(name)])
                return
            self.generic_delattr(w_obj, name)
            return
        if isinstance(w_obj, W_Type) and w_obj.w_metatype is not None:
            w_delattr = metaclass.user_method(self, w_obj, '__delattr__')
            if w_delattr is not None:           # the metaclass's __delattr__
                self.call_function(w_delattr, [self.newstr(name)])
                return
        if isinstance(w_obj, W_Type) and not w_obj.builtin:
            if w_obj.delete(name):
                return
        if isinstance(w_obj, W_Module):
            if w_obj.delete(name):
                return
            # (CPython's message for a deletion is the generic one)
            raise self.error(self.w_AttributeError, "'module' object has no attribute "
                             "'%s'" % name)
        if isinstance(w_obj, W_Function) and w_obj.dict_w is not None:
            if name in w_obj.dict_w:
                del w_obj.dict_w[name]
                return
        w_descr = self.type(w_obj).lookup(name)
        if isinstance(w_descr, W_Property) and w_descr.w_fdel is not None:
            # a builtin type's getset with a deleter (generator.__name__: its TypeError)
            self.call_function(w_descr.w_fdel, [w_obj])
            return
        raise self.attribute_error(w_obj, name)

    def generic_delattr(self, w_obj, name):
        """object.__delattr__: the deletion from an instance, without its __delattr__."""
        if isinstance(w_obj, W_Instance):
            w_descr = self.type(w_obj).lookup(name)
            if isinstance(w_descr, W_Instance) and self.is_data_descriptor(w_descr):
                w_delete = self.descriptor_method(w_descr, '__delete__')
                if w_delete is None:
                    raise self.error(self.w_AttributeError, '__delete__')
                self.call_function(w_delete, [w_descr, w_obj])
                return
            if isinstance(w_descr, W_Property):
                if w_descr.w_fdel is None:
                    raise self.error(self.w_AttributeError, "property '%s' of '%s' object "
                                     "has no deleter" % (name, self.type(w_obj).name))
                self.call_function(w_descr.w_fdel, [w_obj])
                return
            if w_obj.deldictvalue(name):
                return
            if isinstance(w_descr, W_MemberDescr):      # an unset slot (CPython 3.11)
                raise self.error(self.w_AttributeError, name)
            raise self.error(self.w_AttributeError, "'%s' object has no attribute '%s'"
                             % (self.type(w_obj).name, name))
        if isinstance(w_obj, W_Type) and not w_obj.builtin:
            if w_obj.delete(name):
                return
        raise self.attribute_error(w_obj, name)

    # --- operators --------------------------------------------------------------------
    def binop(self, opnum, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                not (opnum >= op.OP_AND and isinstance(w_a, W_Bool)):
            w_res = numbers.int_binop(self, opnum, w_a.intval, w_b.intval)
            if w_res is not None:
                return w_res
        w_res = self.binop_or_none(opnum, w_a, w_b)
        if w_res is None:
            raise self.binop_type_error(opnum, w_a, w_b, '')
        return w_res

    def binop_type_error(self, opnum, w_a, w_b, suffix):
        # as CPython's sequence slots: once the other operand's methods declined
        if opnum == op.OP_ADD and seqops.is_sequence(w_a):
            kind = self.type(w_a).name
            return self.error(self.w_TypeError, 'can only concatenate %s (not "%s") to %s'
                              % (kind, self.type(w_b).name, kind))
        if opnum == op.OP_MUL and seqops.is_sequence(w_a) and not numbers.is_number(w_b):
            return seqops.repeat_error(self, w_b)
        if opnum == op.OP_MUL and seqops.is_sequence(w_b) and not numbers.is_number(w_a):
            return seqops.repeat_error(self, w_a)
        symbol = op.BINOPS[opnum] + suffix
        if opnum == op.OP_POW and not suffix:
            symbol = '** or pow()'
        return self.error(self.w_TypeError,
                          "unsupported operand type(s) for %s: '%s' and '%s'"
                          % (symbol, self.type(w_a).name, self.type(w_b).name))

    def binop_or_none(self, opnum, w_a, w_b):
        if numbers.is_number(w_a) and numbers.is_number(w_b):
            return numbers.number_binop(self, opnum, w_a, w_b)
        if isinstance(w_a, W_Complex) or isinstance(w_b, W_Complex):
            w_res = complexobject.binop(self, opnum, w_a, w_b)
            if w_res is not None:
                return w_res
        w_res = seqops.seq_binop(self, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        w_res = setobject.binop(self, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        if opnum == op.OP_OR:
            w_res = typealias.union_or_none(self, w_a, w_b)     # int | None
            if w_res is not None:
                return w_res
        if isinstance(w_a, W_Instance) or isinstance(w_b, W_Instance):
            return self.instance_binop(opnum, w_a, w_b)
        return None

    def instance_binop(self, opnum, w_a, w_b):
        w_type_a = self.type(w_a)
        w_type_b = self.type(w_b)
        try_reflected = w_type_a is not w_type_b
        if try_reflected and w_type_b.is_subtype(w_type_a):
            # a subclass that overrides the reflected method goes first, as in CPython
            rname = BINOP_RSPECIAL[opnum]
            w_rdescr = w_type_b.lookup(rname)
            if w_rdescr is not None and w_rdescr is not w_type_a.lookup(rname):
                w_res = self.call_function(self.bind(w_rdescr, w_b), [w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
                try_reflected = False
        w_meth = self.lookup_special_or_none(w_a, BINOP_SPECIAL[opnum])
        if w_meth is not None:
            w_res = self.call_function(w_meth, [w_b])
            if w_res is not self.w_NotImplemented:
                return w_res
        if try_reflected:
            w_meth = self.lookup_special_or_none(w_b, BINOP_RSPECIAL[opnum])
            if w_meth is not None:
                w_res = self.call_function(w_meth, [w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
        if opnum == op.OP_MUL:
            # a sequence times an object with __index__ (CPython's sq_repeat takes it)
            if seqops.is_sequence(w_a) and self.has_index(w_b):
                return seqops.repeat(self, w_a, self.int_w(w_b))
            if seqops.is_sequence(w_b) and self.has_index(w_a):
                return seqops.repeat(self, w_b, self.int_w(w_a))
        return None

    def has_index(self, w_obj):
        return isinstance(w_obj, W_Instance) and \
            self.lookup_special_or_none(w_obj, '__index__') is not None

    def set_binop_or_none(self, opnum, w_a, w_b):
        """The set and dict-view operators (setobject.binop), or None."""
        return setobject.binop(self, opnum, w_a, w_b)

    def inplace_binop(self, opnum, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and \
                not (opnum >= op.OP_AND and isinstance(w_a, W_Bool)):
            w_res = numbers.int_binop(self, opnum, w_a.intval, w_b.intval)
            if w_res is not None:
                return w_res
        if (isinstance(w_a, W_List) and isinstance(w_b, W_Instance)
                and (opnum == op.OP_ADD or opnum == op.OP_MUL)):
            # as CPython: a list has no number slots for += and *=, so the right
            # operand's __radd__/__rmul__ is tried before the list's own concat/repeat
            w_meth = self.lookup_special_or_none(w_b, BINOP_RSPECIAL[opnum])
            if w_meth is not None:
                w_res = self.call_function(w_meth, [w_a])
                if w_res is not self.w_NotImplemented:
                    return w_res
        if isinstance(w_a, W_List) and opnum == op.OP_ADD:
            self.list_extend(w_a, w_b)
            return w_a
        if isinstance(w_a, W_Dict) and opnum == op.OP_OR:
            self.dict_update(w_a, w_b)
            return w_a
        w_res = setobject.inplace_binop(self, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        w_res = bytesobject.inplace_binop(self, opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        if isinstance(w_a, W_List) and opnum == op.OP_MUL:
            w_res = seqops.seq_binop(self, opnum, w_a, w_b)
            if w_res is None:
                raise self.binop_type_error(opnum, w_a, w_b, '=')
            assert isinstance(w_res, W_List)
            held = freethreading.lock(w_a)
            w_a.items_w = w_res.items_w
            freethreading.unlock(w_a, held)
            return w_a
        if isinstance(w_a, W_Instance):
            w_meth = self.lookup_special_or_none(w_a, BINOP_ISPECIAL[opnum])
            if w_meth is not None:
                w_res = self.call_function(w_meth, [w_b])
                if w_res is not self.w_NotImplemented:
                    return w_res
        w_res = self.binop_or_none(opnum, w_a, w_b)
        if w_res is None:
            raise self.binop_type_error(opnum, w_a, w_b, '=')
        return w_res

    def unaryop(self, opnum, w_a):
        if opnum == op.UN_NOT:
            return self.newbool(not self.is_true(w_a))
        if numbers.is_number(w_a):
            w_res = numbers.number_unaryop(self, opnum, w_a)
            if w_res is not None:
                return w_res
        elif isinstance(w_a, W_Complex):
            w_res = complexobject.unaryop(self, opnum, w_a)
            if w_res is not None:
                return w_res
        elif isinstance(w_a, W_Instance):
            w_meth = self.lookup_special_or_none(w_a, UNARY_SPECIAL[opnum])
            if w_meth is not None:
                return self.call_function(w_meth, [])
        raise self.error(self.w_TypeError, "bad operand type for unary %s: '%s'"
                         % (op.UNOPS[opnum], self.type(w_a).name))

    def compare(self, opnum, w_a, w_b):
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int) and opnum <= op.CMP_GE:
            return self.newbool(numbers.int_compare(opnum, w_a.intval, w_b.intval))
        if opnum == op.CMP_IS:
            return self.newbool(self.is_w(w_a, w_b))
        if opnum == op.CMP_IS_NOT:
            return self.newbool(not self.is_w(w_a, w_b))
        if opnum == op.CMP_IN:
            return self.newbool(self.contains(w_b, w_a))
        if opnum == op.CMP_NOT_IN:
            return self.newbool(not self.contains(w_b, w_a))
        return self.richcompare(opnum, w_a, w_b)

    def is_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        # ints and floats with equal values are not guaranteed identical; strings of
        # one character and small ints are cached, as in CPython
        return False

    def richcompare(self, opnum, w_a, w_b):
        if numbers.is_number(w_a) and numbers.is_number(w_b):
            return self.newbool(numbers.number_compare(self, opnum, w_a, w_b))
        if isinstance(w_a, W_Complex) or isinstance(w_b, W_Complex):
            res = complexobject.compare(self, opnum, w_a, w_b)
            if res >= 0:
                return self.newbool(res == 1)
        res = seqops.seq_compare(self, opnum, w_a, w_b)
        if res < 0:
            res = setobject.compare(self, opnum, w_a, w_b)
        if res >= 0:
            return self.newbool(res == 1)
        if isinstance(w_a, W_Instance) or isinstance(w_b, W_Instance):
            w_res = self.instance_compare(opnum, w_a, w_b)
            if w_res is not None:
                return w_res
        if opnum == op.CMP_EQ or opnum == op.CMP_NE:
            w_eq = w_a.eq(self, w_b)
            if w_eq is None:
                w_eq = w_b.eq(self, w_a)
            if w_eq is not None:
                if opnum == op.CMP_EQ:
                    return w_eq
                return self.newbool(not self.is_true(w_eq))
        if opnum == op.CMP_EQ:
            return self.newbool(w_a is w_b)
        if opnum == op.CMP_NE:
            return self.newbool(w_a is not w_b)
        if isinstance(w_a, W_Slice) and isinstance(w_b, W_Slice):   # as (start, stop, step)
            return self.richcompare(opnum, w_a.as_tuple(self), w_b.as_tuple(self))
        raise self.error(self.w_TypeError,
                         "'%s' not supported between instances of '%s' and '%s'"
                         % (op.CMPOPS[opnum], self.type(w_a).name, self.type(w_b).name))

    def instance_compare(self, opnum, w_a, w_b):
        w_type_a = self.type(w_a)
        w_type_b = self.type(w_b)
        # a subclass's reflected method goes first, as in CPython
        if w_type_b is not w_type_a and w_type_b.is_subtype(w_type_a):
            w_res = self.try_compare(CMP_SWAPPED[opnum], w_b, w_a)
            if w_res is not None:
                return w_res
            return self.try_compare(opnum, w_a, w_b)
        w_res = self.try_compare(opnum, w_a, w_b)
        if w_res is not None:
            return w_res
        return self.try_compare(CMP_SWAPPED[opnum], w_b, w_a)

    def try_compare(self, opnum, w_a, w_b):
        """w_a's special method for opnum, or None where it has none or it returns
        NotImplemented.  Without a __ne__ of its own, w_a answers != as object.__ne__
        does: through its __eq__, inverted."""
        if not isinstance(w_a, W_Instance):
            return None
        w_meth = self.lookup_special_or_none(w_a, CMP_SPECIAL[opnum])
        if w_meth is None and opnum == op.CMP_NE:
            w_eq = self.try_compare(op.CMP_EQ, w_a, w_b)
            if w_eq is None:
                return None
            return self.newbool(not self.is_true(w_eq))
        if w_meth is None:
            return None
        w_res = self.call_function(w_meth, [w_b])
        if w_res is self.w_NotImplemented:
            return None
        return w_res

    # --- containers -------------------------------------------------------------------
    def len_w(self, w_obj):
        n = w_obj.length(self)
        if n >= 0:
            return n
        if isinstance(w_obj, W_Instance) or isinstance(w_obj, W_Type):
            w_meth = self.user_special(w_obj, '__len__')
            if w_meth is not None:
                w_n = self.call_function(w_meth, [])
                if isinstance(w_n, W_Long):
                    # (CPython checks the sign first, then the size)
                    if w_n.num.sign < 0:
                        raise self.error(self.w_ValueError, '__len__() should return >= 0')
                    try:
                        w_n.num.toint()
                    except OverflowError:
                        raise self.error(self.w_OverflowError, "cannot fit 'int' into an "
                                         "index-sized integer")
                n = self.int_w(w_n)
                if n < 0:
                    raise self.error(self.w_ValueError, '__len__() should return >= 0')
                return n
        raise self.error(self.w_TypeError, "object of type '%s' has no len()"
                         % self.type(w_obj).name)

    def getitem(self, w_obj, w_index):
        return seqops.getitem(self, w_obj, w_index)

    def setitem(self, w_obj, w_index, w_value):
        seqops.setitem(self, w_obj, w_index, w_value)

    def delitem(self, w_obj, w_index):
        seqops.delitem(self, w_obj, w_index)

    def contains(self, w_container, w_item):
        return seqops.contains(self, w_container, w_item)

    def iter(self, w_obj):
        w_iter = self.iter_or_none(w_obj)
        if w_iter is None:
            raise self.error(self.w_TypeError, "'%s' object is not iterable"
                             % self.type(w_obj).name)
        return w_iter

    def iter_or_none(self, w_obj):
        """iter(w_obj), or None if w_obj has no way to iterate."""
        if isinstance(w_obj, W_List) or isinstance(w_obj, W_Tuple) or \
                isinstance(w_obj, W_Str):
            return W_SeqIterator(w_obj)
        if isinstance(w_obj, W_Range):
            return W_RangeIterator(w_obj.start, w_obj.len, w_obj.step)
        if isinstance(w_obj, W_Dict):
            return dict_iter(self, w_obj)
        w_iter = w_obj.iter(self)
        if w_iter is not None:
            return w_iter
        if isinstance(w_obj, W_Instance) or isinstance(w_obj, W_Type):
            w_meth = self.user_special(w_obj, '__iter__')
            if w_meth is self.w_None:           # __iter__ = None: not iterable
                return None
            if w_meth is not None:
                w_res = self.call_function(w_meth, [])
                if not is_iterator(self, w_res):
                    raise self.error(self.w_TypeError, "iter() returned non-iterator of type "
                                     "'%s'" % self.type(w_res).name)
                return w_res
            if self.user_special(w_obj, '__getitem__') is not None:
                return W_GetitemIterator(w_obj)
        return None

    def next(self, w_iter):
        """The next item, or None when the iterator is exhausted."""
        if isinstance(w_iter, W_Instance):
            w_meth = self.lookup_special_or_none(w_iter, '__next__')
            if w_meth is None:
                raise self.error(self.w_TypeError, "'%s' object is not an iterator"
                                 % self.type(w_iter).name)
            try:
                return self.call_function(w_meth, [])
            except OperationError as e:
                if self.exception_is(e.w_value, self.w_StopIteration):
                    return None
                raise
        if isinstance(w_iter, W_GetitemIterator):
            return w_iter.next_item(self)
        return w_iter.next(self)

    def unpack(self, w_obj, n):
        if isinstance(w_obj, W_Tuple) or isinstance(w_obj, W_List):
            if isinstance(w_obj, W_Tuple):
                items_w = w_obj.items_w
            else:
                assert isinstance(w_obj, W_List)
                items_w = w_obj.items_to_read()
            if len(items_w) == n:
                return items_w
            got = len(items_w)
        else:
            # at most one item more than the targets (an endless iterator ends the
            # assignment with the error, as CPython's; a finite one is left with the
            # rest of its items)
            items_w = self.unpack_iterable(w_obj, n + 1)
            if len(items_w) == n:
                return items_w
            got = len(items_w)
        if got > n:
            raise self.error(self.w_ValueError, 'too many values to unpack (expected %d)' % n)
        raise self.error(self.w_ValueError, 'not enough values to unpack (expected %d, got %d)'
                         % (n, got))

    def unpack_iterable(self, w_obj, limit=-1):
        """The items of w_obj for an unpacking assignment (the first `limit` of them,
        if limit >= 0), with CPython's error for an object that cannot be iterated."""
        if isinstance(w_obj, W_Instance):
            w_type = self.type(w_obj)
            if w_type.lookup('__iter__') is None and w_type.lookup('__getitem__') is None:
                raise self.error(self.w_TypeError, 'cannot unpack non-iterable %s object'
                                 % w_type.name)
        elif not (isinstance(w_obj, W_List) or isinstance(w_obj, W_Tuple) or
                  isinstance(w_obj, W_Str) or isinstance(w_obj, W_Range) or
                  isinstance(w_obj, W_Dict) or w_obj.iter(self) is not None):
            raise self.error(self.w_TypeError, 'cannot unpack non-iterable %s object'
                             % self.type(w_obj).name)
        if limit < 0:
            return self.listview(w_obj)
        result_w = []
        w_iter = self.iter(w_obj)
        while len(result_w) < limit:
            w_item = self.next(w_iter)
            if w_item is None:
                break
            result_w.append(w_item)
        return result_w

    def list_append(self, w_list, w_item):
        assert isinstance(w_list, W_List)
        w_list.items_w.append(w_item)

    def list_extend(self, w_list, w_iterable):
        assert isinstance(w_list, W_List)
        if w_iterable is w_list:
            new_w = w_list.snapshot()
        else:
            new_w = self.listview(w_iterable)
        held = freethreading.lock(w_list)
        try:
            w_list.items_w.extend(new_w)
        finally:
            freethreading.unlock(w_list, held)

    def list_extend_unpacked(self, w_list, w_iterable):
        """LIST_EXTEND: `*x` in a display or among a call's positional arguments."""
        if not self.is_iterable(w_iterable):
            raise self.error(self.w_TypeError, 'Value after * must be an iterable, not %s'
                             % self.type(w_iterable).name)
        self.list_extend(w_list, w_iterable)

    def star_args(self, w_func, w_iterable):
        """The tuple of `f(*x)`'s arguments."""
        if not self.is_iterable(w_iterable):
            raise self.error(self.w_TypeError, '%s argument after * must be an iterable, '
                             'not %s' % (self.function_str(w_func),
                                         self.type(w_iterable).name))
        return self.newtuple(self.listview(w_iterable))

    def is_iterable(self, w_obj):
        """Whether iter(w_obj) would find a way to iterate (without calling anything)."""
        if isinstance(w_obj, W_Instance):
            return (self.type(w_obj).lookup('__iter__') is not None or
                    self.type(w_obj).lookup('__getitem__') is not None)
        return self.iter_or_none(w_obj) is not None

    def dict_update(self, w_dict, w_other):
        update_from(self, w_dict, w_other)
        if isinstance(w_dict, W_WriteThroughDict):      # (d |= x of globals(), ...)
            w_dict.write_all(self)

    def dict_update_unpacked(self, w_dict, w_other):
        """DICT_UPDATE: `**x` in a dict display.  x is a mapping when getattr(x, 'keys')
        finds something; an AttributeError on the way becomes CPython's TypeError."""
        self.update_from_unpacked(w_dict, w_other, None)

    def update_from_unpacked(self, w_dict, w_other, w_func):
        """`**x` into w_dict: in a dict display (w_func None) or among the keyword
        arguments of a call of w_func.  An AttributeError on the way (no keys(), or
        one raised inside it) becomes CPython's TypeError for that place."""
        try:
            update_from_mapping(self, w_dict, w_other)
        except OperationError as e:
            if not self.exception_is(e.w_value, self.w_AttributeError):
                raise
            if w_func is None:
                raise self.error(self.w_TypeError, "'%s' object is not a mapping"
                                 % self.type(w_other).name)
            raise self.error(self.w_TypeError, '%s argument after ** must be a '
                             'mapping, not %s' % (self.function_str(w_func),
                                                  self.type(w_other).name))

    def dict_merge(self, w_func, w_dict, w_other):
        """DICT_MERGE: `**x` or `name=x` among the keyword arguments of a call of w_func;
        a name given twice is an error, as in CPython."""
        assert isinstance(w_dict, W_Dict)
        w_new = self.newdict()
        self.update_from_unpacked(w_new, w_other, w_func)
        assert isinstance(w_new, W_Dict)
        for w_key, w_value in w_new.data.items():
            if not isinstance(w_key, W_Str):
                raise self.error(self.w_TypeError, 'keywords must be strings')
            if w_key in w_dict.data:
                raise self.error(self.w_TypeError,
                                 "%s got multiple values for keyword argument '%s'"
                                 % (self.function_str(w_func), w_key.utf8()))
            w_dict.data[w_key] = w_value

    def function_str(self, w_func):
        """A callable as CPython names it in call errors: "module.qualname()", or
        "qualname()" for a builtin."""
        if isinstance(w_func, W_Method):
            return self.function_str(w_func.w_func)
        if isinstance(w_func, W_Function):
            w_module = w_func.w_globals
            assert isinstance(w_module, W_Module)
            return '%s.%s()' % (w_module.name, w_func.code.qualname)
        if isinstance(w_func, W_BuiltinFunction):
            if w_func.w_owner is not None:
                return '%s.%s()' % (self.type_name_of(w_func.w_owner), w_func.name)
            return '%s()' % w_func.name
        if isinstance(w_func, W_Type):
            w_module = w_func.lookup('__module__')
            if not w_func.builtin and isinstance(w_module, W_Str):
                return '%s.%s()' % (w_module.utf8(), w_func.name)
            return '%s()' % w_func.name
        return self.str_w(self.str(w_func))

    def set_add(self, w_set, w_item):
        setobject.set_add_item(self, w_set, w_item)

    def set_update(self, w_set, w_iterable):
        setobject.set_update_from(self, w_set, w_iterable)

    # --- strings ------------------------------------------------------------------------
    def format_value(self, w_value, conversion, w_spec):
        if conversion == 1:
            w_value = self.str(w_value)
        elif conversion == 2:
            w_value = self.repr(w_value)
        elif conversion == 3:
            w_value = self.newstr(formatting.ascii_of(self, w_value))
        spec = ''
        if w_spec is not None:
            spec = self.str_w(w_spec)
        return self.newstr(formatting.format_obj(self, w_value, spec))

    def set_argv(self, args):
        w_sys = self.modules_w['sys']
        w_sys.dict_w['argv'] = self.newlist([self.newstr(a) for a in args])
        executable = modules.executable_path()
        w_sys.dict_w['executable'] = self.newstr(executable)
        # as CPython's when not in a virtual environment: the executable's directory's
        # parent, for each of the four
        w_prefix = self.newstr(modules.prefix_of(executable))
        for name in ['prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix']:
            w_sys.dict_w[name] = w_prefix
        w_sys.dict_w['path'] = self.newlist([self.newstr(modules.script_dir(args))])

    # --- output: gclab.objspace.output -----------------------------------------------------
    def write_stdout(self, text):
        output.write_stdout(self, text)

    def flush_stdout(self):
        output.flush_stdout(self)

    def write_stderr(self, text):
        output.write_stderr(self, text)

    # --- modules: gclab.objspace.importing; classes: gclab.objspace.classbuilder ----------
    def import_module(self, name):
        return importing.import_module(self, name)

    def import_relative(self, w_module, name):
        return importing.import_relative(self, w_module, name)

    def run_library_module(self, name, source):
        return importing.run_library_module(self, name, source)

    def import_from(self, w_module, name):
        return importing.import_from(self, w_module, name)

    def import_star_names(self, w_module):
        return importing.import_star_names(self, w_module)

    def new_module(self, name):
        return importing.new_module(self, name)

    def build_class(self, w_body, name, bases_w, args):
        return classbuilder.build_class(self, w_body, name, bases_w, args)

    def type_new(self, args):
        return classbuilder.type_new(self, args)


def name_list(names):
    """'a', 'b' and 'c' -- CPython's way of listing missing arguments."""
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    last = len(quoted) - 1
    assert last >= 0
    return ', '.join(quoted[:last]) + ', and ' + quoted[last]


def super_object_init(space, args):
    """object.__init__ reached through super() (bound to the instance): as CPython's,
    it refuses arguments when the instance's class defines an __init__ (plain
    instances; exceptions and subclasses of builtin types accept them here)."""
    if len(args.args_w) > 1 or args.has_keywords():
        w_self = args.args_w[0]
        w_type = space.type(w_self)
        if w_type.layout == LAYOUT_OBJECT and w_type.w_builtin_base is None and \
                w_type.lookup('__init__') is not None:
            raise space.error(space.w_TypeError, 'object.__init__() takes exactly one '
                              'argument (the instance to initialize)')
    return space.w_None
