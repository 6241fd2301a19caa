# exceptions: try/except/else/finally ordering - return in try and finally, break/continue through finally
log = []


def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


def f4(x):
    try:
        log.append("f4 try %r" % (x,))
        r = 10 // x
    except ZeroDivisionError:
        log.append("f4 except")
        return "except"
    else:
        log.append("f4 else")
        return "else %d" % r
    finally:
        log.append("f4 finally")


def f5():
    x = 1
    try:
        return x
    finally:
        x = 2  # does not change the already-computed return value


def f6():
    items = [1, 2]
    try:
        return items
    finally:
        items.append(3)  # but mutation is visible


print(f1(), f2(), f3(), f4(2), f4(0), f5(), f6())
print(log)

out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append("body%d" % i)
    finally:
        out.append("fin%d" % i)
else:
    out.append("else-not-reached")
print(out)

out = []
i = 0
while True:
    i += 1
    try:
        try:
            if i % 2:
                raise KeyError(i)
            out.append("even%d" % i)
        finally:
            out.append("inner%d" % i)
            if i == 5:
                break
    except KeyError as e:
        out.append("caught%s" % e)
        continue
    finally:
        out.append("outer%d" % i)
print(out)


def counted():
    n = 0
    for k in range(5):
        try:
            if k == 3:
                return n, "returned at", k
            n += k
        finally:
            n += 100
    return n


print(counted())


def nested_returns():
    try:
        try:
            return "inner try"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


log = []
print(nested_returns(), log)
for j in range(3):
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else", j)
    finally:
        print("finally", j)
