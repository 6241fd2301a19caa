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
__del__ runs.  Differences from CPython (docs/language.md): no gi_frame, gi_code or
gi_yieldfrom attributes."""

from gclab.interp.error import OperationError
from gclab.objspace import freethreading, gcslots
from gclab.objspace.argspec import Spec, receiver
from gclab.objspace.itertypes import W_Iterator
from gclab.objspace.typeobject import W_ExceptionObject, W_Type
from gclab.objspace.function import W_Property

GEN_SEND = Spec('generator.send($self, value, /)')
GEN_THROW = Spec('generator.throw($self, typ, val=None, tb=None, /)')
GEN_CLOSE = Spec('generator.close($self)')
GEN_NEXT = Spec('generator.__next__($self)')
GEN_ITER = Spec('generator.__iter__($self)')


class W_Generator(W_Iterator):
    _attrs_ = ['frame', 'name', 'qualname', 'started', 'running', 'finished',
               'w_return', 'handled_w', 'gc_slot']

    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.started = False
        self.running = False
        self.finished = False
        self.w_return = None        # the return value, once finished
        self.handled_w = None       # exceptions being handled while suspended
        if gcslots.ENABLED:
            # its frame's locals can hold a cycle (an object keeping a generator over
            # itself): the refcount plans' cycle collector follows them
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        return space.w_generator

    def suspended(self):
        """Started, not finished, not running: what closing at death is for."""
        return self.started and not self.finished and not self.running

    def repr(self, space):
        return '<generator object %s at 0x%x>' % (self.qualname, space.id_of(self))

    def next(self, space):
        """For loops and next(): the next value, None once it has returned."""
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
                raise space.error(space.w_ValueError, 'generator already executing')
            frame = self.frame
            if self.finished or frame is None:
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
                                      'just-started generator')
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
                    raise stop_iteration_escaped(space, e)
                raise
            if not frame.yielding:
                self.finish(w_result)
                w_result = None
        finally:
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
        frame = self.frame
        if frame is not None and self.started and not self.running and \
                frame.suspended_in_yield_from():
            w_result = self.throw_into_delegate(space, frame, operr)
            if w_result is not None:
                return w_result
        else:
            w_result = self.resume(space, space.w_None, operr)
            if w_result is not None:
                return w_result
        raise self.stop_iteration(space)

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
            raise space.error(space.w_RuntimeError, 'generator ignored GeneratorExit')


class W_FinalizableGenerator(W_Generator):
    """A generator whose code has a try or with block (PyCode.has_cleanup): closed when
    it dies suspended (gclab.objspace.finalizers.new_generator makes it)."""
    _attrs_ = []


def stop_value(space, w_exc):
    assert isinstance(w_exc, W_ExceptionObject)
    if len(w_exc.args_w) == 0:
        return space.w_None
    return w_exc.args_w[0]


def stop_iteration_escaped(space, operr):
    """PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError."""
    w_err = space.new_exception(space.w_RuntimeError,
                                [space.newstr('generator raised StopIteration')])
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
        return w_obj
    return space.iter(w_obj)


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
    w_gen = as_generator(space, args.args_w[0])
    w_typ = args_w[0]
    w_val = space.w_None
    if len(args_w) > 1:
        w_val = args_w[1]
    return w_gen.throw(space, OperationError(exception_to_throw(space, w_typ, w_val)))


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


def gen_name(space, args):
    return space.newstr(generator_of(space, args, '__name__').name)


def gen_qualname(space, args):
    return space.newstr(generator_of(space, args, '__qualname__').qualname)


def gen_running(space, args):
    return space.newbool(generator_of(space, args, 'gi_running').running)


GENERATOR_ATTRIBUTES = [
    ('__name__', gen_name),
    ('__qualname__', gen_qualname),
    ('gi_running', gen_running),
]


def install(space):
    space.w_generator = w_type = space.make_type('generator', space.w_object)
    for name, impl in GENERATOR_METHODS:
        w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for name, impl in GENERATOR_ATTRIBUTES:
        w_type.dict_w[name] = W_Property(space.wrap_builtin(name, impl, w_type), None)
