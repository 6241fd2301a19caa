# sys.exit with a string message: message goes to stderr, exit status 1; finally blocks run
import sys
def shutdown():
    try:
        print('shutting down')
        sys.exit('fatal: configuration missing')
    finally:
        print('finally runs before exit')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught bare exit', e.code)
try:
    sys.exit([1, 2])
except SystemExit as e:
    print('caught list exit', e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print('caught raised SystemExit', e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(2)
except Exception:
    print('not reached: SystemExit is not an Exception')
except BaseException as e:
    print('BaseException handler', type(e).__name__, e.code)
shutdown()
print('unreachable')
