# sys.exit(status) raises SystemExit with args made as CPython makes them: none for
# None, a tuple's items for a tuple, the status itself otherwise; .code follows the args;
# a tuple status is printed to stderr at exit with status 1.
import sys

for status in [None, (1, 2), (), (5,), 3, 'x', [1], ((1, 2),)]:
    try:
        sys.exit(status)
    except SystemExit as e:
        print(repr(status), e.args, repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('no argument', e.args, e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.args, e.code)
sys.exit((1, 2))
