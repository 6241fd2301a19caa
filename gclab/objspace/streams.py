"""sys.stdout and sys.stderr: W_TextStream, a text file whose writes go through the
interpreter's output functions (RPython).  Its methods are the file methods
(gclab.objspace.fileobject)."""

from gclab.objspace.strobject import W_Str
from gclab.objspace.fileobject import W_File


class W_TextStream(W_File):
    """sys.stdout (fd 1, buffered by the space) or sys.stderr (fd 2)."""
    _attrs_ = []

    def __init__(self, fd, name):
        W_File.__init__(self, fd, W_Str(name), 'w', False, False, True, False,
                        encoding='utf-8')
        self.w_buffer = self.new_buffer()   # (prebuilt with the stream)

    def write_text(self, space, text):
        if self.fd == 1:
            space.write_stdout(text)
        else:
            space.write_stderr(text)

    def flush(self, space):
        self.check_open(space)
        if self.fd == 1:
            space.flush_stdout()

    def new_buffer(self):
        return W_StreamBuffer(self.fd, self.w_name)


class W_StreamBuffer(W_File):
    """sys.stdout.buffer, sys.stderr.buffer: binary writes to fd 1 or 2, after what
    the text stream has buffered (so that text and bytes come out in the order the
    program wrote them)."""
    _attrs_ = []

    def __init__(self, fd, w_name):
        W_File.__init__(self, fd, w_name, 'wb', True, False, True, False)

    def write_bytes(self, space, data):
        if self.fd == 1:
            space.flush_stdout()
        W_File.write_bytes(self, space, data)

    def flush(self, space):
        self.check_open(space)
        if self.fd == 1:
            space.flush_stdout()
