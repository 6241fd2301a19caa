# logging: the root logger's basicConfig, logger hierarchy and levels, handlers and
# formatters (%, { and $ styles), filters, extra fields, the last-resort handler
import logging
import sys

log = logging.getLogger('app.db')
log.warning('no handler anywhere: message only, to stderr')
log.info('not shown: the root level is WARNING')

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.info('basic %s %d', 'format', 42)
log.warning('through the root handler')
log.debug('not shown')
print(log.getEffectiveLevel(), logging.getLevelName(logging.ERROR), logging.getLevelName(25),
      logging.getLevelName('INFO'), log.parent is logging.getLogger('app') or log.parent.name)

app = logging.getLogger('app')
print(log.parent is app, app.parent is logging.getLogger(), logging.getLogger('root') is logging.root)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(name)s] %(levelname)-8s %(message)s'))
app.addHandler(h)
app.setLevel(logging.DEBUG)
log.debug('debug reaches app and root: %r', {'k': 1})
app.propagate = False
log.error('only app now')


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


h.addFilter(OnlyOdd())
for i in range(4):
    log.info('number %d', i)
h.filters.clear()

b = logging.getLogger('brace')
b.propagate = False
hb = logging.StreamHandler(sys.stdout)
hb.setFormatter(logging.Formatter('{levelname}|{name}|{message}|{user}', style='{'))
b.addHandler(hb)
b.warning('with extra', extra={'user': 'ann'})
hd = logging.StreamHandler(sys.stdout)
hd.setFormatter(logging.Formatter('$levelname $message', style='$'))
d = logging.getLogger('dollar')
d.propagate = False
d.addHandler(hd)
d.critical('dollar style')
logging.getLogger('exc').error('failed', exc_info=ZeroDivisionError('division by zero'))
try:
    raise KeyError('missing')
except KeyError:
    logging.getLogger('exc').exception('lookup failed')
logging.disable(logging.ERROR)
log.error('disabled')
logging.disable(logging.NOTSET)
log.error('enabled again')
print(logging.getLogger('app.db.x').parent is log, isinstance(log, logging.Logger), repr(app))
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',)})
print(rec.getMessage(), logging.Formatter('%(message)s!').format(rec))
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
