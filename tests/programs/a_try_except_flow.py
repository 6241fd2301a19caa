# control flow inside except/else: continue/break/return in handlers, nested handlers
def parse_all(items):
    out = []
    for s in items:
        try:
            n = int(s)
        except ValueError:
            out.append('bad:' + s)
            continue
        else:
            if n < 0:
                break
        out.append(n)
    return out
print(parse_all(['1', 'x', '3', '-1', '5']))
def first_ok(funcs):
    for f in funcs:
        try:
            return f()
        except ZeroDivisionError:
            pass
        except (KeyError, IndexError) as e:
            print('lookup failed:', type(e).__name__)
    return 'none ok'
print(first_ok([lambda: 1 / 0, lambda: {}['k'], lambda: [][0], lambda: 'third']))
print(first_ok([lambda: 1 / 0]))
def handler_raises():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('from handler')
    except ValueError as e:
        return str(e), type(e.__context__).__name__
print(handler_raises())
def exc_var_cleared():
    try:
        raise ValueError('v')
    except ValueError as err:
        pass
    try:
        return err
    except NameError:
        return 'err unbound after except'
print(exc_var_cleared())
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError('retry')
        print('succeeded after', attempts)
        break
    except RuntimeError as e:
        print('attempt', attempts, e)
def bare_except():
    try:
        None.missing
    except:
        return 'bare caught'
print(bare_except())
try:
    try:
        raise IndexError('x')
    except KeyError:
        print('wrong handler')
    finally:
        print('finally before propagation')
except IndexError as e:
    print('outer got', repr(e))
