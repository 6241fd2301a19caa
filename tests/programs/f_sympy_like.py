# sympy-like symbolic expression trees: __hash__/__eq__, canonical ordering, caching, derivatives
class Expr:
    __slots__ = ('_hash',)
    _cache = {}

    def __new__(cls, *args):
        key = (cls, args)
        try:
            return Expr._cache[key]
        except KeyError:
            pass
        obj = object.__new__(cls)
        obj._hash = None
        Expr._cache[key] = obj
        return obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash((type(self).__name__,) + self.args)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, Expr):
            other = sympify(other)
        return type(self) is type(other) and self.args == other.args

    def __ne__(self, other):
        return not self == other

    def __add__(self, other):
        return Add(self, sympify(other))

    def __radd__(self, other):
        return Add(sympify(other), self)

    def __mul__(self, other):
        return Mul(self, sympify(other))

    def __rmul__(self, other):
        return Mul(sympify(other), self)

    def __sub__(self, other):
        return Add(self, Mul(Const(-1), sympify(other)))

    def __neg__(self):
        return Mul(Const(-1), self)

    def __pow__(self, n):
        return Pow(self, sympify(n))

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.args)))

    def sort_key(self):
        return (self.order, str(self))


class Const(Expr):
    __slots__ = ('value',)
    order = 0

    def __new__(cls, value):
        obj = Expr.__new__(cls, value)
        obj.value = value
        return obj

    @property
    def args(self):
        return (self.value,)

    def __str__(self):
        return str(self.value)

    def diff(self, var):
        return Const(0)

    def evalf(self, env):
        return self.value


class Sym(Expr):
    __slots__ = ('name',)
    order = 1

    def __new__(cls, name):
        obj = Expr.__new__(cls, name)
        obj.name = name
        return obj

    @property
    def args(self):
        return (self.name,)

    def __str__(self):
        return self.name

    def diff(self, var):
        return Const(1 if var == self else 0)

    def evalf(self, env):
        return env[self.name]


def sympify(x):
    if isinstance(x, Expr):
        return x
    if isinstance(x, (int, float)):
        return Const(x)
    raise TypeError("cannot sympify %r" % (x,))


class Add(Expr):
    __slots__ = ('terms',)
    order = 3

    def __new__(cls, *terms):
        flat = []
        const = 0
        for t in terms:
            if isinstance(t, Add):
                flat.extend(t.terms)
            elif isinstance(t, Const):
                const += t.value
            else:
                flat.append(t)
        coeffs = {}
        for t in flat:
            c, rest = split_coeff(t)
            coeffs[rest] = coeffs.get(rest, 0) + c
        items = [Mul(Const(c), r) if c != 1 else r for r, c in coeffs.items() if c != 0]
        if const != 0:
            items.append(Const(const))
        if not items:
            return Const(0)
        if len(items) == 1:
            return items[0]
        items.sort(key=Expr.sort_key)
        obj = Expr.__new__(cls, *items)
        obj.terms = tuple(items)
        return obj

    @property
    def args(self):
        return self.terms

    def __str__(self):
        return ' + '.join(str(t) for t in self.terms)

    def diff(self, var):
        return Add(*[t.diff(var) for t in self.terms])

    def evalf(self, env):
        return sum(t.evalf(env) for t in self.terms)


def split_coeff(t):
    if isinstance(t, Mul) and isinstance(t.factors[0], Const):
        rest = t.factors[1:]
        return t.factors[0].value, (rest[0] if len(rest) == 1 else Mul(*rest))
    return 1, t


class Mul(Expr):
    __slots__ = ('factors',)
    order = 2

    def __new__(cls, *factors):
        flat = []
        coeff = 1
        for f in factors:
            if isinstance(f, Mul):
                for g in f.factors:
                    if isinstance(g, Const):
                        coeff *= g.value
                    else:
                        flat.append(g)
            elif isinstance(f, Const):
                coeff *= f.value
            else:
                flat.append(f)
        if coeff == 0:
            return Const(0)
        powers = {}
        for f in flat:
            base, exp = (f.base, f.exp.value) if isinstance(f, Pow) and isinstance(f.exp, Const) else (f, 1)
            powers[base] = powers.get(base, 0) + exp
        items = [b if e == 1 else Pow(b, Const(e)) for b, e in powers.items() if e != 0]
        items.sort(key=Expr.sort_key)
        if coeff != 1 or not items:
            items.insert(0, Const(coeff))
        if len(items) == 1:
            return items[0]
        obj = Expr.__new__(cls, *items)
        obj.factors = tuple(items)
        return obj

    @property
    def args(self):
        return self.factors

    def __str__(self):
        return '*'.join(('(%s)' % f) if isinstance(f, Add) else str(f) for f in self.factors)

    def diff(self, var):
        terms = []
        for i, f in enumerate(self.factors):
            rest = self.factors[:i] + self.factors[i + 1:]
            terms.append(Mul(f.diff(var), *rest))
        return Add(*terms)

    def evalf(self, env):
        r = 1
        for f in self.factors:
            r *= f.evalf(env)
        return r


class Pow(Expr):
    __slots__ = ('base', 'exp')
    order = 2

    def __new__(cls, base, exp):
        if isinstance(exp, Const) and exp.value == 0:
            return Const(1)
        if isinstance(exp, Const) and exp.value == 1:
            return base
        if isinstance(base, Const) and isinstance(exp, Const):
            return Const(base.value ** exp.value)
        obj = Expr.__new__(cls, base, exp)
        obj.base = base
        obj.exp = exp
        return obj

    @property
    def args(self):
        return (self.base, self.exp)

    def __str__(self):
        b = str(self.base)
        if not isinstance(self.base, (Sym, Const)):
            b = '(' + b + ')'
        return '%s**%s' % (b, self.exp)

    def diff(self, var):
        return Mul(self.exp, Pow(self.base, Add(self.exp, Const(-1))), self.base.diff(var))

    def evalf(self, env):
        return self.base.evalf(env) ** self.exp.evalf(env)


x, y, z = Sym('x'), Sym('y'), Sym('z')
print(x is Sym('x'), x == Sym('x'), x != y, hash(x) == hash(Sym('x')), x == 3, Const(3) == 3)
e1 = x + x + 2 * x + 3 - 1
print(e1, type(e1).__name__, e1.args)
e2 = (x + 1) * (x + 1) * y
print(e2, e2.diff(x), e2.diff(y), e2.diff(z))
p = 3 * x ** 3 - 2 * x ** 2 + x - 7
dp = p.diff(x)
print(p, '|', dp, '|', dp.diff(x), '|', p.evalf({'x': 2}), dp.evalf({'x': 2}))
print(x * y == y * x, x + y == y + x, {x + y: 1}[y + x], len({x, Sym('x'), y, x * 1}), x * 0, x - x, x ** 0)
print(sorted([z, x * y, Const(2), x + 1, y], key=Expr.sort_key))
print((x * y * x).factors, Mul(x, Pow(x, Const(-1))), str(-x), (2 * x * 3 * y).evalf({'x': 1.5, 'y': 2}))
try:
    x + 'a'
except TypeError as e:
    print('TypeError', e)
try:
    x.foo = 1
except AttributeError as e:
    print('AttributeError', e)
print(len(Expr._cache) > 10, Sym.__slots__, hasattr(x, '__dict__'))
