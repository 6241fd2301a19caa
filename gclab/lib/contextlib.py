"""contextlib for gclab: contextmanager, asynccontextmanager, suppress, nullcontext
(also async), closing, aclosing, ExitStack, redirect_stdout, redirect_stderr, chdir,
AbstractContextManager, AbstractAsyncContextManager, ContextDecorator and
AsyncContextDecorator, with CPython 3.11's semantics (no AsyncExitStack).  Written for
gclab."""

import sys

__all__ = ['contextmanager', 'asynccontextmanager', 'suppress', 'nullcontext', 'closing',
           'aclosing', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'chdir',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'ContextDecorator',
           'AsyncContextDecorator']


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that can also decorate a function: the call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the (async) generator context managers share: the generator, and the
    function and arguments that make it again for each use as a decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


def _throw_outcome(exc, value, stop_type, stop_causes):
    # __exit__/__aexit__ threw `value` into the generator, which raised exc: True when
    # the exception is suppressed (the generator caught it and finished), False when it
    # goes on (exc is value itself, or the RuntimeError that a StopIteration raised
    # inside the generator became), None when exc is a new error that replaces it
    if isinstance(exc, stop_type):
        return exc is not value
    if exc is value:
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, stop_causes) and \
            exc.__cause__ is value:
        return False
    return None


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator):
    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except BaseException as exc:
            suppressed = _throw_outcome(exc, value, StopIteration, StopIteration)
            if suppressed is None:
                raise
            return suppressed
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function yielding once becomes a context manager
    factory (the code before the yield is __enter__, after it __exit__)."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class AsyncContextDecorator:
    """An async context manager that can also decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except BaseException as exc:
            suppressed = _throw_outcome(exc, value, StopAsyncIteration,
                                        (StopIteration, StopAsyncIteration))
            if suppressed is None:
                raise
            return suppressed
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator function yielding once becomes an async
    context manager factory (for `async with`)."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """async with aclosing(thing) as t: await thing.aclose() at the end."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """with suppress(E1, E2): the listed exceptions end the block silently."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class closing(AbstractContextManager):
    """with closing(thing) as t: thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class ExitStack(AbstractContextManager):
    """Callbacks and context managers unwound in reverse order when the block ends; an
    exception a callback raises replaces the one in flight (chained to it), and a
    callback returning true suppresses it."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager "
                            "protocol" % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append(lambda typ, val, tb: exit(cm, typ, val, tb))
        return result

    def push(self, exit):
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(lambda typ, val, tb: exit_method(exit, typ, val, tb))
        return exit

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(typ, val, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        received_exc = typ is not None
        pending = value if received_exc else None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if pending is None:
                    suppress = cb(None, None, None)
                else:
                    suppress = cb(type(pending), pending, None)
                if suppress:
                    pending = None
            except BaseException as new_exc:
                if pending is not None and new_exc is not pending:
                    new_exc.__context__ = pending
                pending = new_exc
        if pending is not None and pending is not value:
            raise pending
        return received_exc and pending is None


class _Redirect(AbstractContextManager):
    """Replace sys.<_name> by a stream while the block runs (reentrant: each enter
    remembers what it replaced)."""
    _name = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._name))
        setattr(sys, self._name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._name, self._saved.pop())


class redirect_stdout(_Redirect):
    """Send what is written to sys.stdout (print's default) to another stream."""
    _name = 'stdout'


class redirect_stderr(_Redirect):
    """Send what is written to sys.stderr to another stream."""
    _name = 'stderr'


class chdir(AbstractContextManager):
    """Work in another directory while the block runs."""

    def __init__(self, path):
        self.path = path
        self._saved = []

    def __enter__(self):
        import os
        self._saved.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._saved.pop())
