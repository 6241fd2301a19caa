# Error reports go to sys.stderr as the program left it (CPython writes them there):
# sys.__excepthook__ into a contextlib.redirect_stderr buffer, a SystemExit message and
# the final uncaught exception into an io.StringIO (nothing reaches the real stderr).
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    try:
        {}['missing']
    except KeyError as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
    sys.excepthook(ValueError, ValueError('by hand'), None)
lines = buf.getvalue().splitlines()
print(lines[0], lines[-2:])

sys.stderr = io.StringIO()
try:
    sys.exit('a message')
except SystemExit as e:
    print('caught', e.code)
print('nothing written:', sys.stderr.getvalue() == '')
sys.stderr = sys.__stderr__
print('the last exception goes to a StringIO')
sys.stderr = io.StringIO()
raise KeyError('lost')
