# exceptions: nested try blocks - errors inside except, else and finally clauses, handler selection per level
log = []


def run(case):
    try:
        try:
            log.append("inner try")
            if case == 1:
                raise ValueError("v1")
            if case == 2:
                raise KeyError("k2")
        except ValueError as e:
            log.append("inner except %s" % e)
            if case == 1:
                raise TypeError("raised in handler")
        else:
            log.append("inner else")
            if case == 3:
                raise IndexError("raised in else")
        finally:
            log.append("inner finally")
            if case == 4:
                raise RuntimeError("raised in finally")
        log.append("after inner")
    except TypeError as e:
        log.append("outer TypeError %s (context %r)" % (e, e.__context__))
    except KeyError as e:
        log.append("outer KeyError %s" % e)
    except IndexError as e:
        log.append("outer IndexError %s" % e)
    except RuntimeError as e:
        log.append("outer RuntimeError %s" % e)
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")
    return log


for case in range(5):
    log = []
    print(case, run(case))


def finally_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("replacement")
    except ValueError:
        return "saw ValueError"
    except KeyError as e:
        return "saw KeyError, context %r" % (e.__context__,)


print(finally_replaces())


def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        try:
            deep(n - 1)
        except KeyError:
            return "never: LookupError is not a KeyError"
    except LookupError as e:
        if n < 3:
            raise
        return "stopped at level %d: %s" % (n, e)


print(deep(5), "|", deep(3))
try:
    deep(2)
except LookupError as e:
    print("escaped:", e)

results = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            results.append("ok%d" % i)
        except ValueError:
            results.append("v%d" % i)
            if i == 3:
                raise
    except ValueError:
        results.append("outer%d" % i)
print(results)
try:
    try:
        x = 1 / 0
    except ZeroDivisionError as inner:
        e_saved = inner
        print("inner name bound:", inner)
    print("after handler, name deleted:", "inner" in dir())
except NameError:
    print("NameError")
print(repr(e_saved))
