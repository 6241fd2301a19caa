# -*- coding: utf-8 -*-
"""str methods, format(), str.format and %-formatting, untranslated.  The corpus
programs tests/programs/strings_*.py compare much more with python3's output."""

import pytest

from gclab.interp import util
from gclab.objspace import formatting, strmethods


@pytest.fixture
def srun(capfd):
    """Like the `run` fixture, with the builtins format() and ascii() installed if
    builtins.py does not register them yet."""
    from gclab.objspace.space import ObjSpace
    from gclab.interp.main import entry_point

    def srun(source):
        space = ObjSpace('untranslated')
        for name, impl in [('format', strmethods.b_format), ('ascii', strmethods.b_ascii)]:
            if name not in space.builtins_w:
                space.builtins_w[name] = space.wrap_builtin(name, impl)
        capfd.readouterr()
        status = entry_point(space, ['gclab', '-c', source])
        out, err = capfd.readouterr()
        if not isinstance(out, str):
            out = out.encode('utf-8')       # capfd decodes on some pytest versions
        return status, out, err
    return srun


def out_of(srun, source):
    status, out, err = srun(source)
    assert status == 0, err
    return out


@pytest.mark.parametrize('expr, expected', [
    ("format(1e16, '')", '1e+16'),
    ("format(0.1, '.3')", '0.1'),
    ("format(100.0, '.3')", '1e+02'),
    ("format(1234, '010,')", '00,001,234'),
    ("format(1234, '08,')", '0,001,234'),
    ("format(-255, '#010x')", '-0x00000ff'),
    ("format(12345678, '_b')", '1011_1100_0110_0001_0100_1110'),
    ("format(True, '>5')", '    1'),
    ("format(True)", 'True'),
    ("format('ab', '05')", 'ab000'),
    ("format('héllo', '*^9.2')", '***hé****'),
    ("format(float('inf'), '010')", '0000000inf'),
    ("format(-0.0001, 'z.1f')", '0.0'),
    ("format(5, '%')", '500.000000%'),
    ("format(233, 'c')", '\xc3\xa9'),
    ("ascii('é\\u1234\\U0001f600\\x01')", r"'\xe9\u1234\U0001f600\x01'"),
    ("'%5d|%-5s|%05.2f|%+d' % (3, 'ab', 3.14159, 5)", '    3|ab   |03.14|+5'),
    ("'%(a)s %(b)r' % {'a': 1, 'b': 'x'}", "1 'x'"),
    ("'%#.5x %c %%' % (255, 'é')", '0x000ff \xc3\xa9 %'),
    ("'{0!r:>6} {1[1]} {x[0]}'.format('a', 'xy', x=[5])", "   'a' y 5"),
    ("'{:{w}.{p}f}'.format(3.14159, w=8, p=3)", '   3.142'),
    ("'ΣΑΣ'.lower() + 'straße'.upper() + 'ﬁsh'.title()", 'σαςSTRASSEFish'),
    ("'ab'.center(7, 'é') + 'ab'.center(6)", '\xc3\xa9\xc3\xa9\xc3\xa9ab\xc3\xa9\xc3\xa9  ab  '),
])
def test_expressions(srun, expr, expected):
    assert out_of(srun, 'print(%s)' % expr) == expected + '\n'


@pytest.mark.parametrize('expr, message', [
    ("format(1, 2)", 'TypeError: format() argument 2 must be str, not int'),
    ("format()", 'TypeError: format expected at least 1 argument, got 0'),
    ("format(5, 's')", "ValueError: Unknown format code 's' for object of type 'int'"),
    ("format('a', 'd')", "ValueError: Unknown format code 'd' for object of type 'str'"),
    ("format(5, 'xx')", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
    ("format(5, ',x')", "ValueError: Cannot specify ',' with 'x'."),
    ("format(None, 'x')", 'TypeError: unsupported format string passed to NoneType.__format__'),
    ("'%d %d' % (1,)", 'TypeError: not enough arguments for format string'),
    ("'%d' % (1, 2)", 'TypeError: not all arguments converted during string formatting'),
    ("'%d' % 'a'", 'TypeError: %d format: a real number is required, not str'),
    ("'%q' % 1", "ValueError: unsupported format character 'q' (0x71) at index 1"),
    ("'{}{1}'.format(1, 2)", 'ValueError: cannot switch from automatic field numbering to '
     'manual field specification'),
    ("'{2}'.format(1)", 'IndexError: Replacement index 2 out of range for positional args tuple'),
    ("'{a}'.format()", "KeyError: 'a'"),
    ("'a'.split(1)", 'TypeError: must be str or None, not int'),
    ("'a'.split(foo=1)", "TypeError: 'foo' is an invalid keyword argument for split()"),
    ("'a'.strip(1, 2)", 'TypeError: strip expected at most 1 argument, got 2'),
    ("'a'.upper(1)", 'TypeError: str.upper() takes no arguments (1 given)'),
    ("'a'.find()", 'TypeError: find() takes at least 1 argument (0 given)'),
    ("'a'.index('b')", 'ValueError: substring not found'),
    ("'a'.center(5, 'ab')", 'TypeError: The fill character must be exactly one character long'),
    ("'a'.join([1])", 'TypeError: sequence item 0: expected str instance, int found'),
    ("'a'.join(5)", 'TypeError: can only join an iterable'),
    ("str.upper(5)", "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a "
     "'int' object"),
])
def test_errors(srun, expr, message):
    status, out, err = srun('print(%s)' % expr)
    assert status == 1
    assert err.splitlines()[-1] == message


def test_group_digits():
    assert formatting.group_digits('1234', ',', 3, 0) == '1,234'
    assert formatting.group_digits('1234', ',', 3, 8) == '0,001,234'
    assert formatting.group_digits('1234', ',', 3, 10) == '00,001,234'
    assert formatting.group_digits('12345678', '_', 4, 0) == '1234_5678'
    assert formatting.group_digits('1', ',', 3, 0) == '1'


def test_utf8_helpers():
    s = 'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'      # a, e-acute, euro, emoji
    assert util.cp_count(s) == 4
    assert [util.cp_decode(s, i) for i in [0, 1, 3, 6]] == [0x61, 0xE9, 0x20AC, 0x1F600]
    assert util.cp_next(s, 1) == 3 and util.cp_prev(s, 6) == 3
    assert util.cp_skip(s, 0, 3) == 6
    for c in [0x61, 0xE9, 0x20AC, 0x1F600]:
        assert util.cp_decode(util.cp_encode(c), 0) == c
    assert util.pad('\xc3\xa9', 3, '*', '^') == '*\xc3\xa9*'
    assert util.repr_escape('a\xc2\xa0\n\'') == '"a\\xa0\\n\'"'
    assert util.ascii_escape('\xc3\xa9') == '\\xe9'
