# exceptions: exceptions crossing several frames, finally blocks unwinding in order, partial handling
trace = []


def level3(x):
    trace.append("enter3")
    try:
        if x == "div":
            return 1 // 0
        if x == "key":
            return {}[x]
        if x == "user":
            raise Deep("from level3")
        return "ok3"
    finally:
        trace.append("exit3")


def level2(x):
    trace.append("enter2")
    try:
        return level3(x)
    except KeyError:
        trace.append("handled2")
        return "recovered in 2"
    finally:
        trace.append("exit2")


def level1(x):
    trace.append("enter1")
    try:
        return level2(x)
    finally:
        trace.append("exit1")


class Deep(Exception):
    pass


for x in ["ok", "key", "div", "user"]:
    trace = []
    try:
        print(x, "->", level1(x))
    except ZeroDivisionError as e:
        print(x, "-> ZeroDivisionError:", e)
    except Deep as e:
        print(x, "-> Deep:", e)
    print("  ", trace)


def recurse(n, limit):
    if n == limit:
        raise ValueError("hit %d" % n)
    try:
        return recurse(n + 1, limit)
    finally:
        unwound.append(n)


unwound = []
try:
    recurse(0, 6)
except ValueError as e:
    print(e, unwound)


def catcher_at(depth, target):
    if depth == 0:
        raise IndexError("origin")
    if depth == target:
        try:
            return catcher_at(depth - 1, target)
        except IndexError as e:
            return "caught at depth %d: %s" % (depth, e)
    return catcher_at(depth - 1, target)


print([catcher_at(5, t) for t in range(1, 6)])


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name
        Resource.opened.append(name)

    def close(self):
        Resource.opened.remove(self.name)


def use(names, fail_at):
    r = Resource(names[0])
    try:
        if len(names) == 1:
            if fail_at:
                raise RuntimeError("failure while " + str(Resource.opened) + " open")
            return list(Resource.opened)
        return use(names[1:], fail_at)
    finally:
        r.close()


print(use(["a", "b", "c"], False), Resource.opened)
try:
    use(["a", "b", "c"], True)
except RuntimeError as e:
    print(e, Resource.opened)


def method_chain():
    class Inner:
        def run(self, v):
            return self.step(v)

        def step(self, v):
            return [10, 20][v]
    return Inner()


try:
    method_chain().run(7)
except IndexError as e:
    print("through methods:", e)
