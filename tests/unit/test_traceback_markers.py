"""The ~~~^^^ markers under a traceback's source lines (gclab.interp.carets), as CPython
3.11 prints them: the positions the parser and compiler record, the uncaught-exception
report, and the marker line for a given line and position."""

from gclab.interp.carets import markers
from gclab.interp.pycode import (pack_position, position_col, position_end_col,
                                 position_extra_lines)

PROGRAM = '''def ratio(values, i):
    return values[i] / (values[i + 1] - 2)


def report(values):
    print('ratio', ratio(values, 0))


report([1, 2])
'''

# what python3.11 prints for PROGRAM (saved as the file's path below)
EXPECTED = '''Traceback (most recent call last):
  File "%(path)s", line 9, in <module>
    report([1, 2])
  File "%(path)s", line 6, in report
    print('ratio', ratio(values, 0))
                   ^^^^^^^^^^^^^^^^
  File "%(path)s", line 2, in ratio
    return values[i] / (values[i + 1] - 2)
           ~~~~~~~~~~^~~~~~~~~~~~~~~~~~~~~
ZeroDivisionError: division by zero
'''


def test_uncaught_exception_report_has_cpythons_markers(run, tmpdir):
    path = str(tmpdir.join('prog.py'))
    with open(path, 'w') as f:
        f.write(PROGRAM)
    r = run(path=path)
    assert r.status == 1
    assert r.err == EXPECTED % {'path': path}


def test_position_packing_round_trips():
    p = pack_position(3, 7, 5, 12)
    assert (position_extra_lines(p), position_col(p), position_end_col(p)) == (2, 7, 12)
    assert pack_position(3, 7, -1, -1) == -1        # no end recorded
    assert pack_position(3, 70000, 3, 70001) == -1  # columns too wide to pack


def test_markers_binary_operator_subscript_and_call():
    line = '    x = a[1] + f(2)'
    # the whole binary operation, columns 8 to 19: operands '~', operator '^'
    assert markers(line, pack_position(1, 8, 1, 19)) == '        ~~~~~^~~~~~'
    # the subscript a[1]: the value '~', the brackets '^'
    assert markers(line, pack_position(1, 8, 1, 12)) == '        ~^^^'
    # the call f(2): no anchors, all '^'
    assert markers(line, pack_position(1, 15, 1, 19)) == '               ^^^^'


def test_no_markers_for_a_whole_line_or_no_position():
    assert markers('    f(2)', pack_position(1, 4, 1, 8)) == ''
    assert markers('    f(2)', -1) == ''
    # ... but a subscript that is the whole line still shows its brackets
    assert markers('    a[1]', pack_position(1, 4, 1, 8)) == '    ~^^^'


def test_markers_of_an_expression_continued_below():
    # from its first column to the end of its first line, all '^'
    assert markers('    y = max(1,', pack_position(1, 8, 3, 5)) == '        ^^^^^^'


def test_markers_count_characters_not_bytes():
    line = "    s = 'h\xc3\xa9' + t(1)"       # UTF-8: the e-acute takes two bytes
    assert markers(line, pack_position(1, 16, 1, 20)) == '               ^^^^'
