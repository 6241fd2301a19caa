# A module that raises while it is imported: the exception reaches the importer, the
# module is not left in sys.modules, a second import runs it again; uncaught, the
# traceback goes through the module's file.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'importable'))
try:
    import imp_raises
except LookupError as e:
    print('caught:', e)
print('imp_raises' in sys.modules)
try:
    from imp_raises import STARTED
except LookupError as e:
    print('caught again:', e)
print('imp_raises' in sys.modules)


def load():
    import imp_raises


load()
