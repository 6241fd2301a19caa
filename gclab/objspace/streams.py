"""sys.stdout and sys.stderr: W_TextStream and its methods (RPython)."""

from gclab.interp import util
from gclab.objspace.objects import W_Root
from gclab.objspace.strobject import W_Str
from gclab.objspace import iterators
from gclab.objspace.argspec import Spec, receiver


# The declared arguments of the methods (see gclab.objspace.argspec).
TEXTIOWRAPPER_WRITE = Spec('TextIOWrapper.write($self, text, /)')
TEXTIOWRAPPER_FLUSH = Spec('TextIOWrapper.flush($self, /)')


# --- sys.stdout and sys.stderr -------------------------------------------------------------

class W_TextStream(W_Root):
    """sys.stdout or sys.stderr: write() goes through the space's output functions."""
    _attrs_ = _immutable_fields_ = ['fd', 'name']

    def __init__(self, fd, name):
        self.fd = fd
        self.name = name

    def getclass(self, space):
        return iterators.TYPES.w_TextIOWrapper

    def repr(self, space):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name

    def write(self, space, text):
        if self.fd == 1:
            space.write_stdout(text)
        else:
            space.write_stderr(text)

    def flush(self, space):
        if self.fd == 1:
            space.flush_stdout()


def self_stream(space, args, name):
    w_self = receiver(space, args, iterators.TYPES.w_TextIOWrapper, name)
    assert isinstance(w_self, W_TextStream)
    return w_self


def stream_write(space, args):
    w_stream = self_stream(space, args, 'write')
    TEXTIOWRAPPER_WRITE.check(space, args)
    w_text = args.args_w[1]
    if not isinstance(w_text, W_Str):
        raise space.error(space.w_TypeError, 'write() argument must be str, not %s'
                          % space.type(w_text).name)
    w_stream.write(space, w_text.strval)
    return space.newint(util.cp_count(w_text.strval))


def stream_flush(space, args):
    w_stream = self_stream(space, args, 'flush')
    TEXTIOWRAPPER_FLUSH.check(space, args)
    w_stream.flush(space)
    return space.w_None


STREAM_METHODS = [('write', stream_write), ('flush', stream_flush)]
