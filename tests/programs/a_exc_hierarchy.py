# exception hierarchies: except order, tuples of classes, isinstance, builtin bases
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    pass
class UiError(AppError):
    pass
def classify(exc):
    try:
        raise exc
    except ConnError:
        return 'ConnError handler'
    except (UiError, KeyError):
        return 'Ui-or-Key handler'
    except DbError as e:
        return 'DbError handler for ' + type(e).__name__
    except AppError:
        return 'AppError handler'
    except LookupError as e:
        return 'LookupError handler for ' + type(e).__name__
    except Exception as e:
        return 'generic ' + type(e).__name__
for e in [ConnError(), DbError(), UiError(), AppError(), KeyError('k'), IndexError(), ValueError(), ZeroDivisionError()]:
    print(type(e).__name__, '->', classify(e))
print(issubclass(ConnError, AppError), issubclass(AppError, ConnError), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(Exception, BaseException), issubclass(NotImplementedError, RuntimeError))
e = ConnError('x')
print(isinstance(e, DbError), isinstance(e, UiError), isinstance(e, (UiError, Exception)))
print([c.__name__ for c in ConnError.__mro__])
def caught_by_base():
    try:
        [][1]
    except LookupError as err:
        return type(err).__name__, isinstance(err, IndexError)
print(caught_by_base())
try:
    try:
        raise DbError('inner')
    except UiError:
        print('not here')
except AppError as err:
    print('propagated to outer:', err)
def reraise():
    try:
        {}['missing']
    except KeyError:
        raise
try:
    reraise()
except Exception as err:
    print('reraised', type(err).__name__, repr(err))
try:
    raise ValueError('a') from KeyError('b')
except ValueError as err:
    print(type(err.__cause__).__name__, err.__cause__)
try:
    raise UiError
except AppError as err:
    print('class raised', type(err).__name__, err.args)
