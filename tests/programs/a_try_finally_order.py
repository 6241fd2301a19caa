# try/finally ordering with return, break, continue and exceptions
log = []
def ret_in_try():
    try:
        log.append('try')
        return 'from try'
    finally:
        log.append('finally')
print(ret_in_try(), log)
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append('body%d' % i)
        finally:
            out.append('fin%d' % i)
    return out
print(loop_control())
def nested():
    seq = []
    try:
        try:
            seq.append('inner try')
            raise KeyError('k')
        finally:
            seq.append('inner finally')
    except KeyError:
        seq.append('outer except')
    finally:
        seq.append('outer finally')
    return seq
print(nested())
def else_clause(fail):
    seq = []
    try:
        if fail:
            raise RuntimeError
        seq.append('try')
    except RuntimeError:
        seq.append('except')
    else:
        seq.append('else')
    finally:
        seq.append('finally')
    return seq
print(else_clause(False), else_clause(True))
def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_first())
def while_finally():
    n = 0
    steps = []
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            steps.append(n)
    return steps
print(while_finally())
def exc_in_finally():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(exc_in_finally())
