"""A generator of random Python programs in gclab's subset, reproducible from a seed.

`generate(seed, features)` returns the text of one program.  The same seed and the same
features always give the same text (the generator draws from its own random.Random(seed)
and never from anything else).  Every program:

* is valid Python 3 in gclab's subset (README, "The language"): no construct listed as
  unsupported or as a known difference is generated unless its feature flag is on;
* is deterministic on python3: no id(), no hash() of str, no set iteration order, no
  default object repr (every generated class defines __repr__), no time or threads;
  the program's own randomness is a linear congruential generator (`rnd`) seeded by a
  literal;
* terminates quickly: loops are over bounded ranges with a budget on the product of
  nested trip counts, recursion has an explicit depth bound, values that a loop
  reassigns are clipped (strings and lists sliced, ints reduced) so they cannot grow
  exponentially;
* prints what it computed.  Runtime errors are part of the language under test: each
  block runs under `try/except Exception` that prints the exception's type, so a
  program keeps going after one.

Types are tracked statically so that expressions are mostly well-typed: 'int',
'float', 'str', 'bool', ('list', T), ('tuple', (T, ...)), ('dict', K, V) and
('obj', class name).

Feature flags (FEATURES) switch constructs on and off (a flag that is off draws no
random numbers, so a seed's program without it is what it was before the flag
existed).  Generators and sets are on since gclab has them (2026-12-02: the programs of
a seed changed then).  `del_methods` gives some classes a __del__ that only counts, and
`weakrefs` gives every instance of the generated classes a weak reference to itself
that each method checks: when __del__ runs and when a weak reference dies depend on the
plan (docs/language.md, "Finalizers"), so the programs never print either -- they
check that running finalizers between any two instructions, and watching every
instance, change nothing else.  `unicode` puts non-ASCII characters into string
literals (str indexed by code point, 2026-12-03).  Off by default: they change every
seed's program.
Threads are a reserved name (NotImplementedError until the generator makes them)."""

import random

FEATURES = {
    # on by default: gclab supports them
    'ints': True, 'bigints': True, 'floats': True, 'strings': True, 'lists': True,
    'tuples': True, 'dicts': True, 'functions': True, 'closures': True,
    'classes': True, 'inheritance': True, 'special_methods': True,
    'exceptions': True, 'with': True, 'comprehensions': True, 'fstrings': True,
    'formatting': True, 'gc_shapes': True, 'uncaught': True, 'exc_messages': True,
    'generators': True, 'sets': True,
    # off by default: each changes the programs of every seed (see above)
    'del_methods': False, 'weakrefs': False, 'unicode': False,
    # not generated yet
    'threads': False,
}
# flags whose construct the generator cannot make yet: asking for them is an error
NOT_IMPLEMENTED = ('threads',)

INT, FLOAT, STR, BOOL = 'int', 'float', 'str', 'bool'
SCALARS = (INT, FLOAT, STR, BOOL)
ALPHABET = 'abcdefxyz ABXY0123_-.,:;!?()[]{}#%/+=*<>|\'"\\\n\t'
# with 'unicode': characters of 2, 3 and 4 UTF-8 bytes (lower and upper case, a digit
# of another script, a space of another width) beside ASCII's
UNICODE_ALPHABET = ALPHABET + u'\xe9\xc9\xff\u0394\u03b4\u20ac\u65e5\u0663\u3000\U0001f600'
FLOATS = ['0.5', '1.25', '-2.75', '3.0', '0.1', '0.2', '1e-3', '2.5e10', '-1.5e-7',
          '1e300', '7.0', '100.125', '-0.0', '0.3333', '12345.678', '1e16', '4.5e-300']
EXC_BUILTIN = ['ValueError', 'KeyError', 'IndexError', 'TypeError', 'RuntimeError',
               'ZeroDivisionError', 'AttributeError', 'LookupError', 'ArithmeticError']
MAX_TRIPS = 600          # product of nested loop trip counts in one body


def list_of(t):
    return ('list', t)


def dict_of(k, v):
    return ('dict', k, v)


def is_list(t):
    return isinstance(t, tuple) and t[0] == 'list'


def is_dict(t):
    return isinstance(t, tuple) and t[0] == 'dict'


def is_obj(t):
    return isinstance(t, tuple) and t[0] == 'obj'


def is_tuple(t):
    return isinstance(t, tuple) and t[0] == 'tuple'


class ClassInfo(object):
    def __init__(self, name, base):
        self.name = name
        self.base = base            # ClassInfo or None
        self.own_fields = []        # [(name, type)] set from __init__ parameters
        self.extra_fields = []      # [(name, type, initial literal)]
        self.methods = {}           # name -> ([(param, type)], return type)
        self.specials = set()       # special methods defined here or inherited

    def fields(self):
        base = self.base.fields() if self.base else []
        return base + self.own_fields + [(n, t) for n, t, _ in self.extra_fields]

    def init_params(self):
        base = self.base.init_params() if self.base else []
        return base + self.own_fields

    def all_methods(self):
        m = dict(self.base.all_methods()) if self.base else {}
        m.update(self.methods)
        return m

    def has(self, special):
        return special in self.specials or (self.base is not None and self.base.has(special))

    def is_sub(self, other):
        c = self
        while c is not None:
            if c is other:
                return True
            c = c.base
        return False


class Scope(object):
    def __init__(self, parent=None, in_loop=False, in_func=False, trips=1):
        self.vars = []                       # [(name, type)]
        self.parent = parent
        self.in_loop = in_loop or (parent is not None and parent.in_loop)
        self.in_func = in_func or (parent is not None and parent.in_func)
        self.trips = trips * (parent.trips if parent else 1)
        self.readonly = set()                # loop variables: not reassigned

    def all_vars(self):
        out = self.parent.all_vars() if self.parent else []
        return out + self.vars

    def add(self, name, t):
        self.vars.append((name, t))


class Generator(object):
    def __init__(self, seed, features=None):
        self.r = random.Random(seed)
        self.seed = seed
        self.f = dict(FEATURES)
        for k, v in (features or {}).items():
            if k not in FEATURES:
                raise ValueError('unknown fuzz feature %r (known: %s)'
                                 % (k, ', '.join(sorted(FEATURES))))
            self.f[k] = v
        for k in NOT_IMPLEMENTED:
            if self.f[k]:
                raise NotImplementedError('fuzz feature %r is not generated yet' % k)
        self.counter = 0
        self.classes = []
        self.functions = []          # (name, [(param, type, default or None)], ret)
        self.exc_classes = []

    # ------------------------------------------------------------------ helpers
    def fresh(self, prefix='v'):
        self.counter += 1
        return '%s%d' % (prefix, self.counter)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def scalar_type(self):
        ts = [INT, INT, BOOL]
        if self.f['strings']:
            ts += [STR, STR]
        if self.f['floats']:
            ts.append(FLOAT)
        return self.pick(ts)

    def elem_type(self):
        return self.pick([INT, INT, STR] if self.f['strings'] else [INT])

    def any_type(self, depth=2):
        x = self.r.random()
        if depth <= 0 or x < 0.55:
            return self.scalar_type()
        if x < 0.7 and self.f['lists']:
            return list_of(self.any_type(depth - 1) if self.chance(0.3) else self.elem_type())
        if x < 0.8 and self.f['dicts']:
            return dict_of(self.pick([INT, STR] if self.f['strings'] else [INT]),
                           self.any_type(depth - 1))
        if x < 0.88 and self.f['tuples']:
            return ('tuple', tuple(self.scalar_type() for _ in range(self.r.randint(1, 3))))
        if self.classes:
            return ('obj', self.pick(self.classes).name)
        return self.scalar_type()

    def cls(self, name):
        for c in self.classes:
            if c.name == name:
                return c
        raise KeyError(name)

    def compatible(self, have, want):
        if have == want:
            return True
        if is_obj(have) and is_obj(want):
            return self.cls(have[1]).is_sub(self.cls(want[1]))
        return False

    def vars_of(self, scope, t):
        return [n for n, vt in scope.all_vars() if self.compatible(vt, t)]

    # ------------------------------------------------------------------ literals
    def str_lit(self, n=None):
        n = self.r.randint(0, 6) if n is None else n
        alphabet = UNICODE_ALPHABET if self.f['unicode'] else ALPHABET
        return repr(''.join(self.pick(alphabet) for _ in range(n)))

    def int_lit(self):
        x = self.r.random()
        if x < 0.5:
            return str(self.r.randint(-5, 20))
        if x < 0.75 or not self.f['bigints']:
            return str(self.r.randint(-1000, 100000))
        if x < 0.88:
            v = self.r.getrandbits(self.r.randint(40, 200))
            return str(v if self.chance(0.7) else -v)
        return '(%d ** %d %s %d)' % (self.pick([2, 3, 7, 10, -3]), self.r.randint(20, 90),
                                     self.pick('+-'), self.r.randint(0, 999))

    def literal(self, t, depth=1):
        if t == INT:
            return self.int_lit()
        if t == FLOAT:
            return self.f_()
        if t == STR:
            return self.str_lit()
        if t == BOOL:
            return self.pick(['True', 'False'])
        if is_list(t):
            n = self.r.randint(0, 4 if depth > 0 else 1)
            return '[' + ', '.join(self.expr(t[1], depth - 1) for _ in range(n)) + ']'
        if is_tuple(t):
            items = [self.expr(e, depth - 1) for e in t[1]]
            return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
        if is_dict(t):
            n = self.r.randint(0, 3)
            keys = []
            for _ in range(n):
                k = self.literal(t[1], 0)
                if k not in keys:
                    keys.append(k)
            return '{' + ', '.join('%s: %s' % (k, self.expr(t[2], depth - 1))
                                   for k in keys) + '}'
        if is_obj(t):
            return self.construct(self.cls(t[1]), None, depth)
        raise ValueError(t)

    # ------------------------------------------------------------------ expressions
    def expr(self, t, depth=2, scope=None):
        """An expression of type t (a subclass instance for an object type)."""
        scope = scope if scope is not None else self.cur_scope
        if t == FLOAT and not self.f['floats']:
            t = INT
        names = self.vars_of(scope, t)
        if names and (depth <= 0 or self.chance(0.45)):
            return self.pick(names)
        if depth <= 0 or self.chance(0.15):
            return self.literal(t, 0)
        maker = {INT: self.int_expr, FLOAT: self.float_expr, STR: self.str_expr,
                 BOOL: self.bool_expr}.get(t)
        if maker is None:
            if is_list(t):
                maker = self.list_expr
            elif is_dict(t):
                maker = self.dict_expr
            elif is_obj(t):
                maker = self.obj_expr
            else:
                return self.literal(t, depth)
        return maker(t, depth - 1)

    def e(self, t, depth):
        return self.expr(t, depth)

    def f_(self):
        return self.pick(FLOATS) if self.f['floats'] else self.int_lit()

    def some_list(self, depth, elem=None):
        return self.e(list_of(elem or self.elem_type()), depth)

    def call_of(self, ret, depth):
        fs = [f for f in self.functions if f[2] == ret]
        if not fs:
            return None
        name, params, _ = self.pick(fs)
        args, kws = [], []
        for p, pt, default in params:
            if default is None:
                args.append(self.e(pt, depth))
            elif self.chance(0.4):
                kws.append('%s=%s' % (p, self.e(pt, depth)))
        return '%s(%s)' % (name, ', '.join(args + kws))

    def obj_field(self, t, depth):
        objs = [(n, self.cls(vt[1])) for n, vt in self.cur_scope.all_vars() if is_obj(vt)]
        cands = [(n, f) for n, c in objs for f, ft in c.fields() if ft == t]
        if not cands:
            return None
        n, f = self.pick(cands)
        return '%s.%s' % (n, f)

    def obj_method(self, t, depth):
        objs = [(n, self.cls(vt[1])) for n, vt in self.cur_scope.all_vars() if is_obj(vt)]
        cands = [(n, m, sig) for n, c in objs for m, sig in c.all_methods().items()
                 if sig[1] == t]
        if not cands:
            return None
        n, m, (params, _) = self.pick(cands)
        return '%s.%s(%s)' % (n, m, ', '.join(self.e(pt, depth) for _, pt in params))

    def obj_special(self, t, d):
        """An expression of type t that goes through a special method, if one fits."""
        objs = [(n, self.cls(vt[1])) for n, vt in self.cur_scope.all_vars() if is_obj(vt)]
        cands = []
        for n, c in objs:
            if t == INT:
                cands += ['len(%s)' % n] if c.has('__len__') else []
                cands += ['%s(%s)' % (n, self.e(INT, d))] if c.has('__call__') else []
                cands += ['(%s[0] if len(%s) else -1)' % (n, n)] \
                    if c.has('__getitem__') and c.has('__len__') else []
            elif t == BOOL:
                cands += ['(%s in %s)' % (self.e(INT, d), n)] if c.has('__contains__') else []
                cands += ['bool(%s)' % n]
                cands += ['(%s == %s)' % (n, self.e(('obj', c.name), d))]
            elif t == list_of(INT):
                cands += ['list(%s)' % n, '[x for x in %s]' % n] if c.has('__iter__') else []
        return self.pick(cands) if cands else None

    def int_expr(self, t, d):
        e = lambda: self.e(INT, d)  # noqa: E731
        if self.f['sets'] and self.chance(0.05):     # draws only when on: seeds stay
            return 'len(set(%s))' % self.e(list_of(INT), d)
        k = self.r.randrange(30)
        if k < 4:
            return '(%s %s %s)' % (e(), self.pick(['+', '-', '*', '+']), e())
        if k == 4:
            return '(%s // (%s or 3))' % (e(), e())
        if k == 5:
            return '(%s %% (%s or 7))' % (e(), e())
        if k == 6:
            return '(%s ** %d)' % (e(), self.r.randint(0, 4))
        if k == 7:
            return '(%s %s %d)' % (e(), self.pick(['<<', '>>']), self.r.randint(0, 70))
        if k == 8:
            return '(%s %s %s)' % (e(), self.pick(['&', '|', '^']), e())
        if k == 9:
            return '%s%s' % (self.pick(['-', '~', '+']), e())
        if k == 10:
            return self.pick(['abs(%s)', 'int(%s)', 'hash(%s)']) % e()
        if k == 11:
            return '%s(%s, %s)' % (self.pick(['min', 'max']), e(), e())
        if k == 12 and self.f['lists']:
            return 'len(%s)' % self.some_list(d)
        if k == 13 and self.f['lists']:
            return 'sum(%s)' % self.e(list_of(INT), d)
        if k == 14 and self.f['strings']:
            return 'len(%s)' % self.e(STR, d)
        if k == 15 and self.f['floats']:
            return self.pick(['int(%s)', 'round(%s)', 'math.floor(%s)']) % self.e(FLOAT, d)
        if k == 16:
            return 'divmod(%s, %s or 5)[%d]' % (e(), e(), self.r.randint(0, 1))
        if k == 17:
            return 'pow(%s, %d, %s)' % (e(), self.r.randint(0, 40), self.pick(['97', '1000003', '(2 ** 61 - 1)', '-13']))
        if k == 18 and self.f['strings']:
            return self.pick(['%s.find(%s)', '%s.count(%s)', '%s.rfind(%s)']) % (
                self.e(STR, d), self.str_lit(self.r.randint(0, 2)))
        if k == 19 and self.f['strings']:
            return 'int(%s)' % self.pick(["'%d'" % self.r.randint(-999, 99999), "' 42 '",
                                           "'-0'", "'1_000'", "'12345678901234567890123'"])
        if k == 20:
            return '(%s if %s else %s)' % (e(), self.e(BOOL, d), e())
        if k == 21 and self.f['lists']:
            xs = self.e(list_of(INT), d)
            return '(%s[%s %% len(%s)] if %s else %s)' % (xs, e(), xs, xs, e())
        if k == 22 and self.f['dicts']:
            kt = self.pick([INT, STR]) if self.f['strings'] else INT
            return '%s.get(%s, %s)' % (self.e(dict_of(kt, INT), d), self.e(kt, 0), e())
        if k == 23:
            c = self.call_of(INT, d)
            if c:
                return c
        if k == 24:
            c = self.obj_field(INT, d) or self.obj_method(INT, d)
            if c:
                return c
        if k == 25:
            c = self.obj_special(INT, d)
            if c:
                return c
            return 'int(%s)' % self.e(BOOL, d)
        if k == 26 and self.f['strings']:
            return 'ord(%s)' % self.str_lit(1)
        if k == 27 and self.f['lists']:
            return '%s.index(%s)' % (self.e(list_of(INT), d), e())
        if k == 28 and self.f['comprehensions']:
            v = self.fresh('i')
            return 'sum([%s * %s for %s in range(%d)])' % (v, e(), v, self.r.randint(0, 8))
        return '(%s + %s)' % (e(), e())

    def float_expr(self, t, d):
        f = lambda: self.e(FLOAT, d)  # noqa: E731
        k = self.r.randrange(11)
        if k < 3:
            return '(%s %s %s)' % (f(), self.pick(['+', '-', '*']), f())
        if k == 3:
            return '(%s / (%s or 1.0))' % (f(), f())
        if k == 4:
            return '(%s / (%s or 2))' % (self.e(INT, d), self.e(INT, d))
        if k == 5:
            return 'float(%s)' % self.e(INT, d)
        if k == 6:
            return self.pick(['abs(%s)', '-%s', 'math.sqrt(abs(%s))', '(%s ** 2)']) % f()
        if k == 7:
            return 'round(%s, %d)' % (f(), self.r.randint(0, 4))
        if k == 8:
            return '(%s %s %s)' % (f(), self.pick(['+', '*', '-']), self.e(INT, d))
        if k == 9 and self.f['strings']:
            return 'float(%s)' % self.pick(["'1.5'", "' -2.25 '", "'1e5'", "'inf'", "'0.1'"])
        return '%s(%s, %s)' % (self.pick(['min', 'max']), f(), f())

    def str_expr(self, t, d):
        s = lambda: self.e(STR, d)  # noqa: E731
        k = self.r.randrange(22)
        if k < 2:
            return '(%s + %s)' % (s(), s())
        if k == 2:
            return '(%s * %d)' % (s(), self.r.randint(0, 3))
        if k == 3:
            return 'str(%s)' % self.e(self.pick([INT, FLOAT, BOOL]), d)
        if k == 4:
            return 'repr(%s)' % self.e(self.any_type(1), d)
        if k == 5:
            return '%s.%s()' % (s(), self.pick(['upper', 'lower', 'strip', 'lstrip',
                                                  'rstrip', 'capitalize', 'title',
                                                  'swapcase']))
        if k == 6:
            return '%s.replace(%s, %s)' % (s(), self.str_lit(1), self.str_lit(self.r.randint(0, 2)))
        if k == 7:
            a, b = self.r.randint(-6, 6), self.r.randint(-6, 8)
            return '%s[%s:%s%s]' % (s(), a, b, self.pick(['', '', ':2', ':-1']))
        if k == 8 and self.f['lists']:
            return '%s.join(%s)' % (self.str_lit(self.r.randint(0, 2)), self.e(list_of(STR), d))
        if k == 9 and self.f['fstrings']:
            return self.fstring()
        if k == 10 and self.f['formatting']:
            return "('%%s|%%d|%%5.2f|%%r|%%x' %% (%s, %s, %s, %s, %s))" % (
                s(), self.e(INT, d), self.e(FLOAT, d), s(), self.e(INT, d))
        if k == 11 and self.f['formatting']:
            return "'{} {!r} {:>5}'.format(%s, %s, %s)" % (self.e(self.any_type(1), d), s(), self.e(INT, d))
        if k == 12:
            return '(%s if %s else %s)' % (s(), self.e(BOOL, d), s())
        if k == 13:
            c = self.call_of(STR, d) or self.obj_field(STR, d) or self.obj_method(STR, d)
            if c:
                return c
        if k == 14:
            return "%s.center(%d, '*')" % (s(), self.r.randint(0, 12))
        if k == 15 and self.f['lists']:
            return "'/'.join([str(x) for x in %s])" % self.some_list(d)
        if k == 16:
            return 'type(%s).__name__' % self.e(self.any_type(1), d)
        if k == 17:
            return self._str_index(d)
        if k == 18:
            return 'str(%s)' % self.e(self.any_type(2), d)
        if k == 19:
            return '%s.zfill(%d)' % (s(), self.r.randint(0, 8))
        if k == 20:
            return 'chr(%d)' % self.r.randint(32, 126)
        return '(%s + %s)' % (s(), s())

    def fstring(self):
        """Only names and numeric literals inside the braces: no quotes or backslashes
        (not allowed in 3.11's f-string expressions)."""
        names = [n for n, t in self.cur_scope.all_vars()]
        ints = self.vars_of(self.cur_scope, INT) or [str(self.r.randint(-99, 999))]
        floats = self.vars_of(self.cur_scope, FLOAT) or [self.f_()]
        parts = []
        for _ in range(self.r.randint(1, 3)):
            x = self.r.randrange(4)
            if x == 0 and names:
                parts.append('{%s}' % self.pick(names))
            elif x == 1 and names:
                parts.append('{%s!r}' % self.pick(names))
            elif x == 2:
                parts.append('{%s:%s}' % (self.pick(ints), self.pick(['>6', '<4', '^7', '05d', 'x', ',', '+d'])))
            else:
                parts.append('{%s:%s}' % (self.pick(floats), self.pick(['.2f', '.3e', '>10.1f', '.4g', ''])))
            parts.append(self.pick(['', '-', ' = ', ':', ' ab ']))
        return 'f"%s"' % ''.join(parts)

    def _str_index(self, d):
        names = self.vars_of(self.cur_scope, STR)
        sv = self.pick(names) if names else self.str_lit(self.r.randint(1, 5))
        return '(%s[%s %% len(%s)] if %s else %s)' % (sv, self.e(INT, d), sv, sv, self.str_lit(1))

    def bool_expr(self, t, d):
        k = self.r.randrange(15)
        if k < 3:
            ct = self.pick([INT, INT, STR, FLOAT] if self.f['strings'] else [INT])
            return '(%s %s %s)' % (self.e(ct, d), self.pick(['<', '<=', '==', '!=', '>', '>=']),
                                   self.e(ct, d))
        if k == 3:
            return '(%s %s %s)' % (self.e(BOOL, d), self.pick(['and', 'or']), self.e(BOOL, d))
        if k == 4:
            return '(not %s)' % self.e(BOOL, d)
        if k == 5 and self.f['lists']:
            et = self.elem_type()
            return '(%s in %s)' % (self.e(et, d), self.e(list_of(et), d))
        if k == 6 and self.f['dicts']:
            return '(%s in %s)' % (self.e(INT, d), self.e(dict_of(INT, self.scalar_type()), d))
        if k == 7:
            return '(%s in %s)' % (self.str_lit(1), self.e(STR, d))
        if k == 8:
            return 'bool(%s)' % self.e(self.any_type(1), d)
        if k == 13:
            c = self.obj_special(BOOL, d)
            if c:
                return c
        if k == 9 and self.classes:
            objs = [(n, vt) for n, vt in self.cur_scope.all_vars() if is_obj(vt)]
            if objs:
                return 'isinstance(%s, %s)' % (self.pick(objs)[0], self.pick(self.classes).name)
        if k == 10:
            return '%s.%s(%s)' % (self.e(STR, d), self.pick(['startswith', 'endswith']),
                                  self.str_lit(self.r.randint(0, 2)))
        if k == 11:
            return '(%s < %s < %s)' % (self.e(INT, d), self.e(INT, d), self.e(INT, d))
        if k == 12 and self.f['lists']:
            return '%s(%s)' % (self.pick(['any', 'all']), self.some_list(d))
        return '(%s == %s)' % (self.e(self.any_type(1), d), self.e(self.any_type(1), d))

    def list_expr(self, t, d):
        el = t[1]
        if self.f['sets'] and el == INT and self.chance(0.1):   # printed sorted only
            return 'sorted(set(%s) %s set(%s))' % (self.e(t, d), self.pick('&|-^'), self.e(t, d))
        k = self.r.randrange(12)
        if k == 0 and self.f['comprehensions']:
            v = self.fresh('i')
            self.cur_scope.add(v, INT)     # visible to the element expression only
            try:
                body = self.e(el, d)
            finally:
                self.cur_scope.vars.pop()
            cond = ' if %s %% %d' % (v, self.r.randint(2, 3)) if self.chance(0.3) else ''
            return '[%s for %s in range(%d)%s]' % (body, v, self.r.randint(0, 6), cond)
        if k == 1 and el in (INT, STR):
            return 'sorted(%s%s)' % (self.e(t, d), self.pick(['', ', reverse=True']))
        if k == 2:
            return 'list(reversed(%s))' % self.e(t, d)
        if k == 3:
            return '(%s + %s)' % (self.e(t, d), self.e(t, d))
        if k == 4:
            return '%s[%d:%d]' % (self.e(t, d), self.r.randint(-4, 3), self.r.randint(-2, 6))
        if k == 5:
            return '(%s * %d)' % (self.e(t, d), self.r.randint(0, 3))
        if k == 6 and el == INT:
            return 'list(range(%d, %d, %d))' % (self.r.randint(-5, 5), self.r.randint(-5, 15),
                                               self.pick([1, 2, 3, -1, -2]))
        if k == 7 and el == STR:
            return '%s.split(%s)' % (self.e(STR, d), self.pick(['', "' '", "','", "'a'"]))
        if k == 8 and self.f['dicts'] and el in (INT, STR):
            return 'list(%s)' % self.e(dict_of(el, self.scalar_type()), d)
        if k == 9 and self.f['dicts']:
            return 'list(%s.values())' % self.e(dict_of(self.pick([INT, STR]), el), d)
        if k == 10 and self.f['comprehensions']:
            v = self.fresh('x')
            self.cur_scope.add(v, el)
            try:
                cond = self.e(BOOL, 0)
            finally:
                self.cur_scope.vars.pop()
            return '[%s for %s in %s if %s]' % (v, v, self.e(t, d), cond)
        if k == 11 and el == INT:
            c = self.obj_special(t, d)
            if c:
                return c
        if k == 11 and is_obj(el) and self.cls(el[1]).has('__lt__'):
            return 'sorted(%s)' % self.e(t, d)
        return self.literal(t, d)

    def dict_expr(self, t, d):
        k = self.r.randrange(6)
        if k == 0 and self.f['comprehensions']:
            v = self.fresh('i')
            self.cur_scope.add(v, INT)
            try:
                key = v if t[1] == INT else 'str(%s)' % v
                val = self.e(t[2], d)
            finally:
                self.cur_scope.vars.pop()
            return '{%s: %s for %s in range(%d)}' % (key, val, v, self.r.randint(0, 5))
        if k == 1:
            return 'dict(%s)' % self.e(t, d)
        if k == 2:
            return '{**%s, **%s}' % (self.e(t, d), self.e(t, d))
        if k == 3:
            return '(%s | %s)' % (self.e(t, d), self.e(t, d))
        return self.literal(t, d)

    def construct(self, c, scope, depth):
        subs = [x for x in self.classes if x.is_sub(c)]
        c = self.pick(subs)
        args = [self.e(pt, max(depth - 1, 0)) for _, pt in c.init_params()]
        return '%s(%s)' % (c.name, ', '.join(args))

    def obj_expr(self, t, d):
        c = self.cls(t[1])
        if c.has('__add__') and self.chance(0.2):
            adder = c
            while '__add__' not in adder.specials:
                adder = adder.base
            if adder is c:
                return '(%s + %s)' % (self.e(t, d), self.e(t, d))
        return self.construct(c, None, d)

    # ------------------------------------------------------------------ statements
    def block(self, scope, n, depth):
        """n statements (list of lines, not indented) in scope."""
        saved = self.cur_scope
        self.cur_scope = scope
        lines = []
        try:
            for _ in range(n):
                lines += self.stmt(scope, depth)
        finally:
            self.cur_scope = saved
        return lines or ['pass']

    def sub(self, scope, n, depth, **kw):
        return indent(self.block(Scope(scope, **kw), n, depth))

    def assignable(self, scope, pred=lambda t: True):
        out = []
        s = scope
        while s is not None:
            out += [(n, t) for n, t in s.vars if n not in s.readonly and pred(t)
                    and '.' not in n]
            if s.in_func and not (s.parent and s.parent.in_func):
                break          # outer (module) names would need `global`
            s = s.parent
        return out

    def clip(self, t, e, scope):
        if not scope.in_loop:
            return e
        if t == INT:
            return 'clip(%s)' % e
        if t == STR or is_list(t):
            return '(%s)[:%d]' % (e, self.r.randint(8, 40))
        return e

    def stmt(self, scope, depth):
        k = self.r.randrange(100)
        if depth <= 0:
            k = k % 45
        if k < 12:                                    # new variable
            t = self.any_type()
            name = self.fresh()
            line = '%s = %s' % (name, self.expr(t, 2, scope))
            scope.add(name, t)
            return [line]
        if k < 20:                                    # print
            return ['print(%s)' % ', '.join(self.expr(self.any_type(), 2, scope)
                                            for _ in range(self.r.randint(1, 3)))]
        if k < 27:                                    # reassign
            cands = self.assignable(scope)
            if cands:
                n, t = self.pick(cands)
                if t in (INT, STR, FLOAT) and self.chance(0.5):
                    op = self.pick(['+=', '-=', '*=']) if t != STR else '+='
                    rhs = self.expr(t, 1, scope)
                    if t == INT and op == '*=' or scope.in_loop and t != FLOAT:
                        return ['%s = %s' % (n, self.clip(t, '%s %s %s' % (n, op[0], rhs), scope))]
                    return ['%s %s %s' % (n, op, rhs)]
                return ['%s = %s' % (n, self.clip(t, self.expr(t, 2, scope), scope))]
            return ['print(%s)' % self.expr(INT, 2, scope)]
        if k < 35:                                    # container mutation
            return self.mutate(scope)
        if k < 38 and self.classes:                   # attribute store
            objs = [(n, self.cls(t[1])) for n, t in scope.all_vars() if is_obj(t)]
            if objs:
                n, c = self.pick(objs)
                f, ft = self.pick(c.fields())
                return ['%s.%s = %s' % (n, f, self.clip(ft, self.expr(ft, 1, scope), scope))]
            return []
        if k < 42 and self.f['lists']:                # unpacking
            a, b = self.fresh(), self.fresh()
            t = self.scalar_type()
            line = '%s, %s = %s, %s' % (a, b, self.expr(t, 1, scope), self.expr(INT, 1, scope))
            scope.add(a, t)
            scope.add(b, INT)
            return [line]
        if k < 45:
            if self.chance(0.2):
                return ['assert %s, %s' % (self.expr(BOOL, 1, scope), self.str_lit())]
            return ['assert len([%s]) == 1' % self.expr(self.any_type(), 1, scope)]
        if k < 55:                                    # if
            lines = ['if %s:' % self.expr(BOOL, 2, scope)] + self.sub(scope, self.r.randint(1, 3), depth - 1)
            if self.chance(0.3):
                lines += ['elif %s:' % self.expr(BOOL, 1, scope)] + self.sub(scope, 1, depth - 1)
            if self.chance(0.5):
                lines += ['else:'] + self.sub(scope, self.r.randint(1, 2), depth - 1)
            return lines
        if k < 68:                                    # loops
            return self.loop(scope, depth)
        if k < 76 and self.f['exceptions']:
            return self.try_stmt(scope, depth)
        if k < 80 and self.f['with']:
            return self.with_stmt(scope, depth)
        if k < 86 and self.f['closures']:
            return self.closure(scope)
        if k < 92 and self.functions:
            f = self.pick(self.functions)
            call = self.call_of(f[2], 1)
            return ['print(%r, %s)' % (f[0], call)]
        return ['print(%s)' % self.expr(self.any_type(), 3, scope)]

    def mutate(self, scope):
        lines = self.mutate1(scope)
        if scope.in_loop and lines and not lines[0].startswith('if'):
            name = lines[0].split('.')[0].split('[')[0]
            if any(name == n for n, t in scope.all_vars() if is_list(t)):
                lines.append('del %s[%d:]' % (name, self.r.randint(10, 40)))
        return lines

    def mutate1(self, scope):
        lists = [(n, t) for n, t in scope.all_vars() if is_list(t) and '.' not in n]
        dicts = [(n, t) for n, t in scope.all_vars() if is_dict(t)]
        if lists and (not dicts or self.chance(0.6)):
            n, t = self.pick(lists)
            el = t[1]
            k = self.r.randrange(9)
            if k == 0:
                return ['%s.append(%s)' % (n, self.expr(el, 1, scope))]
            if k == 1:
                return ['if %s:' % n, '    print(%s.pop(%s))' % (n, self.pick(['', '0', '-1']))]
            if k == 2:
                return ['%s.insert(%d, %s)' % (n, self.r.randint(-3, 5), self.expr(el, 1, scope))]
            if k == 3:
                return ['%s.extend(%s)' % (n, self.expr(t, 1, scope))]
            if k == 4:
                return ['if len(%s) > 1:' % n, '    del %s[%d]' % (n, self.r.randint(-2, 1))]
            if k == 5 and el in (INT, STR):
                return ['%s.sort(%s)' % (n, self.pick(['', 'reverse=True']))]
            if k == 6:
                return ['%s.reverse()' % n]
            if k == 7:
                return ['%s[%d:%d] = %s' % (n, self.r.randint(0, 2), self.r.randint(0, 4),
                                            self.expr(t, 1, scope))]
            return ['if %s:' % n, '    %s[%d %% len(%s)] = %s' % (n, self.r.randint(-9, 9), n,
                                                                self.expr(el, 1, scope))]
        if dicts:
            n, t = self.pick(dicts)
            k = self.r.randrange(6)
            key = self.expr(t[1], 0, scope)
            if k < 2:
                return ['%s[%s] = %s' % (n, key, self.expr(t[2], 1, scope))]
            if k == 2:
                return ['print(%s.pop(%s, %s))' % (n, key, self.expr(t[2], 0, scope))]
            if k == 3:
                return ['if %s in %s:' % (key, n), '    del %s[%s]' % (n, key)]
            if k == 4:
                return ['print(%s.setdefault(%s, %s))' % (n, key, self.expr(t[2], 0, scope))]
            return ['%s.update(%s)' % (n, self.expr(t, 1, scope))]
        return []

    def loop(self, scope, depth):
        budget = max(1, MAX_TRIPS // scope.trips)
        n = self.r.randint(0, min(12, budget))
        k = self.r.randrange(5)
        body_n = self.r.randint(1, 4)
        if k < 2:
            v = self.fresh('i')
            inner = Scope(scope, in_loop=True, trips=max(n, 1))
            inner.add(v, INT)
            inner.readonly.add(v)
            head = 'for %s in range(%s):' % (v, n) if k == 0 else \
                'for %s in range(%d, %d, %d):' % (v, n, -self.r.randint(0, 3), -1)
            lines = [head] + indent(self.block(inner, body_n, depth - 1))
        elif k == 2 and self.f['lists']:
            el = self.elem_type()
            v = self.fresh('x')
            inner = Scope(scope, in_loop=True, trips=6)
            inner.add(v, el)
            inner.readonly.add(v)
            lines = ['for %s in %s[:6]:' % (v, self.expr(list_of(el), 1, scope))] + \
                indent(self.block(inner, body_n, depth - 1))
        elif k == 3 and self.f['dicts']:
            kt = self.pick([INT, STR])
            vt = self.scalar_type()
            a, b = self.fresh('k'), self.fresh('w')
            inner = Scope(scope, in_loop=True, trips=5)
            inner.add(a, kt)
            inner.add(b, vt)
            inner.readonly.update([a, b])
            lines = ['for %s, %s in %s.items():' % (a, b, self.expr(dict_of(kt, vt), 1, scope))] + \
                indent(self.block(inner, body_n, depth - 1))
        else:
            c = self.fresh('n')
            inner = Scope(scope, in_loop=True, trips=max(n, 1))
            inner.add(c, INT)
            inner.readonly.add(c)
            body = self.block(inner, body_n, depth - 1)
            lines = ['%s = 0' % c, 'while %s < %d:' % (c, n), '    %s += 1' % c] + indent(body)
        extra = []
        if self.chance(0.3):
            extra = ['    if %s:' % self.expr(BOOL, 1, scope), '        %s' % self.pick(['break', 'continue'])]
            lines = lines[:1] + extra + lines[1:] if not lines[0].endswith('= 0') else \
                lines[:3] + extra + lines[3:]
        if self.chance(0.2):
            lines += ['else:', '    print(%r)' % ('loop-else ' + self.fresh('L'))]
        return lines

    def raise_expr(self, scope):
        if self.exc_classes and self.chance(0.6):
            c = self.pick(self.exc_classes)
            return '%s(%s)' % (c, self.expr(INT, 1, scope))
        name = self.pick(EXC_BUILTIN)
        return '%s(%s)' % (name, self.expr(self.pick([STR, INT]), 1, scope))

    def handler_names(self):
        return ['Exception'] + EXC_BUILTIN + self.exc_classes

    def report_exc(self, v):
        if self.f['exc_messages'] and self.chance(0.5):
            return 'print(%r, type(%s).__name__, %s.args)' % ('caught', v, v)
        return 'print(%r, type(%s).__name__)' % ('caught', v)

    def try_stmt(self, scope, depth):
        v = self.fresh('e')
        body = self.block(Scope(scope), self.r.randint(1, 3), depth - 1)
        if self.chance(0.5):
            body.append('raise %s' % self.raise_expr(scope))
        lines = ['try:'] + indent(body)
        names = self.handler_names()
        for _ in range(self.r.randint(1, 2)):
            hs = [self.pick(names) for _ in range(self.r.randint(1, 2))]
            h = hs[0] if len(hs) == 1 else '(%s)' % ', '.join(hs)
            lines += ['except %s as %s:' % (h, v), '    ' + self.report_exc(v)]
            if self.chance(0.15):
                lines += ['    raise RuntimeError(%s) from %s' % (self.str_lit(), v)]
        if self.chance(0.3):
            lines += ['else:'] + self.sub(scope, 1, depth - 1)
        if self.chance(0.4):
            lines += ['finally:'] + self.sub(scope, 1, depth - 1)
        return lines

    def with_stmt(self, scope, depth):
        v = self.fresh('cm')
        inner = Scope(scope)
        body = self.block(inner, self.r.randint(1, 3), depth - 1)
        body.append('%s.log.append(%s)' % (v, self.expr(INT, 1, scope)))
        if self.chance(0.4):
            body.append('raise %s' % self.raise_expr(scope))
        return ['with Ctx(%s, %s) as %s:' % (self.str_lit(3), self.pick(['True', 'False']), v)] + \
            indent(body) + ['print(%s.log)' % v]

    def closure(self, scope):
        mk, inc, cell = self.fresh('make'), self.fresh('inc'), self.fresh('c')
        t = self.pick([INT, STR]) if self.f['strings'] else INT
        start = self.literal(t, 0)
        step = self.literal(t, 0)
        lines = ['def %s(start):' % mk,
                 '    %s = [start]' % cell,
                 '    total = start',
                 '    def %s(k=%s):' % (inc, step),
                 '        nonlocal total',
                 '        total = total + k',
                 '        %s.append(total)' % cell,
                 '        return len(%s)' % cell,
                 '    return %s, lambda: (total, %s[-3:])' % (inc, cell),
                 'step, peek = %s(%s)' % (mk, start)]
        n = self.r.randint(1, 5)
        lines += ['for _ in range(%d):' % n, '    step()' if self.chance(0.5) else
                  '    step(%s)' % self.literal(t, 0), 'print(peek())']
        return lines

    # ------------------------------------------------------------------ definitions
    def gen_classes(self):
        out = []
        n = self.r.randint(1, 4)
        for i in range(n):
            base = self.pick(self.classes) if self.classes and self.f['inheritance'] \
                and self.chance(0.6) else None
            c = ClassInfo('K%d' % i, base)
            for _ in range(self.r.randint(0 if base else 1, 2)):
                c.own_fields.append((self.fresh('f'), self.scalar_type()))
            if self.chance(0.6):
                c.extra_fields.append((self.fresh('items'), list_of(INT), '[]'))
            self.classes.append(c)
            out += self.class_def(c) + ['']
        return out

    def class_def(self, c):
        lines = ['class %s%s:' % (c.name, '(%s)' % c.base.name if c.base else ''),
                 '    created = 0']
        params = c.init_params()
        own = [p for p, _ in c.own_fields]
        lines.append('    def __init__(self%s):' % ''.join(', ' + p for p, _ in params))
        if c.base:
            lines.append('        super().__init__(%s)' % ', '.join(p for p, _ in c.base.init_params()))
        for p in own:
            lines.append('        self.%s = %s' % (p, p))
        for f, _, init in c.extra_fields:
            lines.append('        self.%s = %s' % (f, init))
        lines.append('        %s.created += 1' % c.name)
        if self.f['weakrefs'] and not c.base:
            lines.append('        self._me = weakref.ref(self)')
        if self.f['del_methods'] and self.chance(0.4):
            lines += ['    def __del__(self):', '        _finalized[0] += 1']
        fields = c.fields()
        if not c.base or self.chance(0.5):
            shown = ', '.join('%r' for _ in fields)
            lines += ['    def __repr__(self):',
                      "        return type(self).__name__ + '(%s)' %% (%s)"
                      % (shown, ''.join('self.%s, ' % f for f, _ in fields))]
        # methods: bodies see self's fields and the parameters
        saved = getattr(self, 'cur_scope', None)
        for _ in range(self.r.randint(1, 3)):
            inherited = c.base.all_methods() if c.base else {}
            if inherited and self.chance(0.4):
                m = self.pick(sorted(inherited))
                params, ret = inherited[m]
                call_super = True
            else:
                m = self.fresh('m')
                params = [(self.fresh('p'), self.scalar_type()) for _ in range(self.r.randint(0, 2))]
                ret = self.scalar_type()
                call_super = False
            c.methods[m] = (params, ret)
            scope = Scope(in_func=True)
            for f, ft in fields:
                scope.add('self.' + f, ft)
            for p, pt in params:
                scope.add(p, pt)
            self.cur_scope = scope
            body = self.block(scope, self.r.randint(0, 2), 1) if self.chance(0.5) else []
            if call_super:
                scope.add('base', ret)
                body.insert(0, 'base = super().%s(%s)' % (m, ', '.join(p for p, _ in params)))
            body.append('return %s' % self.expr(ret, 2, scope))
            if self.f['weakrefs']:
                body.insert(0, 'assert self._me() is self')
            lines.append('    def %s(self%s):' % (m, ''.join(', ' + p for p, _ in params)))
            lines += indent(body, 2)
        if self.f['special_methods']:
            ints = [f for f, ft in fields if ft == INT]
            items = [f for f, ft in fields if ft == list_of(INT)]
            key = ints[0] if ints else None
            specials = ['__eq__', '__lt__', '__add__', '__len__', '__iter__', '__call__',
                        '__bool__', '__getitem__', '__contains__', '__str__']
            for sp in self.r.sample(specials, self.r.randint(0, 4)):
                code = self.special(c, sp, key, items)
                if code:
                    c.specials.add(sp)
                    lines += code
        self.cur_scope = saved
        return lines

    def special(self, c, sp, key, items):
        if sp == '__eq__' and key:
            return ['    def __eq__(self, other):',
                    '        return isinstance(other, %s) and self.%s == other.%s' % (c.name, key, key),
                    '    def __hash__(self):',
                    '        return hash(self.%s)' % key]
        if sp == '__lt__' and key:
            return ['    def __lt__(self, other):', '        return self.%s < other.%s' % (key, key)]
        if sp == '__add__' and key:
            args = ', '.join('self.%s + other.%s' % (p, p) if p == key else 'self.%s' % p
                             for p, _ in c.init_params())
            return ['    def __add__(self, other):', '        return %s(%s)' % (c.name, args)]
        if sp == '__len__' and items:
            return ['    def __len__(self):', '        return len(self.%s)' % items[0]]
        if sp == '__iter__' and items:
            return ['    def __iter__(self):', '        return iter(self.%s)' % items[0]]
        if sp == '__getitem__' and items:
            return ['    def __getitem__(self, i):', '        return self.%s[i]' % items[0]]
        if sp == '__contains__' and items:
            return ['    def __contains__(self, x):', '        return x in self.%s' % items[0]]
        if sp == '__call__' and key:
            return ['    def __call__(self, x=1):', '        return self.%s * x' % key]
        if sp == '__bool__' and key:
            return ['    def __bool__(self):', '        return self.%s > 0' % key]
        if sp == '__str__':
            return ['    def __str__(self):', "        return '<%s %%s>' %% repr(self)" % c.name]
        return None

    def gen_functions(self):
        out = []
        for _ in range(self.r.randint(1, 4)):
            name = self.fresh('fn')
            n = self.r.randint(0, 3)
            first_default = self.r.randint(0, n)
            params, sig, star = [], [], False
            for i in range(n):
                p = self.fresh('a')
                if i < first_default:
                    t = self.any_type(1) if self.chance(0.3) else self.scalar_type()
                    params.append((p, t, None))
                    sig.append(p)
                else:
                    t = self.scalar_type()
                    d = self.literal(t, 0)
                    params.append((p, t, d))
                    if not star and self.chance(0.3):
                        sig.append('*')     # the rest is keyword-only: calls pass them by name
                        star = True
                    sig.append('%s=%s' % (p, d))
            ret = self.any_type(1)
            scope = Scope(in_func=True)
            for p, t, _ in params:
                scope.add(p, t)
            self.cur_scope = scope
            body = self.block(scope, self.r.randint(1, 5), 2)
            body.append('return %s' % self.expr(ret, 2, scope))
            out += ['def %s(%s):' % (name, ', '.join(sig))] + indent(body) + ['']
            self.functions.append((name, params, ret))
        return out

    def gen_exc_classes(self):
        out = []
        for i in range(self.r.randint(0, 2)):
            name = 'Err%d' % i
            base = self.pick(['Exception', 'ValueError', 'KeyError'] + self.exc_classes)
            out += ['class %s(%s):' % (name, base)]
            if self.chance(0.5):
                out += ['    def __init__(self, code):', '        super().__init__(code)',
                        '        self.code = code']
            else:
                out += ['    pass']
            self.exc_classes.append(name)
        return out

    # ------------------------------------------------------------------ GC shapes
    def gc_shape(self):
        if self.f['generators'] and self.chance(0.2):
            return self.generator_shape()
        k = self.r.randrange(8)
        return [self.linked_list, self.tree, self.cycles, self.grow_shrink, self.unwind,
                self.wide_graph, self.closure_chain, self.aliasing][k]()

    def generator_shape(self):
        """Generators holding objects in their frames, run to the end or abandoned;
        values sent in; delegation with yield from and its return value."""
        k = self.r.randrange(3)
        if k == 1:
            return ['def acc():', '    total = 0', '    while True:',
                    '        x = yield total', '        if x is None:',
                    '            return total', '        total += x',
                    'a = acc()', 'next(a)',
                    'for v in range(%d):' % self.r.randint(0, 20),
                    '    a.send(Node(v * %d, None).val)' % self.r.randint(1, 7),
                    'try:', '    a.send(None)', 'except StopIteration as e:',
                    '    print("acc", e.value)', 'a = None']
        if k == 2:
            return ['def inner(n):', '    for i in range(n):',
                    '        yield Node(i, None).val', '    return n * %d' % self.r.randint(1, 9),
                    'def outer(n):', '    r = yield from inner(n)', '    yield r',
                    '    yield from [r, r + 1]',
                    'print(list(outer(%d)))' % self.r.randint(0, 12),
                    'o = outer(%d)' % self.r.randint(2, 5), 'print(next(o), next(o))',
                    'o = None']
        n = self.r.randint(0, 30)
        return ['def produce(n):', '    for i in range(n):', '        node = Node(i, None)',
                '        node.kids.append(node)', '        yield node.val * %d' % self.r.randint(1, 5),
                'print(list(produce(%d)), sum(produce(%d)))' % (n, self.r.randint(0, 9)),
                'g = produce(%d)' % (n + 2), 'print(next(g), next(g))',
                'g = None', 'print([x for x in produce(3) if x % 2 == 0])']

    def linked_list(self):
        n, rounds = self.r.randint(0, 400), self.r.randint(1, 4)
        return ['def build(n):', '    head = None', '    for i in range(n):',
                '        head = Node(i * %d, head)' % self.r.randint(1, 9), '    return head',
                'def total(h):', '    s = 0', '    while h is not None:',
                '        s += h.val', '        h = h.next', '    return s',
                'keep = []',
                'for r in range(%d):' % rounds, '    h = build(%d + r)' % n,
                '    print(total(h))',
                '    if r %% %d == 0:' % self.r.randint(1, 3), '        keep.append(h)',
                '    h = None',
                'print(len(keep), [total(k) % 1000 for k in keep])', 'keep = None']

    def tree(self):
        d, b = self.r.randint(0, 7), self.r.randint(1, 3)
        return ['def grow(d):', '    n = Node(d)', '    if d > 0:',
                '        n.kids = [grow(d - 1) for _ in range(%d)]' % b, '    return n',
                'def count(n):', '    return 1 + sum([count(k) for k in n.kids])',
                'def depth_sum(n, d):', '    return d + sum([depth_sum(k, d + 1) for k in n.kids])',
                't = grow(%d)' % d, 'print(count(t), depth_sum(t, 0))',
                'part = t.kids[0] if t.kids else t', 't = grow(%d)' % max(0, d - 2),
                'print(count(part), count(t))', 't = part = None']

    def cycles(self):
        n, rounds = self.r.randint(1, 60), self.r.randint(1, 30)
        return ['def ring(n, tag):', '    nodes = [Node(tag + i) for i in range(n)]',
                '    for i in range(n):', '        nodes[i].next = nodes[(i + 1) % n]',
                '        nodes[i].kids.append(nodes[i - 1])', '    nodes[0].me = nodes[0]',
                '    return nodes[0]',
                'acc = 0', 'kept = None',
                'for r in range(%d):' % rounds, '    h = ring(%d, r)' % n,
                '    x = h', '    for _ in range(%d):' % self.r.randint(0, 2 * n),
                '        x = x.next', '    acc += x.val',
                '    d = {"self": None, "h": h}', '    d["self"] = d', '    l = [h]', '    l.append(l)',
                '    if r %% %d == 0:' % self.r.randint(1, 5), '        kept = l',
                '    h = x = d = l = None',
                'print(acc, len(kept), kept[0].val, kept[1] is kept)', 'kept = None']

    def grow_shrink(self):
        n = self.r.randint(1, 300)
        return ['xs = []', 'd = {}', 'log = []',
                'for i in range(%d):' % n, '    k = rnd(%d)' % self.r.randint(1, 40),
                '    if k % 3 != 0:', '        xs.append(Node(k, xs[-1] if xs else None))',
                '        d[k] = d.get(k, []) + [i]', '    else:',
                '        if xs:', '            xs.pop(rnd(len(xs)))',
                '        if k in d:', '            del d[k]',
                '    if i % 25 == 0:', '        log.append((len(xs), len(d)))',
                'print(log)', 'print(sum([x.val for x in xs]), sorted(d)[:10])',
                'xs.clear()' if self.chance(0.5) else 'del xs[::2]', 'print(len(xs))']

    def unwind(self):
        depth = self.r.randint(0, 40)
        exc = self.pick(self.exc_classes + ['ValueError']) if self.exc_classes else 'ValueError'
        return ['log = []',
                'def dive(n, keep):', '    node = Node(n, keep)', '    node.kids = [[n] * 3, {"n": n}]',
                '    try:', '        if n == 0:',
                '            raise %s(len(log))' % exc,
                '        return dive(n - 1, node)', '    finally:',
                '        log.append(n)' if self.chance(0.7) else '        pass',
                'for r in range(%d):' % self.r.randint(1, 20),
                '    try:', '        dive(%d + r %% 3, None)' % depth,
                '    except %s as e:' % exc, '        log.append(-1)',
                '        saved = e' if self.chance(0.5) else '        pass',
                'print(len(log), log[-5:])']

    def wide_graph(self):
        n = self.r.randint(1, 150)
        return ['nodes = [Node(i) for i in range(%d)]' % n,
                'for v in nodes:',
                '    for _ in range(%d):' % self.r.randint(0, 5),
                '        v.kids.append(nodes[rnd(len(nodes))])',
                'def reach(start):', '    seen = {start.val: True}', '    todo = [start]',
                '    while todo:', '        v = todo.pop()', '        for w in v.kids:',
                '            if w.val not in seen:', '                seen[w.val] = True',
                '                todo.append(w)', '    return len(seen)',
                'print(reach(nodes[0]))',
                'for v in nodes[::2]:', '    v.kids = []',
                'print(reach(nodes[-1]))', 'root = nodes[rnd(len(nodes))]', 'nodes = None',
                'print(reach(root))', 'root = None']

    def closure_chain(self):
        n = self.r.randint(0, 30)
        return ['fs = []', 'for i in range(%d):' % n,
                '    fs.append(lambda x, i=i: x * i + %d)' % self.r.randint(-5, 5),
                'def compose(fs):', '    def run(x):', '        for f in fs:',
                '            x = clip(f(x))', '        return x', '    return run',
                'g = compose(fs)', 'print(g(%d), g(1))' % self.r.randint(-9, 9),
                'adders = []', 'def make_adder(k):', '    box = Node(k)',
                '    def add(x):', '        box.val += 1', '        return x + k + box.val',
                '    return add',
                'for j in range(%d):' % self.r.randint(0, 20), '    adders.append(make_adder(j))',
                'print([a(1) for a in adders][-4:])', 'fs = adders = g = None']

    def aliasing(self):
        m, n = self.r.randint(0, 5), self.r.randint(0, 5)
        return ['rows = [[0] * %d] * %d' % (n, m), 'grid = [[0] * %d for _ in range(%d)]' % (n, m),
                'if rows and rows[0]:', '    rows[0][0] = 7', '    grid[0][0] = 7',
                'print(rows, grid)', 'a = [1, 2]', 'b = [a, a]', 'a.append(3)', 'print(b)',
                'b[0] = b', 'print(len(b), b[1])']

    # ------------------------------------------------------------------ programs
    def generate(self):
        out = ['# gclab fuzz program, seed %d' % self.seed, 'import math']
        if self.f['weakrefs']:
            out.append('import weakref')
        if self.f['del_methods']:
            out.append('_finalized = [0]')
        out += ['', '_state = [%d]' % self.r.randint(1, 2 ** 31 - 1),
               'def rnd(n):',
               '    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648',
               '    return _state[0] % n if n > 0 else 0', '',
               'def clip(v):',
               '    return v if -10 ** 40 < v < 10 ** 40 else v % 10 ** 40', '',
               'class Node:',
               '    def __init__(self, val, next=None):',
               '        self.val = val', '        self.next = next', '        self.kids = []',
               '    def __repr__(self):', "        return 'Node(%r)' % (self.val,)", '',
               'class Ctx:',
               '    def __init__(self, name, swallow):',
               '        self.name = name', '        self.swallow = swallow', '        self.log = []',
               '    def __enter__(self):', "        print('enter', self.name)", '        return self',
               '    def __exit__(self, t, v, tb):',
               "        print('exit', self.name, t.__name__ if t else None)",
               '        return self.swallow', '']
        self.cur_scope = Scope()
        if self.f['exceptions']:
            out += self.gen_exc_classes() + ['']
        if self.f['classes']:
            out += self.gen_classes()
        if self.f['functions']:
            out += self.gen_functions()
        top = Scope()
        self.cur_scope = top
        nblocks = self.r.randint(3, 8)
        for i in range(nblocks):
            if self.f['gc_shapes'] and self.chance(0.35):
                body = self.gc_shape()
            else:
                body = self.block(Scope(top, in_func=True), self.r.randint(2, 8), 3)
            name = 'block%d' % i
            out += ['def %s():' % name] + indent(body) + [
                'try:', '    %s()' % name, 'except Exception as e:',
                "    print('%s raised', type(e).__name__)" % name, '']
            if self.chance(0.3):     # top-level statements: module globals
                body = self.block(Scope(top), self.r.randint(1, 3), 1)
                out += ['try:'] + indent(body) + ['except Exception as e:',
                                                  "    print('top raised', type(e).__name__)"]
        out.append("print('created', %s)" % ', '.join(
            ['%s.created' % c.name for c in self.classes] + ['0']))
        if self.f['uncaught'] and self.chance(0.1):
            out.append('raise %s' % self.raise_expr(top))
        return '\n'.join(out) + '\n'


def indent(lines, levels=1):
    pad = '    ' * levels
    return [pad + l if l else l for l in lines]


def generate(seed, features=None):
    """The program (text) for this seed."""
    return Generator(seed, features).generate()
