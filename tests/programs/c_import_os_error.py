# importing a module that does not exist: ModuleNotFoundError message, ImportError base, then uncaught
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import no_such_module_def
except ImportError as e:
    print('ImportError caught:', type(e).__name__, e)
try:
    from no_such_pkg_ghi import thing
except ImportError as e:
    print('from-import:', type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
import math
print(math.floor(1.5))
def load():
    import missing_helper_module
load()
print('unreachable')
