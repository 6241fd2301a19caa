"""The interpreter's output: sys.stdout buffered in the space (space.stdout_buf, flushed
at 8 KB, at exit and before anything is written to stderr), stderr written at once.

The buffer is the space's prebuilt list, emptied in place: a new list at each flush
would be a new object for the refcount plans' accounting."""

import errno

from rpython.rlib import rposix
from rpython.rtyper.lltypesystem import lltype, rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.objspace import freethreading


def write_stdout(space, text):
    held = freethreading.lock_state(freethreading.OUTPUT)
    try:
        space.stdout_buf.append(text)
        space.stdout_size += len(text)
        if space.stdout_size >= 8192:
            _flush(space)
    finally:
        freethreading.unlock_state(freethreading.OUTPUT, held)


def flush_stdout(space):
    held = freethreading.lock_state(freethreading.OUTPUT)
    try:
        _flush(space)
    finally:
        freethreading.unlock_state(freethreading.OUTPUT, held)


def _flush(space):
    if space.stdout_buf:
        data = ''.join(space.stdout_buf)
        del space.stdout_buf[:]      # not a new list: the prebuilt one's storage
        space.stdout_size = 0
        write_all(1, data)


def write_stderr(space, text):
    """Free-threaded builds: under the output lock, so that a line is never split."""
    held = freethreading.lock_state(freethreading.OUTPUT)
    try:
        _flush(space)
        write_all(2, text)
    finally:
        freethreading.unlock_state(freethreading.OUTPUT, held)


# write(2) that keeps the GIL.  RPython's os.write releases it during the system call;
# then a thread flushing the output buffer at its end (gclab/objspace/threads.py) could
# lose what it had taken out of the buffer: the main thread, woken by the join of that
# thread, prints its last line and ends the process before the other write has run
# (the thread stress test saw a program's output reduced to its last line).  Output is
# written whole by the thread that holds the GIL, as CPython's buffered stdout writes
# under its buffer's lock.
_c_write = rffi.llexternal('write', [rffi.INT, rffi.CCHARP, rffi.SIZE_T], rffi.SSIZE_T,
                           compilation_info=ExternalCompilationInfo(
                               includes=['unistd.h']),
                           releasegil=False, save_err=rffi.RFFI_SAVE_ERRNO)


def write_all(fd, data):
    """Write all of data, keeping the GIL; a copy of the rest only after a partial
    write (the out-of-memory report allocates no GC memory: a movable string is pinned,
    or copied to raw memory, for the system call)."""
    while data:
        with rffi.scoped_nonmovingbuffer(data) as buf:
            n = rffi.cast(lltype.Signed, _c_write(rffi.cast(rffi.INT, fd), buf,
                                                  rffi.cast(rffi.SIZE_T, len(data))))
        if n < 0:
            if rposix.get_saved_errno() == errno.EINTR:
                continue
            return          # a closed pipe: output is lost, as with CPython's EPIPE
        if n == 0 or n >= len(data):
            return
        data = data[n:]
