"""The declared arguments of a builtin function or method, checked with CPython 3.11's
messages.

A builtin states its parameters once, at import time, in the notation of CPython's
__text_signature__:

    LIST_POP = Spec('list.pop($self, index=-1, /)')
    ROUND = Spec('round(number, ndigits=None)')
    PRINT = Spec('print(*args, sep=" ", end="\\n", file=None, flush=False)')

`$self`: a method (the instance is args.args_w[0] and is not counted); `/`: the
parameters before it are positional-only; `*` or `*args`: the ones after it are
keyword-only (`*args`: any number of positionals; alone, as in
'set.update($self, *others)', a builtin taking any number of positionals and no
keywords); `name=default`: optional.  The default
is the declaration's documentation: the builtin's code gives it its value when the spec
reports the argument missing (None).

CPython checks a builtin's arguments with one of three mechanisms, each with its own
messages, and the spec says which one the builtin uses:
- POSITIONAL (METH_NOARGS, METH_O, _PyArg_CheckPositional and PyArg_UnpackTuple):
  "len() takes exactly one argument (2 given)", "pop expected at most 1 argument, got 2";
- PARSETUPLE (PyArg_ParseTuple): "find() takes at least 1 argument (0 given)";
- SLOT (the wrapper of a type slot, as BaseException.__str__): "expected 0 arguments,
  got 1";
- KEYWORDS (Argument Clinic's _PyArg_UnpackKeywords, PyArg_ParseTupleAndKeywords),
  implied by a parameter that can be given by name: "round() missing required argument
  'number' (pos 1)", "'x' is an invalid keyword argument for int()".

Everything is parsed when the module is imported; a Spec is a prebuilt immutable
object, and its check only reads it (no reflection at run time), so RPython translates
it as it is.

receiver() checks a method's `$self`: that it was given, and that it is an instance of
the method's type."""

POSITIONAL = 0
PARSETUPLE = 1
KEYWORDS = 2
SLOT = 3


def plural(n):
    if n == 1:
        return ''
    return 's'


class Spec(object):
    _immutable_fields_ = ['name', 'short', 'method', 'style', 'posonly', 'names[*]',
                          'nkwonly', 'minpos', 'maxpos', 'varargs']
    _attrs_ = ['name', 'short', 'method', 'style', 'posonly', 'names', 'nkwonly', 'minpos',
               'maxpos', 'varargs']

    def __init__(self, signature, parsetuple=False, slot=False):
        assert signature.endswith(')'), signature
        open_at = signature.index('(')
        self.name = signature[:open_at]          # as CPython names it: 'list.pop', 'len'
        self.short = self.name.split('.')[-1]    # 'pop'
        self.method = False
        self.varargs = False
        posonly = []
        positional = []         # positional-or-keyword
        kwonly = []
        required = []           # names of the parameters without a default
        after_star = False
        body = signature[open_at + 1:-1]
        for part in split_params(body):
            if part == '$self':
                self.method = True
            elif part == '/':
                posonly = positional
                positional = []
            elif part == '*' or part.startswith('*'):
                after_star = True
                self.varargs = part != '*'
            else:
                name = part.split('=')[0].strip()
                if '=' not in part:
                    required.append(name)
                if after_star:
                    kwonly.append(name)
                else:
                    positional.append(name)
        for name in kwonly:
            assert name not in required, 'required keyword-only parameters: not supported'
        self.posonly = len(posonly)
        self.names = posonly + positional + kwonly  # every parameter, in order
        self.nkwonly = len(kwonly)
        self.maxpos = len(posonly) + len(positional)
        self.minpos = len([n for n in posonly + positional if n in required])
        if positional or kwonly:
            self.style = KEYWORDS
        elif parsetuple:
            self.style = PARSETUPLE
        elif slot:
            self.style = SLOT
        else:
            self.style = POSITIONAL
        assert not (self.varargs and self.style != KEYWORDS and self.style != POSITIONAL), \
            signature
        assert not (self.varargs and self.maxpos), 'positionals before *args: not supported'

    def __repr__(self):
        return '<Spec %s>' % self.name

    # --- positional-only builtins ------------------------------------------------------

    def check(self, space, args):
        """Raise CPython's TypeError unless args suit a builtin whose parameters are all
        positional-only; the arguments are then args.args_w (after the instance, for a
        method)."""
        assert self.style != KEYWORDS
        n = len(args.args_w)
        if self.method:
            n -= 1
        if args.has_keywords():
            raise space.error(space.w_TypeError, '%s() takes no keyword arguments'
                              % self.name)
        if self.minpos <= n and (n <= self.maxpos or self.varargs):
            return
        raise space.error(space.w_TypeError, self.count_message(n))

    def unpack(self, space, args):
        """check(), then the arguments after the instance (a new list for a method)."""
        self.check(space, args)
        if self.method:
            return args.args_w[1:]
        return args.args_w

    def count_message(self, n):
        nmin = self.minpos
        nmax = self.maxpos
        if self.style == PARSETUPLE:
            if nmin == nmax:
                return '%s() takes exactly %d argument%s (%d given)' % (
                    self.short, nmin, plural(nmin), n)
            if n < nmin:
                return '%s() takes at least %d argument%s (%d given)' % (
                    self.short, nmin, plural(nmin), n)
            return '%s() takes at most %d argument%s (%d given)' % (
                self.short, nmax, plural(nmax), n)
        if self.style == SLOT:
            return 'expected %d argument%s, got %d' % (nmax, plural(nmax), n)
        if nmax == 0:
            return '%s() takes no arguments (%d given)' % (self.name, n)
        if nmin == 1 and nmax == 1:
            return '%s() takes exactly one argument (%d given)' % (self.name, n)
        if nmin == nmax:
            return '%s expected %d argument%s, got %d' % (self.short, nmin, plural(nmin), n)
        if n < nmin:
            return '%s expected at least %d argument%s, got %d' % (
                self.short, nmin, plural(nmin), n)
        return '%s expected at most %d argument%s, got %d' % (
            self.short, nmax, plural(nmax), n)

    # --- builtins with parameters given by name -------------------------------------------

    def values(self, space, args):
        """The value of every declared parameter, in order (None: not given), checked
        as Argument Clinic checks them.  With *args, only the keyword-only parameters'
        values: the positionals are args.args_w (after the instance, for a method)."""
        assert self.style == KEYWORDS
        args_w = args.args_w
        first = 0
        if self.method:
            first = 1
        nargs = len(args_w) - first
        kw_names = args.kw_names
        nkw = 0
        if kw_names is not None:
            nkw = len(kw_names)
        names = self.names
        if self.varargs:
            values_w = [None] * self.nkwonly
            for k in range(nkw):
                kw = kw_names[k]
                found = False
                for i in range(self.nkwonly):
                    if names[i] == kw:
                        values_w[i] = args.kw_values_w[k]
                        found = True
                if not found:
                    raise space.error(space.w_TypeError, "'%s' is an invalid keyword "
                                      "argument for %s()" % (kw, self.short))
            return values_w
        maxargs = len(names)
        maxpos = self.maxpos
        minpos = self.minpos
        if nargs + nkw > maxargs:
            raise space.error(space.w_TypeError, '%s() takes at most %d %sargument%s '
                              '(%d given)' % (self.short, maxargs,
                                              'keyword ' if nargs == 0 else '',
                                              plural(maxargs), nargs + nkw))
        if nargs > maxpos:
            if maxpos == 0:
                raise space.error(space.w_TypeError, '%s() takes no positional arguments'
                                  % self.short)
            raise space.error(space.w_TypeError, '%s() takes %s %d positional argument%s '
                              '(%d given)' % (self.short,
                                              'at most' if minpos < maxpos else 'exactly',
                                              maxpos, plural(maxpos), nargs))
        minposonly = min(self.posonly, minpos)
        if nargs < minposonly:
            raise space.error(space.w_TypeError, '%s() takes %s %d positional argument%s '
                              '(%d given)' % (self.short,
                                              'at least' if minposonly < maxpos
                                              else 'exactly',
                                              minposonly, plural(minposonly), nargs))
        values_w = [None] * maxargs
        for i in range(nargs):
            values_w[i] = args_w[first + i]
        left = nkw
        for i in range(max(nargs, self.posonly), maxargs):
            if left == 0 and i >= minpos:
                break
            for k in range(nkw):
                if kw_names[k] == names[i]:
                    values_w[i] = args.kw_values_w[k]
            if values_w[i] is not None:
                left -= 1
            elif i < minpos:
                raise space.error(space.w_TypeError, "%s() missing required argument "
                                  "'%s' (pos %d)" % (self.short, names[i], i + 1))
        if left > 0:
            for i in range(self.posonly, nargs):
                for k in range(nkw):
                    if kw_names[k] == names[i]:
                        raise space.error(space.w_TypeError, "argument for %s() given by "
                                          "name ('%s') and position (%d)"
                                          % (self.short, names[i], i + 1))
            for k in range(nkw):
                kw = kw_names[k]
                known = False
                for i in range(self.posonly, maxargs):
                    if names[i] == kw:
                        known = True
                if not known:
                    raise space.error(space.w_TypeError, "'%s' is an invalid keyword "
                                      "argument for %s()" % (kw, self.short))
        return values_w


def split_params(body):
    """The parameters of a signature's body, split at the commas outside quotes."""
    parts = []
    current = []
    quote = None
    for ch in body:
        if quote is not None:
            current.append(ch)
            if ch == quote:
                quote = None
        elif ch in '"\'':
            quote = ch
            current.append(ch)
        elif ch == ',':
            parts.append(''.join(current).strip())
            current = []
        else:
            current.append(ch)
    last = ''.join(current).strip()
    if last:
        parts.append(last)
    return parts


def receiver(space, args, w_type, name):
    """The instance a method of w_type was called on, checked."""
    if not args.args_w:
        raise space.error(space.w_TypeError, 'unbound method %s.%s() needs an argument'
                          % (w_type.name, name))
    w_self = args.args_w[0]
    if not space.isinstance_w(w_self, w_type):
        raise space.error(space.w_TypeError, "descriptor '%s' for '%s' objects doesn't "
                          "apply to a '%s' object" % (name, w_type.name,
                                                      space.type(w_self).name))
    return w_self.builtin_value()
