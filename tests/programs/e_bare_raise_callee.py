# a bare raise in a called function re-raises the exception its caller is handling
def reraise():
    raise
def log_and_reraise(tag):
    print('handling in', tag)
    reraise()
try:
    try:
        raise ValueError('boom')
    except ValueError:
        log_and_reraise('outer')
except ValueError as e:
    print('caught', repr(e))
try:
    reraise()
except RuntimeError as e:
    print('RuntimeError', e)
def nested():
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    raise
try:
    try:
        raise TypeError('outer')
    except TypeError:
        nested()
except TypeError as e:
    print('caught', repr(e))
def handler_then_raise():
    try:
        raise IndexError('own')
    except IndexError:
        reraise()
try:
    try:
        raise ValueError('v')
    except ValueError:
        handler_then_raise()
except IndexError as e:
    print('caught own', repr(e), repr(e.__context__))
try:
    try:
        raise ValueError('fin')
    finally:
        try:
            reraise()
        except ValueError as e:
            print('in finally', repr(e))
except ValueError as e:
    print('after finally', repr(e))
def ret_in_handler():
    try:
        raise OSError('x')
    except OSError:
        return 'returned'
print(ret_in_handler())
try:
    reraise()
except RuntimeError as e:
    print('RuntimeError again', e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise KeyError('b')
        except KeyError:
            pass
        reraise()
except ValueError as e:
    print('restored', repr(e))
