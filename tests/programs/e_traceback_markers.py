# The ~~~^^^ markers CPython 3.11 prints under a traceback's source line, through
# traceback.format_exc() (printed to stdout, so compared exactly): binary operators,
# subscripts, calls, attributes, names, stores and deletes, parenthesized operands,
# expressions over several lines, statements after a colon, repeated frames, unpacking,
# augmented assignments, assert, comprehensions and non-ASCII text before the marker.
import traceback


def show(f):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        # only the innermost frames: the lines of show() itself are alike
        print(text.split('f()\n', 1)[1], end='')


class Box:
    def __init__(self):
        self.items = [1, 2]
        self.d = {}


box = Box()
zero = 0


class B:
    pass


b = B()


def binop():
    return box.items[0] / zero


def binop_spaces():
    total = 1 +   (box.items[0] //  zero)
    return total


def power():
    return (2.5 ** 10000) * 3


def subscript():
    return box.items[5]


def subscript_nested():
    value = box.d['missing']['deeper']
    return value


def call():
    return len(5)


def call_chain():
    x = int('12').bit_length().to_bytes(1, 'big').decode('utf-8').upper().foo()
    return x


def attribute():
    return box.nothing


def name():
    return undefined_name + 1


def store():
    box.items[10] = 3


def delete():
    del box.d['k']


def after_colon():
    if True: raise ValueError('after a colon')


def several_lines():
    return max(
        1, 2,
        'three')


def comparison():
    return box < 3


def unary():
    return -box


def method_in_expression():
    n = 1 + box.items.index(99) * 2
    return n


def recurse(n):
    return recurse(n + 1) if n < 10 else {}['end']


def whole_line():
    box.items.pop(7)


for case in [binop, binop_spaces, power, subscript, subscript_nested, call, call_chain,
             attribute, name, store, delete, after_colon, several_lines, comparison,
             unary, method_in_expression, lambda: recurse(0), whole_line]:
    show(case)


def kw():
    return int('x', base=10)


def star():
    args = (1,)
    return len(*args)


def non_ascii():
    s = 'héllo'; return s + 5


def for_iter():
    for x in 5:
        pass


def unpack():
    a, c = 1


def chained_cmp():
    return 1 < b < 3


def slice_():
    return b[1:2]


def middle_attr():
    return b.x.y


def multi_binop():
    return (1 +
            b)


def lam():
    return (lambda q: q / 0)(1)


def genexp():
    return sum(1 / x for x in [1, 0])


def listcomp():
    return [1 / x for x in [1, 0]]


def with_():
    with b:
        pass


def dict_lit():
    return {'a': 1}['b']


def call_result_subscript():
    return dict()['k']


def aug():
    x = 1
    x += 'a'


def aug_sub():
    d = {}
    d['k'] += 1


def tuple_idx():
    return (1, 2)[5]


def await_like():
    return b()


def kwargs_call():
    return dict(**{1: 2})


def cond_expr():
    return 1 if b.x else 2


def boolop():
    return b or b.y and 1


def assert_():
    assert b is None, 'not none'


def bad_iter_call():
    return list(map(int, ['1', 'x']))


for case in [kw, star, non_ascii, for_iter, unpack, chained_cmp, slice_, middle_attr,
             multi_binop, lam, genexp, listcomp, with_, dict_lit, call_result_subscript,
             aug, aug_sub, tuple_idx, await_like, kwargs_call, cond_expr, boolop, assert_,
             bad_iter_call]:
    show(case)


# the same markers through extract_tb, format_list and format_tb's limit
def inner():
    return [1][2] + 1


try:
    inner()
except Exception as e:
    summary = traceback.extract_tb(e.__traceback__)
    print(''.join(summary.format()), end='')
    print(''.join(traceback.format_list(summary)), end='')
    print(''.join(traceback.format_tb(e.__traceback__, limit=1)), end='')
    print(''.join(traceback.extract_tb(e.__traceback__, limit=-1).format()), end='')
