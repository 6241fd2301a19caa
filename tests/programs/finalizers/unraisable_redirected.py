# "Exception ignored in" reports (a __del__ that raises, a weakref callback that
# raises) are written to sys.stderr as the program left it: here a
# contextlib.redirect_stderr buffer, so nothing reaches the real stderr.
import contextlib
import gc
import io
import weakref


class D:
    def __del__(self):
        raise ValueError('from __del__')


class T:
    pass


def bad_callback(ref):
    raise KeyError('from a callback')


buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    D()
    t = T()
    r = weakref.ref(t, bad_callback)
    del t
    gc.collect()
lines = buf.getvalue().splitlines()
print([line.split(' at ')[0] for line in lines if line.startswith('Exception ignored')])
print([line for line in lines if 'Error' in line])
print('end')
