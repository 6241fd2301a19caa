"""Generators (RPython): the object a generator function's call returns.

A generator owns the frame of its function's code.  The frame runs until a YIELD_VALUE
(or a YIELD_FROM whose delegate yielded) makes Frame.run() return with frame.yielding
set; resume() continues it at frame.resume_pc with the value sent pushed, or raises an
exception there (throw, close).  When the frame returns, the generator is finished, its
return value kept for StopIteration, and the frame dropped.

Exception state: while a generator runs, the exceptions its frame is handling are on the
thread's handled stack (space.enter_handler); when it suspends inside an except or
finally block they leave that stack with it and come back when it resumes, as CPython
swaps a generator's exception state in and out.

A generator whose code has a try or with block is a W_FinalizableGenerator: when it dies
while suspended, gclab.objspace.finalizers closes it (GeneratorExit raised where it
stopped, so its `finally` blocks and `with` exits run), when the plan finds it dead, as
__del__ runs.  Introspection (gi_code, gi_frame, gi_suspended, gi_yieldfrom and the
cr_/ag_ ones) is computed when read, from the frame and the code the generator keeps:
nothing is stored for it and a resume does no more work (docs/language.md says what
differs from CPython: a snapshot for gi_frame, a new code object for gi_code).

A coroutine (what calling an `async def` function makes) is a W_Generator of kind
KIND_COROUTINE: the same frame machinery (an `await` is a YIELD_FROM into the awaitable's
iterator), the same finalization and cycle collection, but its type is 'coroutine', it
is not iterable, and it cannot be resumed once finished ("cannot reuse already awaited
coroutine").  An asynchronous generator is one of kind KIND_ASYNCGEN, driven by
W_AsyncGenAwaitable (below).  coroutine.__await__() returns a W_CoroutineWrapper;
the builtins aiter() and anext() are here too (anext(it, default): W_AnextAwaitable).
Not done: cr_origin, asyncgen hooks, and the "coroutine ... was never awaited"
RuntimeWarning."""

from gclab.interp.error import OperationError
from gclab.interp.pycode import FRAME_RECORDING
from gclab.objspace import freethreading, gcslots
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.itertypes import W_Iterator
from gclab.objspace.objects import W_Root
from gclab.objspace.iterators import is_iterator
from gclab.objspace.typeobject import W_ExceptionObject, W_Type
from gclab.objspace.function import W_Property
from gclab.objspace.strobject import W_Str
from gclab.objspace.tracebackobject import W_Frame

GEN_SEND = Spec('generator.send($self, value, /)')
GEN_THROW = Spec('generator.throw($self, typ, val=None, tb=None, /)')
GEN_CLOSE = Spec('generator.close($self)')
GEN_NEXT = Spec('generator.__next__($self)')
GEN_ITER = Spec('generator.__iter__($self)')
CORO_SEND = Spec('coroutine.send($self, value, /)')
CORO_THROW = Spec('coroutine.throw($self, typ, val=None, tb=None, /)')
CORO_CLOSE = Spec('coroutine.close($self)')

KIND_GENERATOR = 0
KIND_COROUTINE = 1
KIND_ASYNCGEN = 2

AGEN_ANEXT = Spec('async_generator.__anext__($self)')
AGEN_AITER = Spec('async_generator.__aiter__($self)')
AGEN_ASEND = Spec('async_generator.asend($self, value, /)')
AGEN_ATHROW = Spec('async_generator.athrow($self, typ, val=None, tb=None, /)')
AGEN_ACLOSE = Spec('async_generator.aclose($self)')
AWAITABLE_SEND = Spec('async_generator_asend.send($self, value, /)')
AWAITABLE_THROW = Spec('async_generator_asend.throw($self, typ, val=None, tb=None, /)')
AWAITABLE_CLOSE = Spec('async_generator_asend.close($self)')
AWAITABLE_NEXT = Spec('async_generator_asend.__next__($self)')
AWAITABLE_SELF = Spec('async_generator_asend.__await__($self)')


class W_Generator(W_Iterator):
    _attrs_ = ['frame', 'code', 'name', 'qualname', 'started', 'running', 'finished',
               'w_return', 'handled_w', 'gc_slot', 'kind']
    # (code: its frame's, kept for gi_code/cr_code/ag_code once the frame is dropped;
    # set when it is made, never read by a resume)
    _immutable_fields_ = ['code']

    def __init__(self, frame, name, qualname):
        self.frame = frame
        code = None
        if frame is not None:       # (always, but for unit tests' bare generators)
            code = frame.code
        self.code = code
        self.name = name
        self.qualname = qualname
        self.started = False
        self.running = False
        self.finished = False
        self.w_return = None        # the return value, once finished
        self.handled_w = None       # exceptions being handled while suspended
        self.kind = KIND_GENERATOR  # or KIND_COROUTINE (set by its maker)
        if gcslots.ENABLED:
            # its frame's locals can hold a cycle (an object keeping a generator over
            # itself): the refcount plans' cycle collector follows them
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        if self.kind == KIND_COROUTINE:
            return space.w_coroutine
        if self.kind == KIND_ASYNCGEN:
            return space.w_async_generator
        return space.w_generator

    def kind_name(self):
        """What the messages call it."""
        if self.kind == KIND_COROUTINE:
            return 'coroutine'
        if self.kind == KIND_ASYNCGEN:
            return 'async generator'
        return 'generator'

    def iter(self, space):
        if self.kind != KIND_GENERATOR:
            return None                 # not iterable: awaited (or async for)
        return self

    def suspended(self):
        """Started, not finished, not running: what closing at death is for."""
        return self.started and not self.finished and not self.running

    def repr(self, space):
        return '<%s object %s at 0x%x>' % (self.getclass(space).name, self.qualname,
                                           space.id_of(self))

    def next(self, space):
        """For loops and next(): the next value, None once it has returned."""
        if self.kind != KIND_GENERATOR:
            raise space.error(space.w_TypeError, "'%s' object is not an iterator"
                              % self.getclass(space).name)
        return self.resume(space, space.w_None, None)

    def resume(self, space, w_sent, operr):
        """Run until the next yield (its value) or the end (None; w_return set).
        With operr, raise it where the generator stopped."""
        # (check and claim under the generator's lock in free-threaded builds: two
        # threads resuming one generator get CPython's ValueError, not one frame run
        # twice at once)
        held = freethreading.lock(self)
        try:
            if self.running:
                raise space.error(space.w_ValueError, '%s already executing'
                                  % self.kind_name())
            frame = self.frame
            if self.finished or frame is None:
                if self.kind == KIND_COROUTINE:
                    raise space.error(space.w_RuntimeError,
                                      'cannot reuse already awaited coroutine')
                if operr is not None:
                    raise operr
                return None
            if not self.started:
                if operr is not None:
                    # thrown into a generator that never ran: it is over
                    self.finish(None)
                    raise operr
                if w_sent is not space.w_None:
                    raise space.error(space.w_TypeError, "can't send non-None value to a "
                                      'just-started %s' % self.kind_name())
            ec = space.enter_call()
            depth = ec.depth
            handled_w = ec.handled_w
            base = len(handled_w)
            if self.handled_w is not None:
                for w_exc in self.handled_w:
                    handled_w.append(w_exc)
                self.handled_w = None
            self.running = True
        finally:
            freethreading.unlock(self, held)
        recording = FRAME_RECORDING.on      # (sys._getframe's snapshots read them)
        if recording:
            ec.push_frame(depth, frame)
        try:
            try:
                if not self.started:
                    self.started = True
                    w_result = frame.execute()
                elif operr is not None:
                    w_result = frame.resume_with_error(operr)
                else:
                    w_result = frame.resume(w_sent)
            except OperationError as e:
                self.finish(None)
                if space.exception_is(e.w_value, space.w_StopIteration):
                    raise stop_iteration_escaped(space, e, self.kind_name(),
                                                 'StopIteration')
                if self.kind == KIND_ASYNCGEN and \
                        space.exception_is(e.w_value, space.w_StopAsyncIteration):
                    raise stop_iteration_escaped(space, e, self.kind_name(),
                                                 'StopAsyncIteration')
                raise
            if not frame.yielding:
                self.finish(w_result)
                w_result = None
        finally:
            if recording:
                ec.pop_frame(depth)
            ec.depth = depth - 1
            saved_w = None
            if len(handled_w) > base:
                saved_w = handled_w[base:]
                del handled_w[base:]
            self.release(saved_w)
        return w_result

    def release(self, saved_w):
        """The end of a resume: the handled exceptions it leaves suspended, then running
        cleared -- under the generator's lock, after everything this thread wrote into
        it, for the next thread that claims it (free-threaded builds)."""
        held = freethreading.lock(self)
        try:
            if saved_w is not None and not self.finished:
                self.handled_w = saved_w
            self.running = False
        finally:
            freethreading.unlock(self, held)

    def finish(self, w_return):
        self.finished = True
        self.w_return = w_return
        self.frame = None
        self.handled_w = None

    def send(self, space, w_value):
        """send(): the next value, or StopIteration carrying the return value."""
        w_result = self.resume(space, w_value, None)
        if w_result is None:
            raise self.stop_iteration(space)
        return w_result

    def throw(self, space, operr):
        """Raise operr where the generator stopped -- in its delegate first, when it
        is suspended in a `yield from`."""
        w_result = self.throw_or_none(space, operr)
        if w_result is not None:
            return w_result
        raise self.stop_iteration(space)

    def throw_or_none(self, space, operr):
        """throw(), but None when the generator then finished (its w_return set)."""
        frame = self.frame
        if frame is not None and self.started and not self.running and \
                frame.suspended_in_yield_from():
            return self.throw_into_delegate(space, frame, operr)
        return self.resume(space, space.w_None, operr)

    def throw_into_delegate(self, space, frame, operr):
        """CPython's order: GeneratorExit closes the delegate, then is raised here;
        any other exception goes to the delegate's throw(), and what that yields is
        yielded, what it returns is the value of the `yield from`, what it raises is
        raised here.  None when the generator then finished."""
        w_sub = frame.top()
        if space.exception_is(operr.w_value, space.w_GeneratorExit):
            try:
                close_delegate(space, w_sub)
            except OperationError as e:
                return self.resume(space, space.w_None, e)
            return self.resume(space, space.w_None, operr)
        try:
            w_yielded = throw_into(space, w_sub, operr)
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_StopIteration):
                # the delegate returned: its value is the `yield from`'s, and the
                # frame goes on after the YIELD_FROM (resume() pushes the value)
                frame.pop()
                frame.resume_pc += 2
                return self.resume(space, stop_value(space, e.w_value), None)
            return self.resume(space, space.w_None, e)
        return w_yielded

    def take_return(self, space):
        """The return value, once: a finished generator's later StopIterations carry
        none, as in CPython.  (Under the generator's lock: two threads that find it
        finished must not both drop the value's reference.)"""
        held = freethreading.lock(self)
        try:
            w_return = self.w_return
            self.w_return = None
        finally:
            freethreading.unlock(self, held)
        if w_return is None:
            return space.w_None
        return w_return

    def stop_iteration(self, space):
        args_w = []
        w_return = self.take_return(space)
        if w_return is not space.w_None:
            args_w.append(w_return)
        return OperationError(space.new_exception(space.w_StopIteration, args_w))

    def close(self, space):
        if self.finished or not self.started:
            self.finish(None)
            return
        operr = OperationError(space.new_exception(space.w_GeneratorExit, []))
        try:
            w_result = self.throw(space, operr)
        except OperationError as e:
            if space.exception_is(e.w_value, space.w_GeneratorExit) or \
                    space.exception_is(e.w_value, space.w_StopIteration):
                return
            raise
        if w_result is not None:
            raise space.error(space.w_RuntimeError, '%s ignored GeneratorExit'
                              % self.kind_name())


class W_FinalizableGenerator(W_Generator):
    """A generator whose code has a try or with block (PyCode.has_cleanup): closed when
    it dies suspended (gclab.objspace.finalizers.new_generator makes it)."""
    _attrs_ = []


def stop_value(space, w_exc):
    assert isinstance(w_exc, W_ExceptionObject)
    if len(w_exc.args_w) == 0:
        return space.w_None
    return w_exc.args_w[0]


def stop_iteration_escaped(space, operr, kind_name, what):
    """PEP 479: a StopIteration leaving a generator's frame (a StopAsyncIteration an
    asynchronous generator's) becomes a RuntimeError."""
    w_err = space.new_exception(space.w_RuntimeError,
                                [space.newstr('%s raised %s' % (kind_name, what))])
    assert isinstance(w_err, W_ExceptionObject)
    w_err.w_cause = operr.w_value
    w_err.w_context = operr.w_value
    w_err.suppress_context = True
    return OperationError(w_err)


def throw_into(space, w_sub, operr):
    """w_sub.throw(exc): a generator's own, or the method of any other iterator; an
    iterator without one gets the exception raised at the `yield from`."""
    if isinstance(w_sub, W_Generator):
        return w_sub.throw(space, operr)
    w_meth = space.getattr_or_none(w_sub, 'throw')
    if w_meth is None:
        raise operr
    return space.call_function(w_meth, [operr.w_value])


def close_delegate(space, w_sub):
    if isinstance(w_sub, W_Generator):
        w_sub.close(space)
        return
    w_meth = space.getattr_or_none(w_sub, 'close')
    if w_meth is not None:
        space.call_function(w_meth, [])


# --- what the frame's YIELD_FROM and GET_YIELD_FROM_ITER ask the space --------------------

def yield_from_iter(space, w_obj):
    if isinstance(w_obj, W_Generator):
        if w_obj.kind == KIND_ASYNCGEN:
            raise space.error(space.w_TypeError, "'async_generator' object is not "
                              'iterable')
        if w_obj.kind == KIND_COROUTINE:
            raise space.error(space.w_TypeError, "cannot 'yield from' a coroutine object "
                              'in a non-coroutine generator')
        return w_obj
    return space.iter(w_obj)


# --- what the frame's await, `async for` and `async with` ask the space -------------------

# where an awaitable comes from (GET_AWAITABLE's arg): for the message when it is none
AWAIT_EXPR = 0
AWAIT_AENTER = 1
AWAIT_AEXIT = 2
AWAIT_ANEXT = 3


def is_coroutine(w_obj):
    return isinstance(w_obj, W_Generator) and w_obj.kind == KIND_COROUTINE


def get_awaitable(space, w_obj, where):
    """The iterator `await w_obj` delegates to: a coroutine itself, or what the
    object's __await__() returns (an iterator, not a coroutine)."""
    if is_coroutine(w_obj):
        return w_obj
    w_meth = space.lookup_special_or_none(w_obj, '__await__')
    if w_meth is None:
        tname = space.type(w_obj).name
        if where == AWAIT_AENTER:
            msg = "'async with' received an object from __aenter__ that does not " \
                  "implement __await__: %s" % tname
        elif where == AWAIT_AEXIT:
            msg = "'async with' received an object from __aexit__ that does not " \
                  "implement __await__: %s" % tname
        elif where == AWAIT_ANEXT:
            msg = "'async for' received an invalid object from __anext__: %s" % tname
        else:
            msg = "object %s can't be used in 'await' expression" % tname
        raise space.error(space.w_TypeError, msg)
    w_res = space.call_function(w_meth, [])
    if is_coroutine(w_res):
        raise space.error(space.w_TypeError, '__await__() returned a coroutine')
    if not is_iterator(space, w_res):
        raise space.error(space.w_TypeError, "__await__() returned non-iterator of type "
                          "'%s'" % space.type(w_res).name)
    return w_res


def get_aiter(space, w_obj):
    """`async for`: the object's __aiter__(), which must have an __anext__."""
    w_meth = space.lookup_special_or_none(w_obj, '__aiter__')
    if w_meth is None:
        raise space.error(space.w_TypeError, "'async for' requires an object with "
                          "__aiter__ method, got %s" % space.type(w_obj).name)
    w_it = space.call_function(w_meth, [])
    if space.lookup_special_or_none(w_it, '__anext__') is None:
        raise space.error(space.w_TypeError, "'async for' received an object from "
                          "__aiter__ that does not implement __anext__: %s"
                          % space.type(w_it).name)
    return w_it


def get_anext(space, w_it):
    """`async for`'s step: the awaitable of the iterator's __anext__()."""
    w_meth = space.lookup_special_or_none(w_it, '__anext__')
    if w_meth is None:
        raise space.error(space.w_TypeError, "'async for' received an object from "
                          "__aiter__ that does not implement __anext__: %s"
                          % space.type(w_it).name)
    return get_awaitable(space, space.call_function(w_meth, []), AWAIT_ANEXT)


def async_with_enter(space, w_mgr):
    """`async with`: (the manager's bound __aexit__, the awaitable of __aenter__())."""
    w_enter = space.lookup_special_or_none(w_mgr, '__aenter__')
    if w_enter is None:
        raise space.error(space.w_TypeError, "'%s' object does not support the "
                          "asynchronous context manager protocol"
                          % space.type(w_mgr).name)
    w_exit = space.lookup_special_or_none(w_mgr, '__aexit__')
    if w_exit is None:
        raise space.error(space.w_TypeError, "'%s' object does not support the "
                          "asynchronous context manager protocol (missed __aexit__ "
                          "method)" % space.type(w_mgr).name)
    w_res = space.call_function(w_enter, [])
    return w_exit, get_awaitable(space, w_res, AWAIT_AENTER)


def yield_from_send(space, w_sub, w_sent):
    """Send w_sent into the delegate: (what it yielded, None) or, when it is done,
    (None, its return value)."""
    if isinstance(w_sub, W_Generator):
        w_yielded = w_sub.resume(space, w_sent, None)
        if w_yielded is None:
            return None, w_sub.take_return(space)
        return w_yielded, None
    try:
        if w_sent is space.w_None:
            w_meth = space.getattr_or_none(w_sub, '__next__')
            if w_meth is None:
                w_yielded = space.next(w_sub)
                if w_yielded is None:
                    return None, space.w_None
                return w_yielded, None
        else:
            w_meth = space.getattr(w_sub, 'send')
            return space.call_function(w_meth, [w_sent]), None
        return space.call_function(w_meth, []), None
    except OperationError as e:
        if space.exception_is(e.w_value, space.w_StopIteration):
            return None, stop_value(space, e.w_value)
        raise


# --- the generator type's methods -----------------------------------------------------------

def as_generator(space, w_self):
    assert isinstance(w_self, W_Generator)
    return w_self


def gen_next(space, args):
    GEN_NEXT.unpack(space, args)
    return as_generator(space, args.args_w[0]).send(space, space.w_None)


def gen_send(space, args):
    w_value = GEN_SEND.unpack(space, args)[0]
    return as_generator(space, args.args_w[0]).send(space, w_value)


def gen_throw(space, args):
    args_w = GEN_THROW.unpack(space, args)
    return as_generator(space, args.args_w[0]).throw(space, thrown(space, args_w))


def thrown(space, args_w):
    """What throw(typ[, val[, tb]]) throws (args_w: its unpacked arguments), for
    generators, coroutines and their awaitables alike."""
    w_val = space.w_None
    if len(args_w) > 1:
        w_val = args_w[1]
    return OperationError(exception_to_throw(space, args_w[0], w_val))


def exception_to_throw(space, w_typ, w_val):
    """CPython's rules for throw(typ[, val]): a class is called (with val unless it is
    None; an instance of it is used as it is), an instance goes alone."""
    if isinstance(w_typ, W_Type) and w_typ.is_subtype(space.w_BaseException):
        if isinstance(w_val, W_ExceptionObject) and \
                space.type(w_val).is_subtype(w_typ):
            return w_val
        args_w = []
        if w_val is not space.w_None:
            args_w.append(w_val)
        return space.call_function(w_typ, args_w)
    if isinstance(w_typ, W_ExceptionObject):
        if w_val is not space.w_None:
            raise space.error(space.w_TypeError,
                              'instance exception may not have a separate value')
        return w_typ
    raise space.error(space.w_TypeError, 'exceptions must be classes or instances '
                      "deriving from BaseException, not %s" % space.type(w_typ).name)


def gen_close(space, args):
    GEN_CLOSE.unpack(space, args)
    as_generator(space, args.args_w[0]).close(space)
    return space.w_None


def gen_iter(space, args):
    GEN_ITER.unpack(space, args)
    return args.args_w[0]


GENERATOR_METHODS = [
    ('__next__', gen_next),
    ('send', gen_send),
    ('throw', gen_throw),
    ('close', gen_close),
    ('__iter__', gen_iter),
]


def generator_of(space, args, name):
    """The generator whose attribute `name` is read."""
    w_gen = receiver(space, args, space.w_generator, name)
    assert isinstance(w_gen, W_Generator)
    return w_gen


def gen_running(space, args):
    return space.newbool(generator_of(space, args, 'gi_running').running)


# --- introspection, shared by the three kinds (computed when read: nothing is kept) ------

def code_of(space, w_gen):
    """gi_code, cr_code, ag_code: a code object of the generator's code (as
    function.__code__ gives one: a new object each time, equal in its attributes)."""
    from gclab.objspace.descrobject import code_object
    return code_object(space, w_gen.code)


def frame_of(space, w_gen):
    """gi_frame, cr_frame, ag_frame: None once finished, else a snapshot of its frame
    (gclab's frame objects are snapshots, see tracebackobject.py): f_code, f_lineno
    where it stands (its code's first line before it started, as CPython 3.11),
    f_globals; f_back is None (CPython's too while it is suspended)."""
    frame = w_gen.frame
    if frame is None or w_gen.finished:
        return space.w_None
    if w_gen.started:
        lineno = frame.lineno()
    else:
        lineno = w_gen.code.firstlineno
    return W_Frame(frame.code, lineno, frame.w_module, None)


def delegate_of(space, w_gen):
    """gi_yieldfrom, cr_await, ag_await: the iterator (awaitable) a suspended
    `yield from` (await) delegates to, else None."""
    frame = w_gen.frame
    if frame is None or not w_gen.started or w_gen.running or w_gen.finished or \
            not frame.suspended_in_yield_from():
        return space.w_None
    return frame.top()


def set_name_of(space, w_gen, attr, w_value):
    """g.__name__ = s, g.__qualname__ = s: a str only (del is the same TypeError)."""
    if not isinstance(w_value, W_Str):
        raise space.error(space.w_TypeError, '%s must be set to a string object' % attr)
    held = freethreading.lock(w_gen)
    if attr == '__name__':
        w_gen.name = w_value.utf8()
    else:
        w_gen.qualname = w_value.utf8()
    freethreading.unlock(w_gen, held)


def gen_yieldfrom(space, args):
    return delegate_of(space, generator_of(space, args, 'gi_yieldfrom'))


GENERATOR_ATTRIBUTES = [
    ('gi_running', gen_running),
    ('gi_yieldfrom', gen_yieldfrom),
]


# --- asynchronous generators ----------------------------------------------------------------
# An async def with yield is a W_Generator of kind KIND_ASYNCGEN.  Its frame suspends
# in two ways: at a YIELD_FROM (an await inside it: what the awaitable yields goes out
# to the event loop) or at a YIELD_VALUE (a value for its consumer).  The awaitables
# that __anext__(), asend(), athrow() and aclose() return drive it, and tell the two
# apart: the first passes out, the second ends the awaitable (StopIteration carrying the
# value, as a coroutine's return); the generator's end is StopAsyncIteration.

AWAIT_SEND = 0          # __anext__() and asend(value)
AWAIT_THROW = 1         # athrow(exception)
AWAIT_CLOSE = 2         # aclose(): GeneratorExit thrown in

STATE_INIT = 0
STATE_ITER = 1
STATE_DONE = 2


class W_AsyncGenAwaitable(W_Root):
    """What an asynchronous generator's __anext__/asend/athrow/aclose return: an
    iterator (its own __await__) that runs the generator one step.  Tracked by the
    cycle collector (its generator and first value are its edges) as generators are."""
    _attrs_ = ['w_gen', 'mode', 'w_value', 'operr', 'state', 'gc_slot']

    def __init__(self, w_gen, mode, w_value, operr):
        self.w_gen = w_gen
        self.mode = mode
        self.w_value = w_value      # AWAIT_SEND: the value sent in first
        self.operr = operr          # AWAIT_THROW: the exception thrown in first
        self.state = STATE_INIT
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def clear(self):
        """The cycle collector's: its references dropped, it is over."""
        self.state = STATE_DONE
        self.w_gen = None
        self.w_value = None
        self.operr = None

    def getclass(self, space):
        return space.w_async_generator_asend

    def iter(self, space):
        return self

    def send(self, space, w_sent, operr):
        """One step: what the generator's await yields (returned), or the end of
        this awaitable raised (StopIteration with the value it yielded,
        StopAsyncIteration when it finished).  With operr: raised in it."""
        w_gen = self.w_gen
        if self.state == STATE_DONE:
            if self.mode == AWAIT_SEND:
                what = '__anext__()/asend()'
            elif self.mode == AWAIT_THROW:
                what = 'athrow()'
            else:
                what = 'aclose()'
            raise space.error(space.w_RuntimeError, 'cannot reuse already awaited %s'
                              % what)
        if self.state == STATE_INIT:
            self.state = STATE_ITER
            if self.mode == AWAIT_SEND:
                if operr is None and w_sent is space.w_None:
                    w_sent = self.w_value
            elif operr is None:
                if self.mode == AWAIT_THROW:
                    operr = self.operr
                else:
                    if w_gen.finished or not w_gen.started:
                        w_gen.finish(None)
                        self.state = STATE_DONE
                        raise OperationError(space.new_exception(space.w_StopIteration,
                                                                 []))
                    operr = OperationError(space.new_exception(space.w_GeneratorExit,
                                                               []))
        try:
            if operr is not None:
                if w_gen.finished or w_gen.frame is None:
                    self.state = STATE_DONE
                    if self.mode == AWAIT_CLOSE:
                        raise OperationError(space.new_exception(
                            space.w_StopIteration, []))
                    raise operr
                w_result = w_gen.throw_or_none(space, operr)
            else:
                if w_gen.finished or w_gen.frame is None:
                    self.state = STATE_DONE
                    raise OperationError(space.new_exception(
                        space.w_StopAsyncIteration, []))
                w_result = w_gen.resume(space, w_sent, None)
        except OperationError as e:
            self.state = STATE_DONE
            if self.mode == AWAIT_CLOSE and (
                    space.exception_is(e.w_value, space.w_GeneratorExit) or
                    space.exception_is(e.w_value, space.w_StopAsyncIteration)):
                raise OperationError(space.new_exception(space.w_StopIteration, []))
            raise
        if w_result is None:            # the generator returned
            self.state = STATE_DONE
            if self.mode == AWAIT_CLOSE:
                raise OperationError(space.new_exception(space.w_StopIteration, []))
            raise OperationError(space.new_exception(space.w_StopAsyncIteration, []))
        frame = w_gen.frame
        if frame is not None and frame.suspended_in_yield_from():
            return w_result             # an await inside it: out to the event loop
        self.state = STATE_DONE
        if self.mode == AWAIT_CLOSE:
            raise space.error(space.w_RuntimeError,
                              'async generator ignored GeneratorExit')
        raise OperationError(space.new_exception(space.w_StopIteration, [w_result]))


def as_awaitable(space, w_self):
    assert isinstance(w_self, W_AsyncGenAwaitable)
    return w_self


def awaitable_send(space, args):
    w_value = AWAITABLE_SEND.unpack(space, args)[0]
    return as_awaitable(space, args.args_w[0]).send(space, w_value, None)


def awaitable_next(space, args):
    AWAITABLE_NEXT.unpack(space, args)
    return as_awaitable(space, args.args_w[0]).send(space, space.w_None, None)


def awaitable_throw(space, args):
    args_w = AWAITABLE_THROW.unpack(space, args)
    return as_awaitable(space, args.args_w[0]).send(space, space.w_None,
                                                    thrown(space, args_w))


def awaitable_close(space, args):
    AWAITABLE_CLOSE.unpack(space, args)
    as_awaitable(space, args.args_w[0]).state = STATE_DONE
    return space.w_None


def awaitable_self(space, args):
    AWAITABLE_SELF.unpack(space, args)
    return args.args_w[0]


AWAITABLE_METHODS = [
    ('send', awaitable_send),
    ('throw', awaitable_throw),
    ('close', awaitable_close),
    ('__next__', awaitable_next),
    ('__iter__', awaitable_self),
    ('__await__', awaitable_self),
]


def agen_aiter(space, args):
    AGEN_AITER.unpack(space, args)
    return args.args_w[0]


def agen_anext(space, args):
    AGEN_ANEXT.unpack(space, args)
    w_gen = as_generator(space, args.args_w[0])
    return W_AsyncGenAwaitable(w_gen, AWAIT_SEND, space.w_None, None)


def agen_asend(space, args):
    w_value = AGEN_ASEND.unpack(space, args)[0]
    w_gen = as_generator(space, args.args_w[0])
    return W_AsyncGenAwaitable(w_gen, AWAIT_SEND, w_value, None)


def agen_athrow(space, args):
    args_w = AGEN_ATHROW.unpack(space, args)
    w_gen = as_generator(space, args.args_w[0])
    return W_AsyncGenAwaitable(w_gen, AWAIT_THROW, space.w_None, thrown(space, args_w))


def agen_aclose(space, args):
    AGEN_ACLOSE.unpack(space, args)
    w_gen = as_generator(space, args.args_w[0])
    return W_AsyncGenAwaitable(w_gen, AWAIT_CLOSE, space.w_None, None)


ASYNC_GENERATOR_METHODS = [
    ('__aiter__', agen_aiter),
    ('__anext__', agen_anext),
    ('asend', agen_asend),
    ('athrow', agen_athrow),
    ('aclose', agen_aclose),
]


def async_generator_of(space, args, name):
    w_gen = receiver(space, args, space.w_async_generator, name)
    assert isinstance(w_gen, W_Generator)
    return w_gen


def agen_running(space, args):
    """ag_running: running, or suspended in an await of its own (an __anext__(),
    asend(), athrow() or aclose() in flight: CPython's ag_running_async)."""
    w_gen = async_generator_of(space, args, 'ag_running')
    if w_gen.running:
        return space.w_True
    return space.newbool(delegate_of(space, w_gen) is not space.w_None)


def agen_await(space, args):
    return delegate_of(space, async_generator_of(space, args, 'ag_await'))


ASYNC_GENERATOR_ATTRIBUTES = [
    ('ag_running', agen_running),
    ('ag_await', agen_await),
]


# --- the coroutine type's: the generator's, but for __next__ and __iter__ -------------------

def coro_send(space, args):
    w_value = CORO_SEND.unpack(space, args)[0]
    return as_generator(space, args.args_w[0]).send(space, w_value)


def coro_throw(space, args):
    args_w = CORO_THROW.unpack(space, args)
    return as_generator(space, args.args_w[0]).throw(space, thrown(space, args_w))


def coro_close(space, args):
    CORO_CLOSE.unpack(space, args)
    as_generator(space, args.args_w[0]).close(space)
    return space.w_None


COROUTINE_METHODS = [
    ('send', coro_send),
    ('throw', coro_throw),
    ('close', coro_close),
]


def coroutine_of(space, args, name):
    w_coro = receiver(space, args, space.w_coroutine, name)
    assert isinstance(w_coro, W_Generator)
    return w_coro


def coro_running(space, args):
    return space.newbool(coroutine_of(space, args, 'cr_running').running)


def coro_await(space, args):
    """cr_await: what the coroutine is suspended awaiting, or None."""
    return delegate_of(space, coroutine_of(space, args, 'cr_await'))


COROUTINE_ATTRIBUTES = [
    ('cr_running', coro_running),
    ('cr_await', coro_await),
]


# --- coroutine.__await__(): the coroutine_wrapper -------------------------------------------

CORO_AWAIT = Spec('coroutine.__await__($self)')
WRAPPER_SEND = Spec('coroutine_wrapper.send($self, value, /)')
WRAPPER_THROW = Spec('coroutine_wrapper.throw($self, typ, val=None, tb=None, /)')
WRAPPER_CLOSE = Spec('coroutine_wrapper.close($self)')
WRAPPER_NEXT = Spec('coroutine_wrapper.__next__($self)')
WRAPPER_ITER = Spec('coroutine_wrapper.__iter__($self)')


class W_CoroutineWrapper(W_Iterator):
    """What coroutine.__await__() returns: an iterator whose __next__, send, throw and
    close are the coroutine's (`yield from coro.__await__()` runs it).  It holds only
    its coroutine and is not tracked by the cycle collector: a coroutine that keeps
    its own wrapper in a local makes a cycle the refcount plans do not reclaim."""
    _attrs_ = _immutable_fields_ = ['w_coro']

    def __init__(self, w_coro):
        self.w_coro = w_coro

    def getclass(self, space):
        return space.w_coroutine_wrapper

    def iter(self, space):
        return self

    def next(self, space):
        """For loops and next(): the coroutine's next value, None once it returned."""
        return self.w_coro.resume(space, space.w_None, None)


def as_wrapper(space, w_self):
    assert isinstance(w_self, W_CoroutineWrapper)
    return w_self


def coro_await_method(space, args):
    CORO_AWAIT.unpack(space, args)
    return W_CoroutineWrapper(as_generator(space, args.args_w[0]))


def wrapper_next(space, args):
    WRAPPER_NEXT.unpack(space, args)
    return as_wrapper(space, args.args_w[0]).w_coro.send(space, space.w_None)


def wrapper_send(space, args):
    w_value = WRAPPER_SEND.unpack(space, args)[0]
    return as_wrapper(space, args.args_w[0]).w_coro.send(space, w_value)


def wrapper_throw(space, args):
    args_w = WRAPPER_THROW.unpack(space, args)
    return as_wrapper(space, args.args_w[0]).w_coro.throw(space, thrown(space, args_w))


def wrapper_close(space, args):
    WRAPPER_CLOSE.unpack(space, args)
    as_wrapper(space, args.args_w[0]).w_coro.close(space)
    return space.w_None


def wrapper_iter(space, args):
    WRAPPER_ITER.unpack(space, args)
    return args.args_w[0]


COROUTINE_WRAPPER_METHODS = [
    ('__next__', wrapper_next),
    ('send', wrapper_send),
    ('throw', wrapper_throw),
    ('close', wrapper_close),
    ('__iter__', wrapper_iter),
]


# --- the builtins aiter() and anext() (gclab.objspace.builtins calls them) -----------------

ANEXT_SEND = Spec('anext_awaitable.send($self, value, /)')
ANEXT_THROW = Spec('anext_awaitable.throw($self, typ, val=None, tb=None, /)')
ANEXT_CLOSE = Spec('anext_awaitable.close($self)')
ANEXT_NEXT = Spec('anext_awaitable.__next__($self)')
ANEXT_SELF = Spec('anext_awaitable.__await__($self)')


def builtin_aiter(space, w_obj):
    """aiter(x): x.__aiter__(), which must be an asynchronous iterator."""
    w_meth = space.lookup_special_or_none(w_obj, '__aiter__')
    if w_meth is None:
        raise space.error(space.w_TypeError, "'%s' object is not an async iterable"
                          % space.type(w_obj).name)
    w_it = space.call_function(w_meth, [])
    if space.lookup_special_or_none(w_it, '__anext__') is None:
        raise space.error(space.w_TypeError, "aiter() returned not an async iterator of "
                          "type '%s'" % space.type(w_it).name)
    return w_it


def builtin_anext(space, w_it, w_default):
    """anext(it[, default]): what it.__anext__() returns; with a default (not None
    here), an awaitable that gives the default where that ends in
    StopAsyncIteration."""
    w_meth = space.lookup_special_or_none(w_it, '__anext__')
    if w_meth is None:
        raise space.error(space.w_TypeError, "'%s' object is not an async iterator"
                          % space.type(w_it).name)
    w_awaitable = space.call_function(w_meth, [])
    if w_default is None:
        return w_awaitable
    return W_AnextAwaitable(w_awaitable, w_default)


class W_AnextAwaitable(W_Root):
    """anext(it, default)'s awaitable: it runs the awaitable of it.__anext__() (through
    its __await__ iterator, got at the first step), and a StopAsyncIteration from it
    becomes StopIteration(default): the value of the await.  Not tracked by the cycle
    collector (it holds the awaitable, its iterator and the default)."""
    _attrs_ = ['w_awaitable', 'w_iter', 'w_default']

    def __init__(self, w_awaitable, w_default):
        self.w_awaitable = w_awaitable
        self.w_iter = None
        self.w_default = w_default

    def getclass(self, space):
        return space.w_anext_awaitable

    def iter(self, space):
        return self

    def delegate(self, space):
        w_iter = self.w_iter
        if w_iter is None:
            w_iter = get_awaitable(space, self.w_awaitable, AWAIT_EXPR)
            self.w_iter = w_iter
        return w_iter

    def default_for(self, space, e):
        """e, unless it is the StopAsyncIteration that the default replaces."""
        if space.exception_is(e.w_value, space.w_StopAsyncIteration):
            return OperationError(space.new_exception(space.w_StopIteration,
                                                      [self.w_default]))
        return e

    def step(self, space, w_sent, operr):
        """One step: what the iterator yields; its end raised as StopIteration."""
        w_iter = self.delegate(space)
        try:
            if operr is not None:
                return throw_into(space, w_iter, operr)
            w_yielded, w_returned = yield_from_send(space, w_iter, w_sent)
        except OperationError as e:
            raise self.default_for(space, e)
        if w_yielded is not None:
            return w_yielded
        raise OperationError(space.new_exception(space.w_StopIteration, [w_returned]))


def as_anext_awaitable(space, w_self):
    assert isinstance(w_self, W_AnextAwaitable)
    return w_self


def anext_next(space, args):
    ANEXT_NEXT.unpack(space, args)
    return as_anext_awaitable(space, args.args_w[0]).step(space, space.w_None, None)


def anext_send(space, args):
    w_value = ANEXT_SEND.unpack(space, args)[0]
    return as_anext_awaitable(space, args.args_w[0]).step(space, w_value, None)


def anext_throw(space, args):
    args_w = ANEXT_THROW.unpack(space, args)
    return as_anext_awaitable(space, args.args_w[0]).step(space, space.w_None,
                                                          thrown(space, args_w))


def anext_close(space, args):
    ANEXT_CLOSE.unpack(space, args)
    w_self = as_anext_awaitable(space, args.args_w[0])
    if w_self.w_iter is not None:
        close_delegate(space, w_self.w_iter)
    return space.w_None


def anext_self(space, args):
    ANEXT_SELF.unpack(space, args)
    return args.args_w[0]


ANEXT_AWAITABLE_METHODS = [
    ('send', anext_send),
    ('throw', anext_throw),
    ('close', anext_close),
    ('__next__', anext_next),
    ('__iter__', anext_self),
    ('__await__', anext_self),
]


# CPython's members (not getsets) among them: a store or deletion is "readonly attribute"
READONLY_MEMBERS = ['gi_code', 'cr_code', 'ag_code', 'ag_running']


def readonly_member(space, args):
    raise space.error(space.w_AttributeError, 'readonly attribute')


def make_shared_attributes(kind_of, prefix):
    """The attributes the three kinds have alike, for the one whose receiver check is
    kind_of (generator_of, coroutine_of, async_generator_of) and whose attributes start
    with prefix ('gi', 'cr', 'ag'): (name, getter) pairs, and the writable names as
    (name, getter, setter, deleter)."""
    code_name = prefix + '_code'
    frame_name = prefix + '_frame'
    suspended_name = prefix + '_suspended'

    def get_code(space, args):
        return code_of(space, kind_of(space, args, code_name))

    def get_frame(space, args):
        return frame_of(space, kind_of(space, args, frame_name))

    def get_suspended(space, args):
        return space.newbool(kind_of(space, args, suspended_name).suspended())

    def get_name(space, args):
        return space.newstr(kind_of(space, args, '__name__').name)

    def get_qualname(space, args):
        return space.newstr(kind_of(space, args, '__qualname__').qualname)

    def set_name(space, args):
        set_name_of(space, kind_of(space, args, '__name__'), '__name__', args.args_w[1])
        return space.w_None

    def set_qualname(space, args):
        set_name_of(space, kind_of(space, args, '__qualname__'), '__qualname__',
                    args.args_w[1])
        return space.w_None

    def del_name(space, args):
        kind_of(space, args, '__name__')
        raise space.error(space.w_TypeError, '__name__ must be set to a string object')

    def del_qualname(space, args):
        kind_of(space, args, '__qualname__')
        raise space.error(space.w_TypeError, '__qualname__ must be set to a string object')

    attributes = [(code_name, get_code), (frame_name, get_frame)]
    if prefix != 'ag':                  # (no ag_suspended in 3.11)
        attributes.append((suspended_name, get_suspended))
    names = [('__name__', get_name, set_name, del_name),
             ('__qualname__', get_qualname, set_qualname, del_qualname)]
    return attributes, names


SHARED_GENERATOR_ATTRIBUTES = make_shared_attributes(generator_of, 'gi')
SHARED_COROUTINE_ATTRIBUTES = make_shared_attributes(coroutine_of, 'cr')
SHARED_ASYNC_GENERATOR_ATTRIBUTES = make_shared_attributes(async_generator_of, 'ag')


def install_attributes(space, w_type, attributes):
    for name, impl in attributes:
        w_get = space.wrap_builtin(name, impl, w_type)
        if name in READONLY_MEMBERS:
            w_ro = space.wrap_builtin(name, readonly_member, w_type)
            w_type.dict_w[name] = W_Property(w_get, w_ro, w_ro)
        else:
            w_type.dict_w[name] = W_Property(w_get, None)


def install_names(space, w_type, names):
    for name, getter, setter, deleter in names:
        w_type.dict_w[name] = W_Property(space.wrap_builtin(name, getter, w_type),
                                         space.wrap_builtin(name, setter, w_type),
                                         space.wrap_builtin(name, deleter, w_type))


def install(space):
    space.w_generator = w_type = space.make_type('generator', space.w_object)
    for name, impl in GENERATOR_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    shared_attributes, shared_names = SHARED_GENERATOR_ATTRIBUTES
    install_attributes(space, w_type, GENERATOR_ATTRIBUTES + shared_attributes)
    install_names(space, w_type, shared_names)
    space.w_coroutine = w_type = space.make_type('coroutine', space.w_object)
    for name, impl in COROUTINE_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    shared_attributes, shared_names = SHARED_COROUTINE_ATTRIBUTES
    install_attributes(space, w_type, COROUTINE_ATTRIBUTES + shared_attributes)
    install_names(space, w_type, shared_names)
    w_type.dict_w['__await__'] = space.wrap_builtin('__await__', coro_await_method, w_type)
    space.w_coroutine_wrapper = w_type = space.make_type('coroutine_wrapper',
                                                         space.w_object)
    for name, impl in COROUTINE_WRAPPER_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    space.w_async_generator = w_type = space.make_type('async_generator', space.w_object)
    for name, impl in ASYNC_GENERATOR_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    shared_attributes, shared_names = SHARED_ASYNC_GENERATOR_ATTRIBUTES
    install_attributes(space, w_type, ASYNC_GENERATOR_ATTRIBUTES + shared_attributes)
    install_names(space, w_type, shared_names)
    space.w_async_generator_asend = w_type = space.make_type('async_generator_asend',
                                                             space.w_object)
    for name, impl in AWAITABLE_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    space.w_anext_awaitable = w_type = space.make_type('anext_awaitable', space.w_object)
    for name, impl in ANEXT_AWAITABLE_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
