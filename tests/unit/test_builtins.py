"""Untranslated unit tests of builtin functions, methods of list/tuple/dict, dict views,
the builtin iterators and the sys, time and math modules.  The corpus programs
tests/programs/{builtins,lists,dicts}_*.py compare much more with python3."""


def test_sort_is_stable_with_key_and_reverse(run):
    r = run('p = [(i % 3, i) for i in range(9)]\n'
            'print(sorted(p, key=lambda t: t[0], reverse=True))\n'
            'p.sort(key=lambda t: t[0])\n'
            'print(p)')
    assert r.out == ('[(2, 2), (2, 5), (2, 8), (1, 1), (1, 4), (1, 7), (0, 0), (0, 3), (0, 6)]\n'
                     '[(0, 0), (0, 3), (0, 6), (1, 1), (1, 4), (1, 7), (2, 2), (2, 5), (2, 8)]\n')


def test_sort_large_list(run):
    r = run('a = [(i * 7919) % 10007 for i in range(5000)]\n'
            'b = sorted(a)\n'
            'print(all([b[i] <= b[i + 1] for i in range(len(b) - 1)]), len(b), b[0], b[-1])\n'
            'a.sort(reverse=True)\n'
            'print(a == b[::-1])')
    assert r.out == 'True 5000 0 10006\nTrue\n'


def test_sort_comparison_error_propagates(run):
    r = run('class B:\n'
            '    def __lt__(self, o):\n'
            '        raise KeyError("cmp")\n'
            'l = [B(), B(), 3]\n'
            'try:\n'
            '    l.sort()\n'
            'except KeyError as e:\n'
            '    print(repr(e), len(l))\n'
            'sorted([1, "a"])')
    assert r.out == "KeyError('cmp') 3\n"
    assert r.status == 1
    assert r.err.endswith("TypeError: '<' not supported between instances of 'str' and "
                          "'int'\n")


def test_list_modified_during_sort(run):
    r = run('l = [3, 1, 2]\n'
            'def key(x):\n'
            '    l.append(x)\n'
            '    return x\n'
            'try:\n'
            '    l.sort(key=key)\n'
            'except ValueError as e:\n'
            '    print(e, l)')
    assert r.out == 'list modified during sort [1, 2, 3]\n'


def test_list_method_errors(run):
    r = run('for f in [lambda: [].pop(), lambda: [1].index(2), lambda: [].insert(1),\n'
            '          lambda: [].append(), lambda: [].copy(1), lambda: [1].remove(0),\n'
            '          lambda: list.append(1, 2), lambda: ().index(1)]:\n'
            '    try:\n'
            '        f()\n'
            '    except Exception as e:\n'
            '        print(type(e).__name__, e)')
    assert r.out == ('IndexError pop from empty list\n'
                     'ValueError 2 is not in list\n'
                     'TypeError insert expected 2 arguments, got 1\n'
                     'TypeError list.append() takes exactly one argument (0 given)\n'
                     'TypeError list.copy() takes no arguments (1 given)\n'
                     'ValueError list.remove(x): x not in list\n'
                     "TypeError descriptor 'append' for 'list' objects doesn't apply to a "
                     "'int' object\n"
                     'ValueError tuple.index(x): x not in tuple\n')


def test_dict_methods(run):
    r = run('d = dict([("a", 1)], b=2)\n'
            'd.update({"c": 3}, d=4)\n'
            'print(d.pop("a"), d.pop("z", 0), d.setdefault("e", 5), d.popitem(), d)\n'
            'print(d.get("b"), d.get("q"), dict.fromkeys("xy", 0), d.copy() == d)\n'
            'd.clear()\n'
            'print(d)\n'
            'try:\n'
            '    {}.pop("k")\n'
            'except KeyError as e:\n'
            '    print(repr(e))')
    assert r.out == ("1 0 5 ('e', 5) {'b': 2, 'c': 3, 'd': 4}\n"
                     "2 None {'x': 0, 'y': 0} True\n"
                     "{}\n"
                     "KeyError('k')\n")


def test_dict_views_are_live(run):
    r = run('d = {"a": 1}\n'
            'k, v, i = d.keys(), d.values(), d.items()\n'
            'd["b"] = 2\n'
            'print(k, v, i, len(k), "b" in k, 2 in v, ("b", 2) in i)\n'
            'print(list(reversed(k)), type(iter(i)).__name__)')
    assert r.out == ("dict_keys(['a', 'b']) dict_values([1, 2]) "
                     "dict_items([('a', 1), ('b', 2)]) 2 True True True\n"
                     "['b', 'a'] dict_itemiterator\n")


def test_dict_changed_size_during_view_iteration(run):
    r = run('d = {1: 1}\n'
            'for k in d.keys():\n'
            '    d[k + 1] = 0')
    assert r.status == 1
    assert r.err.endswith('RuntimeError: dictionary changed size during iteration\n')


def test_builtin_iterators(run):
    r = run('print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, 2])))\n'
            'print(list(zip("ab", [1, 2, 3])), list(enumerate("ab", 1)))\n'
            'print(list(reversed("abc")), list(reversed(range(3))), type(zip()).__name__)\n'
            'it = iter([1])\n'
            'print(next(it), next(it, "end"), list(iter([3, 2, 1, 0].pop, 1)))')
    assert r.out == ("[8, 9] [1, 2]\n"
                     "[('a', 1), ('b', 2)] [(1, 'a'), (2, 'b')]\n"
                     "['c', 'b', 'a'] [2, 1, 0] zip\n"
                     "1 end [0]\n")


def test_zip_strict(run):
    r = run('print(list(zip([1, 2], [1, 2, 3])))\n'
            'list(zip([1, 2], [3], strict=True))')
    assert r.out == '[(1, 1), (2, 2)]\n'
    assert r.err.endswith('ValueError: zip() argument 2 is shorter than argument 1\n')


def test_next_without_default_raises_stop_iteration(run):
    r = run('next(iter(()))')
    assert r.status == 1
    assert r.err.endswith('StopIteration\n')


def test_round_is_bankers_rounding(run):
    r = run('print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2))\n'
            'print(round(1250, -2), round(1350, -2), round(7, 1), round(1e300, -299))')
    assert r.out == '2 4 0 0.12 2.67\n1200 1400 7 1e+300\n'


def test_number_builtins(run):
    r = run('print(divmod(-7, 2), divmod(7.5, -2), pow(2, 10, 1000), pow(3, -1, 7))\n'
            'print(chr(65), ord("A"), abs(-2 ** 70), sum([0.5, 1], 1))\n'
            'print(min([3, 1], key=lambda x: -x), max([], default=0), max("ab", "c"))')
    assert r.out == ('(-4, 1) (-4.0, -0.5) 24 5\n'
                     'A 65 1180591620717411303424 2.5\n'
                     '3 0 c\n')


def test_attribute_builtins(run):
    r = run('class C:\n'
            '    pass\n'
            'c = C()\n'
            'setattr(c, "x", 1)\n'
            'print(getattr(c, "x"), getattr(c, "y", 2), hasattr(c, "x"), hasattr(c, "y"))\n'
            'delattr(c, "x")\n'
            'print(hasattr(c, "x"), callable(C), callable(c), vars(c))')
    assert r.out == '1 2 True False\nFalse True False {}\n'


def test_print_to_stderr_and_stdout_write(run):
    r = run('import sys\n'
            'print("out")\n'
            'print("err", 1, sep="-", file=sys.stderr)\n'
            'n = sys.stdout.write("abc\\n")\n'
            'sys.stderr.write("e2\\n")\n'
            'print(n)')
    assert r.out == 'out\nabc\n4\n'
    assert r.err == 'err-1\ne2\n'


def test_sys_and_time_attributes(run):
    r = run('import sys, time\n'
            't = time.perf_counter()\n'
            'time.sleep(0.001)\n'
            'print(sys.platform, sys.maxsize, time.perf_counter() > t)')
    assert r.out == 'linux 9223372036854775807 True\n'


def test_math_functions_and_errors(run):
    r = run('import math\n'
            'print(math.floor(-1.5), math.ceil(1.2), math.sqrt(16), math.gcd(12, 18))\n'
            'print(math.log(8, 2), math.isqrt(99), math.factorial(20), math.hypot(3, 4))\n'
            'for f in [lambda: math.sqrt(-1), lambda: math.exp(1e4), lambda: math.log(0)]:\n'
            '    try:\n'
            '        f()\n'
            '    except (ValueError, OverflowError) as e:\n'
            '        print(type(e).__name__, e)')
    assert r.out == ('-2 2 4.0 6\n'
                     '3.0 9 2432902008176640000 5.0\n'
                     'ValueError math domain error\n'
                     'OverflowError math range error\n'
                     'ValueError math domain error\n')


def test_math_takes_float_and_index_objects(run):
    """The math functions take what has __float__ or __index__ (as PyFloat_AsDouble);
    floor, ceil and trunc call __floor__, __ceil__ and __trunc__."""
    r = run('import math\n'
            'class Meters:\n'
            '    def __init__(self, v): self.v = v\n'
            '    def __float__(self): return float(self.v)\n'
            'class Idx:\n'
            '    def __index__(self): return 9\n'
            'class Half:\n'
            '    def __float__(self): return 3.5\n'
            "    def __floor__(self): return 'floor'\n"
            "    def __ceil__(self): return 'ceil'\n"
            "    def __trunc__(self): return 'trunc'\n"
            'print(math.sqrt(Meters(16)), math.sqrt(Idx()), math.log(Meters(1)),\n'
            '      math.fsum([Meters(1), Idx()]))\n'
            'print(math.floor(Half()), math.ceil(Half()), math.trunc(Half()),\n'
            '      math.floor(Meters(2.5)), math.ceil(Idx()))\n'
            "for f in [lambda: math.trunc(Meters(2)), lambda: math.sqrt('x'),\n"
            "          lambda: math.sqrt(Meters('x'))]:\n"
            '    try:\n'
            '        f()\n'
            '    except (TypeError, ValueError) as e:\n'
            '        print(type(e).__name__, e)')
    assert r.out == ('4.0 3.0 0.0 10.0\n'
                     'floor ceil trunc 2 9\n'
                     "TypeError type Meters doesn't define __trunc__ method\n"
                     'TypeError must be real number, not str\n'
                     "ValueError could not convert string to float: 'x'\n")


def test_vars_and_dir_without_argument_read_locals(run):
    """vars() and dir() without an argument: the locals, as locals() (in a function and
    a class body too)."""
    r = run('def f(a, b=2):\n'
            '    c = 3\n'
            '    return dir(), vars()\n'
            'print(f(1))\n'
            'class K:\n'
            '    x = 1\n'
            '    print(dir(), sorted(vars()))\n'
            "print('f' in dir(), vars()['K'] is K, vars(K)['x'])")
    assert r.out == ("(['a', 'b', 'c'], {'a': 1, 'b': 2, 'c': 3})\n"
                     "['__module__', '__qualname__', 'x'] ['__module__', '__qualname__', 'x']\n"
                     'True True 1\n')


def test_staticmethod_objects_are_callable(run):
    """A staticmethod object is callable (3.10+), e.g. in the class body that defines
    it."""
    r = run('class C:\n'
            '    @staticmethod\n'
            '    def double(x):\n'
            '        return x * 2\n'
            "    table = {'d': double}\n"
            '    r = double(5)\n'
            "sm = C.__dict__['double']\n"
            "print(callable(sm), C.r, C.table['d'](x=4), staticmethod(len)([1, 2]))\n"
            'try:\n'
            '    staticmethod.__call__(5)\n'
            'except TypeError as e:\n'
            '    print(e)')
    assert r.out == ('True 10 8 2\n'
                     "descriptor '__call__' requires a 'staticmethod' object but received a 'int'\n")


def test_percent_format_reads_a_mapping_subclass_through_getitem(run):
    """fmt % mapping reads a dict subclass through its __getitem__ (so __missing__
    applies); %s gives the str() of a str subclass."""
    r = run('from collections import defaultdict\n'
            'class DD(dict):\n'
            '    def __missing__(self, k):\n'
            "        return '<%s>' % k\n"
            'class S(str):\n'
            '    def __str__(self):\n'
            "        return 'S!'\n"
            'dd = defaultdict(int)\n'
            "print('%(a)s %(b)s' % DD(a=1), '%(z)s' % dd, dict(dd))\n"
            "print('%s' % S('x'), '%s-%s' % (S('y'), 2))")
    assert r.out == ("1 <b> 0 {'z': 0}\n"
                     'S! S!-2\n')


def test_settrace_with_a_function_is_refused_clearly(run):
    """gclab calls no trace or profile hooks: sys.settrace(f) and sys.setprofile(f) say
    so (None, no tracing, is accepted), rather than accept a hook never called."""
    r = run('import sys\n'
            'sys.settrace(None); sys.setprofile(None)\n'
            'for f in (sys.settrace, sys.setprofile):\n'
            '    try:\n'
            '        f(lambda *a: None)\n'
            '    except NotImplementedError as e:\n'
            '        print(e)\n'
            'print(sys.gettrace(), sys.getprofile())')
    assert r.out == ('gclab: sys.settrace() with a function is not supported (gclab has no '
                     'line or call trace hooks)\n'
                     'gclab: sys.setprofile() with a function is not supported (gclab has no '
                     'profile hooks)\n'
                     'None None\n')



RANGE_BOUNDS_PROGRAM = """
import sys
m = sys.maxsize
r = range(-m - 1, m, 4)
print(len(r), r[-1], r[2**61], m - 3 in r, m - 2 in r, r.index(m - 3), r.count(-m - 1))
rev = reversed(r)
print(next(rev), next(rev), r[::-1][:2], r[2**61:][0], r[::2][-1], r[5:2:-1])
it = iter(range(m - 2, m))
print(next(it), next(it), list(it))
print(list(range(-m - 1, -m + 2)), list(reversed(range(m, m - 9, -4))))
print(len(range(0, m)), len(range(m, 0, -1)), len(range(-m - 1, 0, 3)))
"""

# python3's output
RANGE_BOUNDS_OUT = """\
4611686018427387904 9223372036854775804 0 True False 4611686018427387903 1
9223372036854775804 9223372036854775800 range(9223372036854775804, 9223372036854775796, -4) 0 9223372036854775800 range(-9223372036854775788, -9223372036854775800, -4)
9223372036854775805 9223372036854775806 []
[-9223372036854775808, -9223372036854775807, -9223372036854775806] [9223372036854775799, 9223372036854775803, 9223372036854775807]
9223372036854775807 9223372036854775807 3074457345618258603
"""


def test_range_bounds_far_apart(run):
    # the distance between a range's bounds may overflow a machine int where its length
    # and items do not: counted unsigned, as CPython counts it in a big int
    r = run(RANGE_BOUNDS_PROGRAM)
    assert r.out == RANGE_BOUNDS_OUT
    # a slice whose stop falls below -2**63: the stop differs from CPython's (which is
    # -9223372036854775812 here), the items do not
    r = run('import sys\n'
            'm = sys.maxsize\n'
            'r = range(-m - 1, m, 4)[2::-1]\n'
            'print(r, list(r), -m - 1 in r, r.index(-m - 1), r[-1], r[1:][::-1])\n'
            'print(len(range(-m - 1, -5)[::-1]), range(-m - 1, -m + 7, 2)[::-1])')
    assert r.out == ('range(-9223372036854775800, -9223372036854775808, -4) '
                     '[-9223372036854775800, -9223372036854775804, -9223372036854775808] '
                     'True 2 -9223372036854775808 '
                     'range(-9223372036854775808, -9223372036854775800, 4)\n'
                     '9223372036854775803 '
                     'range(-9223372036854775802, -9223372036854775808, -2)\n')


def test_range_longer_than_maxsize_is_refused_not_wrapped(run):
    # CPython makes range(-2**62, 2**62 + 5) (its len() raises OverflowError, iteration
    # works); gclab counts a range's items in a machine int and refuses one it cannot
    # count, where the count once wrapped around to an empty range
    r = run('import sys\n'
            'm = sys.maxsize\n'
            'for args in [(-2**62, 2**62 + 5), (m, -m - 1, -1), (-m - 1, m, 2),\n'
            '             (5, -m - 1, -1)]:\n'
            '    try:\n'
            '        print(len(range(*args)))\n'
            '    except OverflowError as e:\n'
            '        print("OverflowError", e)\n'
            'for r, s in [(range(0, m, 2**62), slice(None, None, 4))]:\n'
            '    try:\n'
            '        print(r[s])\n'
            '    except OverflowError as e:\n'
            '        print("OverflowError", e)\n')
    refused = ('OverflowError gclab: a range whose bounds or length do not fit in a '
               'machine int is not supported\n')
    assert r.out == refused * 5
