# custom exception classes with attributes, __str__, args, repr and inheritance
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return '%s: %s' % (self.field, self.message)
class RangeError(ValidationError):
    def __init__(self, field, lo, hi, value):
        super().__init__(field, 'value %r not in [%r, %r]' % (value, lo, hi))
        self.lo, self.hi, self.value = lo, hi, value
class Plain(Exception):
    pass
def check(age):
    if not isinstance(age, int):
        raise ValidationError('age', 'must be int')
    if not 0 <= age <= 150:
        raise RangeError('age', 0, 150, age)
    return age
for v in [30, 'x', 200, -1]:
    try:
        print('ok', check(v))
    except RangeError as e:
        print('range', str(e), e.lo, e.hi, e.value, e.args[0])
    except ValidationError as e:
        print('validation', e, e.field, e.args)
p = Plain('one', 2)
print(str(p), repr(p), p.args, len(p.args))
print(str(Plain()), repr(Plain()), str(Plain('solo')), repr(Plain('solo')))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<custom>'
w = WithRepr('msg')
print(str(w), repr(w))
class Coded(Exception):
    code = 500
    def describe(self):
        return 'E%d %s' % (self.code, self.args[0] if self.args else '')
class NotFound(Coded):
    code = 404
print(Coded('boom').describe(), NotFound('gone').describe(), NotFound().describe())
try:
    raise NotFound('page')
except Coded as e:
    print(type(e).__name__, e.code, isinstance(e, NotFound))
e = ValueError('bad', 42)
print(e.args, str(e), str(ValueError('single')), repr(KeyError('k')), str(KeyError('k')))
try:
    raise RangeError('n', 1, 9, 10)
except Exception as err:
    saved = err
print(saved, type(saved).__mro__[1].__name__)
