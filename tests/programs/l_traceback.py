# traceback: format_exc, print_exc, format_exception (cause and context chains),
# format_exception_only, print_exception; CPython 3.11's "~~^^" marker lines are left
# out of the comparison (gclab prints none: docs/stdlib.md)
import io
import sys
import traceback


def show(text):
    for line in text.split('\n'):
        if line.strip() and set(line.strip()) <= set('^~'):
            continue
        print(line)


def inner(x):
    return 10 // x


def outer():
    return inner(0)


def recurse(n):
    if n == 0:
        raise RuntimeError('deep')
    recurse(n - 1)


try:
    outer()
except ZeroDivisionError:
    show(traceback.format_exc())
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())


class MyErr(Exception):
    pass


try:
    try:
        {}['k']
    except KeyError as e:
        raise MyErr('wrapped') from e
except MyErr as e:
    show(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
    print(traceback.format_exception_only(type(e), e))
try:
    try:
        int('x')
    except ValueError:
        None.foo
except AttributeError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    show(buf.getvalue())
try:
    recurse(8)
except RuntimeError as e:
    show(''.join(traceback.format_exception(e)))
    show(''.join(traceback.format_exception(e, limit=2)))
print(repr(traceback.format_exc()), traceback.format_exception_only(ValueError()))
