# logging.LoggerAdapter: extra context merged into each record, process() overridden,
# the delegating methods and the repr.
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s [%(conn)s]'))
logger = logging.getLogger('bench.adapter')
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.INFO)

adapter = logging.LoggerAdapter(logger, {'conn': 'c1'})
adapter.info('started %d workers', 4)
adapter.debug('not shown')
adapter.warning('slow: %.1f s', 1.25)
adapter.error('failed')
adapter.critical('down')
adapter.log(logging.INFO, 'via log')
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception('boom')


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


Prefixed(logger, {'conn': 'c2'}).info('prefixed', extra={'conn': 'own'})
lines = stream.getvalue().splitlines()
for line in lines:
    if not line.startswith(('Traceback', '  ')):
        print(line)
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG),
      adapter.getEffectiveLevel(), adapter.hasHandlers(), adapter.manager is logger.manager)
adapter.setLevel(logging.DEBUG)
print(logger.level, repr(adapter))
