"""The ~~~^^^ line CPython 3.11 prints under a traceback's source line (RPython).

An instruction's position (pycode.pack_position) gives the columns of the expression it
belongs to.  Under the source line go '^' below that expression, unless it is the whole
line; for a binary operation '~' below its operands and '^' below the operator, for a
subscript '~' below the subscripted value and '^' below the brackets.  As CPython's
traceback module, the operator and brackets are found by parsing the expression's text.
Columns are UTF-8 byte offsets in the compiler, characters here (every character is
taken as one column wide: CPython counts East Asian wide characters twice)."""

from gclab.interp import ast
from gclab.interp.error import CompileError
from gclab.interp.parser import parse
from gclab.interp.pycode import position_col, position_end_col, position_extra_lines


def char_offset(line, byte_offset):
    """How many characters the first byte_offset bytes of the UTF-8 line hold."""
    if byte_offset > len(line):
        byte_offset = len(line)
    n = 0
    for i in range(byte_offset):
        if ord(line[i]) & 0xC0 != 0x80:
            n += 1
    return n


def is_space(c):
    return c == ' ' or c == '\t' or c == '\f' or c == '\n' or c == '\r' or c == '\v'


def binop_anchors(segment, left_end, right_start):
    """(first, end) of a binary operator between the operands' byte offsets, skipping
    the spaces, closing brackets and comments before it (as CPython 3.11)."""
    if left_end < 0 or right_start < left_end or right_start > len(segment):
        return -1, -1
    assert left_end >= 0
    between = segment[left_end:right_start]
    offset = 0
    while offset < len(between) and is_space(between[offset]):
        offset += 1
    left = left_end + offset
    right = left + 1
    if offset + 1 < len(between) and not is_space(between[offset + 1]):
        right += 1
    while left < len(segment) and (is_space(segment[left]) or segment[left] == ')' or
                                   segment[left] == '#'):
        left += 1
        right += 1
    return left, right


def anchors(segment):
    """(left, right) byte offsets of the operator of a binary operation or the brackets
    of a subscript that is the whole segment, or (-1, -1)."""
    try:
        module = parse(segment)
    except CompileError:
        return -1, -1
    assert isinstance(module, ast.Module)
    if len(module.body) != 1:
        return -1, -1
    stmt = module.body[0]
    if not isinstance(stmt, ast.ExprStmt):
        return -1, -1
    node = stmt.value
    if isinstance(node, ast.BinOp):
        if node.left.end_lineno != 1 or node.right.lineno != 1:
            return -1, -1
        return binop_anchors(segment, node.left.end_col, node.right.col)
    if isinstance(node, ast.Subscript):
        if node.value.end_lineno != 1:
            return -1, -1
        left = node.value.end_col
        while left < len(segment) and segment[left] != '[':
            left += 1
        return left, len(segment)
    return -1, -1


def markers(line, position):
    """The marker line (without its newline) under the source line `line` (its text,
    unstripped, without the newline) for an instruction at position, or ''."""
    if position < 0:
        return ''
    start = position_col(position)
    if start > len(line):
        return ''
    stripped = line.strip()
    left = right = -1
    if position_extra_lines(position) > 0:
        end = len(line.rstrip())        # the expression goes on below: to the line's end
    else:
        end = position_end_col(position)
        if end > len(line) or end < start:
            return ''
    assert start >= 0 and end >= start
    segment = line[start:end]
    if position_extra_lines(position) == 0:
        left, right = anchors(segment)
    start_c = char_offset(line, start)
    end_c = char_offset(line, end)
    has_anchors = left >= 0 and right > left
    if end_c - start_c >= char_offset(stripped, len(stripped)) and not has_anchors:
        return ''                       # the whole line: nothing to point at
    indent = 0
    while indent < len(line) and is_space(line[indent]):
        indent += 1
    pad = start_c - indent
    if pad < 0:
        pad = 0
    out = '    ' + ' ' * pad
    if has_anchors:
        left_c = char_offset(segment, left)
        right_c = char_offset(segment, right)
        out += '~' * left_c + '^' * (right_c - left_c) + '~' * (end_c - start_c - right_c)
    else:
        out += '^' * (end_c - start_c)
    return out
