# logging-heavy script: handlers, formatters, levels, filters, adapters, to stdout/stderr
import io
import logging
import sys

stream = io.StringIO()
root = logging.getLogger()
root.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(sys.stdout)
h1.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
h1.setLevel(logging.INFO)
root.addHandler(h1)
h2 = logging.StreamHandler(stream)
h2.setFormatter(logging.Formatter('[%(levelno)d|%(name)s|%(funcName)s] %(message)s'))
root.addHandler(h2)

log = logging.getLogger('app.core')
log.debug('debug %s', 'hidden on stdout')
log.info('info %d items', 3)
log.warning('warn %r', {'k': 1})
log.error('error %.2f', 3.14159)
log.critical('critical!')


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


sub = logging.getLogger('app.core.sub')
f = OnlyEven()
sub.addFilter(f)
for i in range(4):
    sub.info('number %d', i)
sub.removeFilter(f)
print(sub.parent.name, sub.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('ERROR'))
quiet = logging.getLogger('quiet')
quiet.setLevel(logging.ERROR)
quiet.warning('should not appear')
quiet.error('should appear')
print(quiet.isEnabledFor(logging.WARNING), quiet.isEnabledFor(logging.CRITICAL))
noprop = logging.getLogger('noprop')
noprop.propagate = False
noprop.error('nobody hears this')


def worker():
    log.info('in worker')


worker()
try:
    int('oops')
except ValueError:
    log.exception('failed to convert')
adapter = logging.LoggerAdapter(log, {'user': 'bob'})
adapter.info('adapter message')
root.removeHandler(h1)
log.info('only in stream')
lines = stream.getvalue().splitlines()
print(len([l for l in lines if l.strip(' ~^')]))
for line in lines:
    if not line.startswith('Traceback') and not line.startswith('  '):
        print('S>', line)
print(any("ValueError: invalid literal for int() with base 10: 'oops'" in l for l in lines))
root.removeHandler(h2)
logging.basicConfig(stream=sys.stderr, format='%(levelname)s:%(message)s', force=True)
logging.warning('to stderr via basicConfig %s', 'ok')
logging.disable(logging.CRITICAL)
logging.critical('disabled')
logging.disable(logging.NOTSET)
logging.error('enabled again')
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter('%(module)s %(filename)s:%(lineno)d %(funcName)s %(message)s'))
loc = logging.getLogger('loc')
loc.addHandler(h3)
loc.propagate = False


def helper(msg):
    loc.warning(msg, stacklevel=2)


def caller():
    helper('reported at the caller')
    loc.warning('direct')


caller()
loc.log(logging.ERROR, 'via log()')
logging.LoggerAdapter(loc, {}).warning('via adapter')
rec = loc.makeRecord('n', 10, '/a/b/mod.py', 3, 'm', (), None)
print(rec.filename, rec.module, rec.lineno, rec.pathname == '/a/b/mod.py')
