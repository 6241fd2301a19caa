# uncaught AttributeError on an instance attribute that was never set, after caught ones
class C:
    def __init__(self):
        self.a = 1
c = C()
for name in ['b', 'x']:
    try:
        getattr(c, name)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    'text'.nope()
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].push(1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    C.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    (5).real_part
except AttributeError as e:
    print('AttributeError:', e)
def use(obj):
    return obj.a + obj.x
print(use(c))
