# try/except: catching by base class, exception args/str, re-raise, else/finally order, nested
def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'value':
        return int('x')
    return 'fine'
for kind in ['key', 'index', 'zero', 'value', 'none']:
    try:
        r = risky(kind)
    except LookupError as e:
        print(kind, 'LookupError', type(e).__name__, e.args)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError', type(e).__name__, str(e))
    except Exception as e:
        print(kind, 'Exception', type(e).__name__, repr(str(e)))
    else:
        print(kind, 'else', r)
    finally:
        print(kind, 'finally')
def reraise():
    try:
        risky('zero')
    except ZeroDivisionError:
        print('logging and re-raising')
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('outer caught', e)
e = ValueError('a', 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
try:
    try:
        raise TypeError('inner')
    except TypeError:
        raise ValueError('from handler')
except ValueError as err:
    print(err, type(err.__context__).__name__)
def finally_return():
    try:
        return 'try'
    finally:
        print('finally before return')
print(finally_return())
try:
    raise KeyError
except KeyError as e:
    print('bare class raised', repr(e), e.args)
