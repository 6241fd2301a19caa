# A syntax error in an imported module: a SyntaxError naming the module's file and line;
# uncaught, reported as python3 reports it.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'importable'))
try:
    import imp_bad_syntax
except SyntaxError as e:
    print(e.msg, os.path.basename(e.filename), e.lineno, e.offset, repr(e.text))
    print('imp_bad_syntax' in sys.modules)
import imp_bad_syntax
