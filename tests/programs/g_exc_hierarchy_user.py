# exceptions: user exception hierarchies - catch by base class, clause order, custom __init__/__str__, attributes
class AppError(Exception):
    code = 1


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError):
    code = 3

    def __init__(self, key, section="main"):
        super().__init__("missing key %r in [%s]" % (key, section))
        self.key = key
        self.section = section


class NetworkError(AppError):
    def __init__(self, host, port):
        self.host = host
        self.port = port
        super().__init__(host, port)

    def __str__(self):
        return "cannot reach %s:%d" % (self.host, self.port)


class Retryable(NetworkError):
    pass


def fail(kind):
    if kind == 0:
        raise AppError("generic")
    if kind == 1:
        raise ConfigError("bad config")
    if kind == 2:
        raise MissingKey("port")
    if kind == 3:
        raise NetworkError("example.org", 80)
    if kind == 4:
        raise Retryable("localhost", 8080)
    if kind == 5:
        raise ValueError("not an AppError")
    return "ok"


for kind in range(7):
    try:
        print(kind, fail(kind))
    except MissingKey as e:
        print(kind, "MissingKey", e, e.key, e.section, e.code, e.args)
    except ConfigError as e:
        print(kind, "ConfigError", e, e.code)
    except Retryable as e:
        print(kind, "Retryable", e, e.args)
    except AppError as e:
        print(kind, "AppError", type(e).__name__, e, e.code, e.args)
    except Exception as e:
        print(kind, "other", type(e).__name__, e)

# clause order matters: the first matching clause wins
try:
    fail(2)
except AppError as e:
    print("base clause first:", type(e).__name__)
except MissingKey:
    print("never reached")

print(issubclass(MissingKey, AppError), issubclass(Retryable, ConfigError), isinstance(MissingKey("k"), Exception))
print(MissingKey.__mro__[1].__name__, [c.__name__ for c in Retryable.__mro__])


class Empty(Exception):
    pass


e = Empty()
print(repr(str(e)), e.args, repr(e))
e2 = Empty("a", 2)
print(str(e2), e2.args, repr(e2))
errors = []
for k in range(6):
    try:
        fail(k)
    except AppError as e:
        errors.append(e)
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors], sum([getattr(x, "code", 0) for x in errors]))
