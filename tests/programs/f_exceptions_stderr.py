# exception chaining, context, tracebacks printed to stderr (caught and uncaught)
import sys
import traceback


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ConfigError(AppError, KeyError):
    pass


def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing {key!r}", 7) from e


def parse(v):
    try:
        return int(v)
    except ValueError:
        raise AppError("bad int " + v)


def wrapper():
    try:
        load({}, 'port')
    except AppError as e:
        print("caught", type(e).__name__, str(e), e.code, repr(e.__cause__), e.__suppress_context__)
        print("isinstance KeyError:", isinstance(e, KeyError), ConfigError.__mro__[1:4])
        traceback.print_exc()
    try:
        parse("xx")
    except AppError as e:
        print("context:", repr(e.__context__), e.__cause__)
        traceback.print_exception(type(e), e, e.__traceback__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("during") from None
    except RuntimeError as e:
        print("suppress:", e.__suppress_context__, repr(e.__context__))
        lines = traceback.format_exception_only(type(e), e)
        print(lines)


wrapper()
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("got", e.args)


def gen_errors():
    for exc in (IndexError("i"), KeyError("k"), AttributeError("a"), OSError(2, "No such file"), UnicodeError("u")):
        try:
            raise exc
        except (LookupError, AttributeError) as e:
            yield "lookup/attr: %r %s" % (e, e)
        except Exception as e:
            yield "other: %r %s %s" % (e, e, getattr(e, 'errno', None))


for line in gen_errors():
    print(line)
e = Exception("a", 2)
print(e.args, str(e), repr(e), str(Exception()), repr(KeyError("x")), str(KeyError("x")), str(KeyError()))
e2 = ValueError("with note")
e2.add_note("a note")
print(e2.__notes__)
print(sys.exc_info()[0])
try:
    raise TypeError("outer")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
try:
    assert 1 + 1 == 3, "math is broken: %d" % (1 + 1)
except AssertionError as e:
    print("assert:", e)
print("now uncaught", file=sys.stderr)
sys.stdout.flush()


def level3():
    {}['nope']


def level2():
    try:
        level3()
    except KeyError as e:
        raise AppError("level2 failed", 3) from e


def level1():
    try:
        level2()
    finally:
        print("cleanup level1")


level1()
