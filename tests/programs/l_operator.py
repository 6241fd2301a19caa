# operator: operators as functions, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_(0), operator.truth([1]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5),
      operator.lshift(1, 40), operator.rshift(1024, 3), operator.abs(-4.5), operator.pos(-2))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7),
      operator.concat([1], [2]), operator.contains('hello', 'ell'), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
x = [1]
print(operator.iadd(x, [2]), x, operator.imul(3, 4))
rows = [('bob', 25, 'b'), ('alice', 30, 'a'), ('carol', 25, 'c')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)('xyz'), itemgetter(slice(1, None))('xyz'), list(map(itemgetter('k'), [{'k': 1}, {'k': 2}])))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct
p = P('outer', P('inner'))
print(attrgetter('name')(p), attrgetter('inner.name')(p), attrgetter('name', 'inner.name')(p))
print(methodcaller('greet', 'Hi')(p), methodcaller('greet', 'Yo', punct='?')(p))
print(methodcaller('split', ',')('a,b,c'), list(map(methodcaller('upper'), ['a', 'b'])))
print(itemgetter(1), attrgetter('a', 'b.c'), methodcaller('f', 1, k=2))
print(sorted([P('z'), P('m'), P('a')], key=attrgetter('name'))[0].name)
