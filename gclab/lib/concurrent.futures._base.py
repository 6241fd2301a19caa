"""concurrent.futures._base for gclab: the names CPython's submodule defines, from
concurrent.futures (gclab/lib/concurrent.futures.py)."""

from concurrent.futures import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                                FINISHED, Error, CancelledError, TimeoutError,
                                InvalidStateError, BrokenExecutor, Future, Executor,
                                DoneAndNotDoneFutures, as_completed, wait)
