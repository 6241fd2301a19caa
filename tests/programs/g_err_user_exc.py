# uncaught: a user-defined exception (subclass with custom __init__) with a message ends the program
class ConfigError(Exception):
    pass


class MissingSetting(ConfigError):
    def __init__(self, name, source):
        super().__init__("setting %r not found in %s" % (name, source))
        self.name = name


def lookup(settings, name):
    if name not in settings:
        raise MissingSetting(name, "defaults.cfg")
    return settings[name]


settings = {"port": 8080, "host": "localhost"}
print(lookup(settings, "port"), lookup(settings, "host"))
try:
    lookup(settings, "user")
except ConfigError as e:
    print("handled once:", e)
print(lookup(settings, "timeout"))
