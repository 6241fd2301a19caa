"""Tokenizer tests (gclab.interp.lexer): token kinds, values and positions, INDENT/DEDENT,
line joining, and the errors with CPython 3.11's messages and line numbers."""

import pytest

from gclab.interp import lexer
from gclab.interp.lexer import tokenize, KIND_NAMES, KEYWORDS
from gclab.interp.error import CompileError
from gclab.interp.parser import parse

# The strict xfails below name the exception they expect, so that a crash of the tested
# code (any other exception) fails: AssertionError for a message or position that
# differs from CPython's, DID_NOT_RAISE (pytest.raises' "DID NOT RAISE") for input that
# gclab accepts and CPython rejects.  Each deviation is listed in docs/language.md ("Running
# programs", differences from CPython).
DID_NOT_RAISE = pytest.fail.Exception


def toks(source):
    """(KIND, value) of every token, EOF included."""
    return [(KIND_NAMES[t.kind], t.value) for t in tokenize(source)]


def values(source):
    """The values of the tokens that carry text (no NEWLINE/INDENT/DEDENT/EOF)."""
    return [t.value for t in tokenize(source)
            if t.kind in (lexer.NAME, lexer.NUMBER, lexer.STRING, lexer.OP, lexer.FSTRING,
                          lexer.BYTES)]


def layout(source):
    """Only the structure: kind names, with the text of NAME and OP tokens."""
    out = []
    for t in tokenize(source):
        if t.kind in (lexer.NAME, lexer.OP, lexer.NUMBER):
            out.append(t.value)
        else:
            out.append(KIND_NAMES[t.kind])
    return ' '.join(out)


def positions(source):
    return [(KIND_NAMES[t.kind], t.value, t.lineno, t.col) for t in tokenize(source)]


def lex_error(source):
    with pytest.raises(CompileError) as excinfo:
        tokenize(source)
    e = excinfo.value
    return e.kind, e.msg, e.lineno, e.col


# --- names and keywords -------------------------------------------------------------

def test_names():
    assert toks('foo _bar baz_2 __init__ x') == [
        ('NAME', 'foo'), ('NAME', '_bar'), ('NAME', 'baz_2'), ('NAME', '__init__'),
        ('NAME', 'x'), ('NEWLINE', ''), ('EOF', '')]


def test_keywords_are_name_tokens():
    assert toks('if not None') == [('NAME', 'if'), ('NAME', 'not'), ('NAME', 'None'),
                                   ('NEWLINE', ''), ('EOF', '')]
    for kw in ['if', 'else', 'lambda', 'nonlocal', 'True', 'False', 'None', 'yield']:
        assert kw in KEYWORDS
    for not_kw in ['print', 'self', 'match', 'case', 'If']:
        assert not_kw not in KEYWORDS


def test_non_ascii_name_bytes():
    # source is UTF-8 bytes; bytes >= 128 may appear in identifiers
    assert values('\xc3\xa9t\xc3\xa9 = 1') == ['\xc3\xa9t\xc3\xa9', '=', '1']


def test_string_prefix_letters_alone_are_names():
    assert toks('r b f rb') == [('NAME', 'r'), ('NAME', 'b'), ('NAME', 'f'), ('NAME', 'rb'),
                                ('NEWLINE', ''), ('EOF', '')]


# --- numbers ------------------------------------------------------------------------

def test_integers_keep_their_text():
    assert toks('0 7 123 12345678901234567890123') == [
        ('NUMBER', '0'), ('NUMBER', '7'), ('NUMBER', '123'),
        ('NUMBER', '12345678901234567890123'), ('NEWLINE', ''), ('EOF', '')]


def test_hex_octal_binary_and_underscores():
    assert values('0xff 0XFF 0o17 0O7 0b1010 0B1 1_000_000 0x_ff') == [
        '0xff', '0XFF', '0o17', '0O7', '0b1010', '0B1', '1_000_000', '0x_ff']


def test_floats_and_exponents():
    assert values('1.5 .5 5. 1e10 1E-3 2.5e+3 1.e5 1_0.0_1') == [
        '1.5', '.5', '5.', '1e10', '1E-3', '2.5e+3', '1.e5', '1_0.0_1']


def test_dot_after_name_is_an_operator_not_a_number():
    assert toks('a.b') == [('NAME', 'a'), ('OP', '.'), ('NAME', 'b'), ('NEWLINE', ''),
                           ('EOF', '')]


def test_number_followed_by_letters_is_invalid_decimal_literal():
    kind, msg, lineno, _ = lex_error('x = 1\ny = 1abc\n')
    assert (kind, msg, lineno) == ('SyntaxError', 'invalid decimal literal', 2)


def test_imaginary_literals_are_numbers_the_parser_makes_float_constants_of():
    # the parser makes a 'float' constant of a number with a '.' or an 'e', and the
    # space's float_from_literal gives a complex for one ending in 'j': '2j' is '2.j'
    assert values('z = 2j + 2.5J + 1e3j + 1_0j + 0j\n') == [
        'z', '=', '2.j', '+', '2.5j', '+', '1e3j', '+', '1_0.j', '+', '0.j']


def test_imaginary_literal_followed_by_letters_is_invalid():
    kind, msg, lineno, _ = lex_error('z = 2jx\n')
    assert (kind, msg, lineno) == ('SyntaxError', 'invalid imaginary literal', 1)


@pytest.mark.parametrize('source, msg, col', [
    ('x = 0xg', 'invalid hexadecimal literal', 5),
    ('x = 0x', 'invalid hexadecimal literal', 5),
    ('x = 0x_', 'invalid hexadecimal literal', 6),
    ('x = 0x1__2', 'invalid hexadecimal literal', 7),
    ('x = 0b2', "invalid digit '2' in binary literal", 6),
    ('x = 0b1_2_', "invalid digit '2' in binary literal", 8),
    ('x = 0o19', "invalid digit '9' in octal literal", 7),
    ('x = 0o7x', 'invalid octal literal', 6),
    ('x = 1__0', 'invalid decimal literal', 5),
    ('x = 1_', 'invalid decimal literal', 5),
    ('x = 1_e5', 'invalid decimal literal', 5),
    ('x = 1e_5', 'invalid decimal literal', 4),
    ('x = 1e+', 'invalid decimal literal', 6),
    ('x = 12abc', 'invalid decimal literal', 5),
    ('x = 1.5jx', 'invalid imaginary literal', 7),
    ('x = 1orange', 'invalid decimal literal', 4),
])
def test_bad_number_literals_are_cpythons_syntax_errors(source, msg, col):
    """The messages and columns (0-based, of the caret) of CPython 3.11's tokenizer."""
    with pytest.raises(CompileError) as excinfo:
        parse(source + '\n')
    assert (excinfo.value.msg, excinfo.value.col) == (msg, col)


def test_keywords_right_after_numbers_are_taken():
    """`1if x else y`, `[1for x in y]`: CPython 3.11 still takes them (with a warning)."""
    for source in ['x = 1if 1 else 2\n', 'x = [1for x in ()]\n', 'x = 1or 2\n',
                   'x = 0x1f or 3\n', 'x = 1_0.0_1e1_0\n', 'x = 0x_FF\n']:
        parse(source)


# --- strings ------------------------------------------------------------------------

def test_single_and_double_quotes():
    assert toks('\'a\' "b" \'it"s\' "it\'s"') == [
        ('STRING', 'a'), ('STRING', 'b'), ('STRING', 'it"s'), ('STRING', "it's"),
        ('NEWLINE', ''), ('EOF', '')]


def test_adjacent_strings_are_separate_tokens():
    assert toks("'a' 'b'") == [('STRING', 'a'), ('STRING', 'b'), ('NEWLINE', ''), ('EOF', '')]


def test_empty_strings():
    assert values("'' \"\" ''''''") == ['', '', '']


def test_simple_escapes_are_decoded():
    assert values(r"'a\nb' '\t' '\\' '\'' '\"' '\r\a\b\f\v'") == [
        'a\nb', '\t', '\\', "'", '"', '\r\a\b\f\v']


def test_numeric_escapes_are_decoded_to_utf8():
    assert values(r"'\x41\x62' '\101' '\0' '\08' '\u00e9' '\u20ac' '\U0001F600'") == [
        'Ab', 'A', '\x00', '\x008', '\xc3\xa9', '\xe2\x82\xac', '\xf0\x9f\x98\x80']


def test_unknown_escape_is_kept():
    assert values(r"'\q\d'") == ['\\q\\d']


def test_backslash_newline_inside_string_joins_lines():
    tokens = tokenize("s = 'abc\\\ndef'\nt = 1\n")
    assert tokens[2].value == 'abcdef'
    assert (tokens[4].value, tokens[4].lineno, tokens[4].col) == ('t', 3, 0)


def test_raw_strings_keep_backslashes():
    assert values(r"r'\n' R'\t\\' r'x\'y' rb'\d'") == ['\\n', '\\t\\\\', "x\\'y", '\\d']


def test_bytes_prefixes_give_bytes_and_unicode_ones_strings():
    assert toks("b'x' u'y' B'z'") == [('BYTES', 'x'), ('STRING', 'y'), ('BYTES', 'z'),
                                      ('NEWLINE', ''), ('EOF', '')]


def test_triple_quoted_strings():
    tokens = tokenize('s = """one\n"two" \'\'three\'\'\n"""\nx\n')
    assert (KIND_NAMES[tokens[2].kind], tokens[2].value) == (
        'STRING', 'one\n"two" \'\'three\'\'\n')
    assert (tokens[2].lineno, tokens[2].col) == (1, 4)
    # the lines inside the string are counted
    assert (tokens[4].value, tokens[4].lineno, tokens[4].col) == ('x', 4, 0)


def test_triple_quoted_with_single_quotes():
    assert values("'''a'b''c'''") == ["a'b''c"]


def test_fstrings_are_fstring_tokens_with_their_text():
    assert toks("f'x{y}z' F\"{a!r:>{w}}\"") == [
        ('FSTRING', 'x{y}z'), ('FSTRING', '{a!r:>{w}}'), ('NEWLINE', ''), ('EOF', '')]


def test_fstring_escapes_decoded_unless_raw():
    assert values(r"f'{a}\n' rf'{a}\n' fR'\t'") == ['{a}\n', '{a}\\n', '\\t']


# --- operators --------------------------------------------------------------------------

def test_longest_operator_match():
    assert values('a**=b//=c->d!=e>>=f<<=g:=h@=i') == [
        'a', '**=', 'b', '//=', 'c', '->', 'd', '!=', 'e', '>>=', 'f', '<<=', 'g', ':=', 'h',
        '@=', 'i']


def test_operators_without_spaces():
    assert values('x**-y//z<=w>=v==u<<t>>s') == [
        'x', '**', '-', 'y', '//', 'z', '<=', 'w', '>=', 'v', '==', 'u', '<<', 't', '>>', 's']


def test_every_operator_alone():
    for operator in lexer.OPERATORS:
        if operator in '([{)]}':
            continue
        assert toks('a %s b' % operator)[1] == ('OP', operator)


def test_ellipsis_and_dots():
    assert values('... . x.y') == ['...', '.', 'x', '.', 'y']


def test_semicolon_colon_comma():
    assert values('a; b: c, d') == ['a', ';', 'b', ':', 'c', ',', 'd']


# --- NEWLINE, INDENT and DEDENT ------------------------------------------------------------

def test_newline_and_eof_without_trailing_newline():
    assert toks('x') == [('NAME', 'x'), ('NEWLINE', ''), ('EOF', '')]
    assert toks('x\n') == [('NAME', 'x'), ('NEWLINE', ''), ('EOF', '')]


def test_empty_and_comment_only_sources_have_only_eof():
    assert toks('') == [('EOF', '')]
    assert toks('\n\n   \n') == [('EOF', '')]
    assert toks('# just a comment\n  # another\n') == [('EOF', '')]


def test_comments_are_dropped():
    assert toks('x = 1  # set x\n') == [('NAME', 'x'), ('OP', '='), ('NUMBER', '1'),
                                        ('NEWLINE', ''), ('EOF', '')]


def test_indent_and_dedent():
    assert layout('if a:\n    b\nc\n') == \
        'if a : NEWLINE INDENT b NEWLINE DEDENT c NEWLINE EOF'


def test_nested_blocks_dedent_one_level_at_a_time():
    source = ('def f():\n'
              '    if a:\n'
              '        b\n'
              '    c\n'
              'd\n')
    assert layout(source) == (
        'def f ( ) : NEWLINE INDENT if a : NEWLINE INDENT b NEWLINE DEDENT c NEWLINE '
        'DEDENT d NEWLINE EOF')


def test_dedent_several_levels_at_once():
    source = ('class C:\n'
              '    def f(self):\n'
              '        while x:\n'
              '            y\n'
              'z\n')
    assert layout(source).endswith('y NEWLINE DEDENT DEDENT DEDENT z NEWLINE EOF')


def test_dedents_are_closed_at_end_of_input():
    assert layout('if a:\n    if b:\n        c') == \
        'if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT EOF'


def test_blank_lines_and_comments_do_not_affect_indentation():
    source = ('if a:\n'
              '    b\n'
              '\n'
              '# at column 0\n'
              '        # deeper\n'
              '    \n'
              '    c\n')
    assert layout(source) == 'if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF'


def test_dedent_token_positions():
    tokens = positions('if a:\n    b\n\n# c\nd\n')
    dedent = [t for t in tokens if t[0] == 'DEDENT']
    assert dedent == [('DEDENT', '', 5, 0)]


def test_tab_indentation():
    assert layout('if a:\n\tb\n\tc\n') == \
        'if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF'


def test_crlf_line_endings():
    assert layout('if a:\r\n    b\r\nc\r\n') == \
        'if a : NEWLINE INDENT b NEWLINE DEDENT c NEWLINE EOF'


def test_inconsistent_dedent_is_an_indentation_error():
    kind, msg, lineno, _ = lex_error('if a:\n        b\n    c\n')
    assert (kind, msg, lineno) == ('IndentationError',
                                   'unindent does not match any outer indentation level', 3)


def test_inconsistent_dedent_inside_nested_blocks():
    source = ('def f():\n'
              '    if x:\n'
              '        pass\n'
              '  return 1\n')
    kind, msg, lineno, _ = lex_error(source)
    assert (kind, msg, lineno) == ('IndentationError',
                                   'unindent does not match any outer indentation level', 4)


def test_tabs_and_spaces_that_compare_differently_are_a_tab_error():
    # the same column with tabs of width 8 but not with tabs of width 1 (as CPython)
    for source, lineno in [('if a:\n        b\n\tc\n', 3),
                           ('if a:\n    if b:\n\tc\n', 3),
                           ('if a:\n  \tb\n\t  c\n', 3),
                           ('if a:\n\tif b:\n\t\tc\n        d\n', 4)]:
        kind, msg, line, col = lex_error(source)
        assert (kind, msg, line, col) == \
            ('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0)


def test_tabs_and_spaces_consistent_at_both_widths():
    assert layout('def f():\n\tif a:\n\t        b\n        \tc\n') == \
        'def f ( ) : NEWLINE INDENT if a : NEWLINE INDENT b NEWLINE c NEWLINE ' \
        'DEDENT DEDENT EOF'


# --- line joining -----------------------------------------------------------------------

def test_implicit_line_joining_inside_brackets():
    source = ('x = (1,\n'
              '     2)\n'
              'y = [\n'
              '  3,\n'
              ']\n')
    assert layout(source) == 'x = ( 1 , 2 ) NEWLINE y = [ 3 , ] NEWLINE EOF'


def test_no_indent_tokens_inside_brackets():
    source = ('f(a,\n'
              '        b, {\n'
              '    1: 2},\n'
              '  c)\n')
    assert layout(source) == 'f ( a , b , { 1 : 2 } , c ) NEWLINE EOF'


def test_blank_lines_and_comments_inside_brackets():
    assert layout('x = [1,  # one\n\n    # nothing\n  2]\n') == \
        'x = [ 1 , 2 ] NEWLINE EOF'


def test_backslash_continuation():
    tokens = positions('x = 1 + \\\n        2\ny\n')
    assert tokens == [('NAME', 'x', 1, 0), ('OP', '=', 1, 2), ('NUMBER', '1', 1, 4),
                      ('OP', '+', 1, 6), ('NUMBER', '2', 2, 8), ('NEWLINE', '', 2, 9),
                      ('NAME', 'y', 3, 0), ('NEWLINE', '', 3, 1), ('EOF', '', 4, 0)]


def test_backslash_continuation_inside_a_block():
    assert layout('if a:\n    x = \\\n1\n    y\n') == \
        'if a : NEWLINE INDENT x = 1 NEWLINE y NEWLINE DEDENT EOF'


def test_unexpected_character_after_line_continuation():
    kind, msg, lineno, _ = lex_error('x = 1 \\ + 2\n')
    assert (kind, msg, lineno) == (
        'SyntaxError', 'unexpected character after line continuation character', 1)


def test_line_continuation_error_column():
    assert lex_error('x = 1\\ y\n')[3] == 6


# --- positions ------------------------------------------------------------------------

def test_token_positions_on_one_line():
    assert positions('foo(a, 12)') == [
        ('NAME', 'foo', 1, 0), ('OP', '(', 1, 3), ('NAME', 'a', 1, 4), ('OP', ',', 1, 5),
        ('NUMBER', '12', 1, 7), ('OP', ')', 1, 9), ('NEWLINE', '', 1, 10),
        ('EOF', '', 1, 10)]


def test_positions_across_lines_and_indentation():
    tokens = positions('def f():\n    return "s"  # c\n')
    assert tokens[5:] == [
        ('NEWLINE', '', 1, 8), ('INDENT', '', 2, 4), ('NAME', 'return', 2, 4),
        ('STRING', 's', 2, 11), ('NEWLINE', '', 2, 19), ('DEDENT', '', 3, 0),
        ('EOF', '', 3, 0)]


def test_string_token_position_is_its_prefix():
    assert positions("x = rb'q'")[2] == ('BYTES', 'q', 1, 4)


# --- errors -------------------------------------------------------------------------------

def test_unterminated_string():
    assert lex_error("x = 1\ny = 'abc\nz = 2\n") == (
        'SyntaxError', 'unterminated string literal (detected at line 2)', 2, 4)


def test_unterminated_string_at_end_of_input():
    assert lex_error('s = "abc') == (
        'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 4)


def test_unterminated_triple_quoted_string_without_final_newline():
    assert lex_error("x = '''abc\ndef") == (
        'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)',
        1, 4)


def test_unterminated_triple_quoted_string_detected_line():
    assert lex_error("x = '''abc\ndef\n")[1] == \
        'unterminated triple-quoted string literal (detected at line 2)'


@pytest.mark.parametrize('source, col', [('x = 1 $ 2', 6), ('a ? b', 2), ('a ! b', 2),
                                         ('`x`', 0)])
def test_bad_ascii_characters_are_invalid_syntax(source, col):
    assert lex_error(source) == ('SyntaxError', 'invalid syntax', 1, col)


def test_non_printable_character():
    assert lex_error('x = \x01\n')[1] == 'invalid non-printable character U+0001'


def test_unmatched_closing_bracket():
    assert lex_error('x = 1\nprint(1))\n') == ('SyntaxError', "unmatched ')'", 2, 8)


def test_mismatched_closing_bracket():
    assert lex_error('x = (1]') == (
        'SyntaxError',
        "closing parenthesis ']' does not match opening parenthesis '('", 1, 6)


def test_mismatched_closing_bracket_on_another_line():
    assert lex_error('x = [1,\n2)\n')[1] == \
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1"


def test_bracket_never_closed_points_at_the_opener():
    assert lex_error('x = 1\ny = {1: [2,\n\n') == ('SyntaxError', "'[' was never closed",
                                                   2, 8)


def test_truncated_hex_escape():
    kind, msg, lineno, _ = lex_error("s = '\\x4'\n")
    assert (kind, msg, lineno) == ('SyntaxError', "(unicode error) 'unicodeescape' codec "
                                   "can't decode bytes in position 0-2: truncated \\xXX "
                                   "escape", 1)


def test_bytes_literals_are_bytes_tokens_with_byte_escapes():
    assert toks(r"b'a\xff\n\101\u00e9' rb'\x' Br'q'") == [
        ('BYTES', 'a\xff\nA\\u00e9'), ('BYTES', '\\x'), ('BYTES', 'q'),
        ('NEWLINE', ''), ('EOF', '')]


@pytest.mark.parametrize('source', ["x = b'\xc3\xa9'\n", "x = b'\\\xc3\xa9'\n",
                                    "x = rb'\\\xc3\xa9'\n"])
def test_non_ascii_in_a_bytes_literal_is_a_syntax_error(source):
    with pytest.raises(CompileError) as excinfo:
        tokenize(source)
    assert (excinfo.value.msg, excinfo.value.col) == (
        'bytes can only contain ASCII literal characters', 4)
