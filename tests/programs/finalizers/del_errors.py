# an exception in __del__ is reported on stderr ("Exception ignored in") and the
# program goes on; a __del__ that is not a function; __del__ calling other code
import gc


class Bad:
    def __del__(self):
        raise ValueError('boom in __del__')


Bad()
gc.collect()
print('still running')


class Nested:
    def __init__(self, inner):
        self.inner = inner

    def __del__(self):
        print('nested', self.inner.__class__.__name__)


class Inner:
    def __del__(self):
        print('inner del')


n = Nested(Inner())
del n
gc.collect()
gc.collect()
print('done')
