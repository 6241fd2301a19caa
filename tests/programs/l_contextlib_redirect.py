# contextlib.redirect_stdout/redirect_stderr (nested) and chdir
import contextlib, io, sys, os
with contextlib.redirect_stdout(io.StringIO()) as f:
    print('hidden')
    with contextlib.redirect_stdout(io.StringIO()) as g:
        print('inner')
    print('after inner')
print(repr(f.getvalue()), repr(g.getvalue()))
r = contextlib.redirect_stderr(io.StringIO())
with r as e:
    print('to err', file=sys.stderr)
print(repr(e.getvalue()))
here = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == here)
