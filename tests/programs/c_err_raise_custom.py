# uncaught custom exception with chained cause (raise ... from ...) through a method
class ConfigError(Exception):
    pass
class Config:
    def __init__(self, data):
        self.data = data
    def get_int(self, key):
        try:
            return int(self.data[key])
        except KeyError as e:
            raise ConfigError('missing key ' + key) from e
cfg = Config({'port': '80'})
print(cfg.get_int('port'))
print(cfg.get_int('timeout'))
