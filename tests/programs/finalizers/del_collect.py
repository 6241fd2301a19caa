# __del__ as every plan that frees memory runs it once gc.collect() has run: called
# once per object, with the object's attributes intact, after the last reference goes
import gc

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class Child(Resource):              # inherits __del__
    pass


def make(n):
    return [Resource('r%d' % i) for i in range(n)]


x = Resource('x')
del x
gc.collect()
print('after del x:', log)

items = make(5)
items = None
gc.collect()
print('list of five:', sorted(log))

c = Child('child')
c = None
gc.collect()
print('child:', 'child' in log)


def scope():
    local = Resource('local')
    return len(local.name)


scope()
gc.collect()
print('local:', 'local' in log)

kept = Resource('kept')
gc.collect()
print('kept is alive:', 'kept' not in log)

# a dict of objects dropped at once
d = {i: Resource('d%d' % i) for i in range(3)}
d.clear()
gc.collect()
print('dict:', sorted(n for n in log if n.startswith('d')))

# replacing an attribute drops the old value
holder = Resource('holder')
holder.part = Resource('part1')
holder.part = Resource('part2')
gc.collect()
print('part1:', 'part1' in log, 'part2:', 'part2' in log)

# an exception that unwinds a frame holding one
def fails():
    temp = Resource('temp')
    raise ValueError('unwind')


try:
    fails()
except ValueError:
    pass
gc.collect()
print('temp:', 'temp' in log)
print('count:', len(log))
