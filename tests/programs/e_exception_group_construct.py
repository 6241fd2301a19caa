# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError('k'), ValueError(3)])])
print(eg, repr(eg), eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("a", [ValueError()])), type(BaseExceptionGroup("a", [KeyboardInterrupt()])))
print(ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.split((KeyError, TypeError))))
print(eg.subgroup(Exception) is eg, eg.subgroup(OSError))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", [ValueError(), 2]),
            lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x"),
            lambda: ExceptionGroup("x", 5), lambda: ExceptionGroup("x", {1: 2}),
            lambda: eg.split(3), lambda: eg.split(int), lambda: eg.subgroup((ValueError, 1))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code):
        obj = super().__new__(cls, msg, excs)
        obj.code = code
        return obj

    def __init__(self, msg, excs, code):
        super().__init__(msg, excs)

    def derive(self, excs):
        return MyEG(self.message, excs, self.code)


g = MyEG("mine", [ValueError(1), OSError(2)], 42)
a, b = g.split(OSError)
print(repr(a), a.code, repr(b), b.code, str(g))


class Plain(ExceptionGroup):
    pass


p = Plain("p", [ValueError(1), KeyError(2)])
print(repr(p.split(KeyError)), type(p.split(KeyError)[0]).__name__)
print(isinstance(p, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    raise ZeroDivisionError
except ZeroDivisionError as e:
    try:
        raise ExceptionGroup("c", [ValueError(5), TypeError(6)]) from KeyError(0)
    except ExceptionGroup as eg2:
        eg2.add_note("a note")
        m, r = eg2.split(ValueError)
        print(m.__cause__, m.__context__ is eg2.__context__, m.__notes__, m.__notes__ is eg2.__notes__,
              m.__traceback__ is eg2.__traceback__, m.__suppress_context__, eg2.__suppress_context__)
print(str(ExceptionGroup("one", (ValueError(),))))
print(repr(BaseExceptionGroup("b", (KeyboardInterrupt(), ValueError())).derive([ValueError(9)])))
# a predicate sees the groups too (and the whole group first)
seen = []


def pred(e):
    seen.append(type(e).__name__)
    return isinstance(e, KeyError)


print(repr(eg.split(pred)), seen)
# derive keeps the message; split parts keep the structure of nested groups
print(repr(eg.derive([KeyError(1)])))
n = ExceptionGroup("n", [ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [ValueError(2), TypeError(3)])]), TypeError(4)])
print(repr(n.split(TypeError)))
print(repr(n.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "b")))
print(n.subgroup(ValueError).exceptions[0].exceptions[1].message)
# a BaseExceptionGroup holding BaseExceptions, and the subclass rule
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
m, r = b.split(Exception)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))
class MyBase(BaseExceptionGroup): pass
print(type(MyBase("x", [KeyboardInterrupt()])).__name__, type(MyBase("x", [ValueError()])).__name__)
class MyExc(ExceptionGroup): pass
try:
    MyExc("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(ExceptionGroup("x", [ValueError()]), Exception), issubclass(BaseExceptionGroup, Exception))
print(str(ExceptionGroup("", [ValueError()])) == " (1 sub-exception)")
print(eg.exceptions == eg.exceptions, type(eg.args[1]).__name__)
t = ExceptionGroup("tup", (ValueError(1),))
print(t.exceptions is t.args[1], t.exceptions)
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyError, TypeError])
print(ExceptionGroup.__class_getitem__(int), Plain[int])

# sequences, argument errors, attributes, copy and pickle
class Seq:
    def __init__(self, items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
print(ExceptionGroup("s", Seq([ValueError(1)])).exceptions)
for bad in [lambda: ExceptionGroup("x", "abc"), lambda: ExceptionGroup("x", (e for e in [ValueError()])),
            
            lambda: ExceptionGroup("x", [ValueError()], 3), lambda: ExceptionGroup(),
            lambda: ExceptionGroup("x", None), lambda: ExceptionGroup("x", [ValueError]),
            lambda: ExceptionGroup.split(ValueError(), ValueError), lambda: ExceptionGroup("x", [ValueError()]).split(),
            lambda: ExceptionGroup("x", [ValueError()]).derive()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
eg = ExceptionGroup("x", [ValueError(1)])
try:
    eg.message = "y"
except AttributeError as e:
    print("AttributeError")
print(eg.__dict__, hasattr(eg, "exceptions"), "split" in dir(eg))
import copy, pickle
c = copy.copy(eg)
print(repr(c), type(c).__name__)
p = pickle.loads(pickle.dumps(eg))
print(repr(p), p.exceptions)
for bad in [lambda: eg.subgroup(), lambda: eg.split(1, 2), lambda: eg.derive(1, 2), lambda: eg.split(matcher_value=ValueError)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
