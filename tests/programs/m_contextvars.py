# contextvars: ContextVar get/set/reset, tokens, copy_context, Context.run, threads.
import contextvars

var = contextvars.ContextVar('var', default=42)
plain = contextvars.ContextVar('plain')
print(var.name, var.get(), var.get(7), plain.get('fallback'))
try:
    plain.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is plain)

t1 = var.set(1)
print(var.get(), t1.var is var, t1.old_value is contextvars.Token.MISSING, repr(t1.old_value))
t2 = var.set(2)
print(var.get(), t2.old_value)
var.reset(t2)
print(var.get())
var.reset(t1)
print(var.get())
for bad in (lambda: var.reset(t1), lambda: plain.reset(var.set(0)),
            lambda: var.reset('token')):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, e if 'Token' not in str(e) else str(e).split('>')[-1])

plain.set('outer')
ctx = contextvars.copy_context()
print(type(ctx).__name__, plain in ctx, ctx[plain], len(ctx), ctx.get(var, 'none'))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(map(str, ctx.values())),
      sorted((k.name, v) for k, v in ctx.items()))


def work(x):
    print('inside', plain.get(), var.get())
    plain.set('inner %s' % x)
    var.set(x)
    return plain.get(), var.get()


print(ctx.run(work, 5))
print('after run', plain.get(), var.get(), ctx[plain], ctx[var])
print(ctx.run(lambda: (plain.get(), var.get())))
try:
    ctx.run(lambda: ctx.run(print, 'nested'))
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('cannot enter context'))

ctx2 = ctx.copy()
ctx2.run(var.set, 99)
print(ctx[var], ctx2[var], ctx == ctx.copy(), ctx == ctx2)

try:
    ctx.run(lambda: var.reset(t2))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__)
tok = ctx.run(var.set, 6)
try:
    var.reset(tok)
except ValueError as e:
    print('ValueError', str(e).endswith('was created in a different Context'))
ctx.run(var.reset, tok)
print(ctx[var])

try:
    ctx['x']
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)

print(contextvars.ContextVar[int], contextvars.Token[str], contextvars.Context, repr(var).startswith("<ContextVar name='var' default=42 at 0x"))
