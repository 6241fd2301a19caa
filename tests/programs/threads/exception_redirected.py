# A thread's uncaught exception is reported ("Exception in thread ...") on sys.stderr as
# the program left it: here a contextlib.redirect_stderr buffer.
import contextlib
import io
import threading


def fails():
    raise ValueError('in a thread')


buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=fails, name='worker')
    t.start()
    t.join()
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print('end')
