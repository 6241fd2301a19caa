# textwrap: wrap/fill with widths and indents, long words (broken, at hyphens, kept),
# hyphenated words and em-dashes, tabs (expand_tabs, tabsize), replace_whitespace,
# drop_whitespace, fix_sentence_endings, break_on_hyphens, max_lines/placeholder,
# shorten, dedent, indent (with a predicate), TextWrapper reuse and the ValueErrors
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog.  Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump? A well-known, state-of-the-art "
        "e-mail re-write--with em-dashes--and a supercalifragilisticexpialidocious word; "
        "numbers 3-4 and x-ray, 'quoted.' \"Done.\"")

for width in (1, 5, 10, 17, 30, 50, 70, 200):
    print(width, wrap(text, width))
print(fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(fill(text, 30, break_long_words=False))
print(fill(text, 12, break_on_hyphens=False))
print(wrap(text, 25, drop_whitespace=False))
print(wrap(text, 33, fix_sentence_endings=True))
print(wrap("Mr. Smith went home. He said \"hi.\" Then left!  ok", 20,
           fix_sentence_endings=True))
for n in (1, 2, 3):
    print(n, wrap(text, 30, max_lines=n))
    print(n, wrap(text, 30, max_lines=n, placeholder='...'))
print(wrap('Hello  world how are you', 11, max_lines=2, placeholder=' ~'))

tabbed = "a\tbb\tccc\tdddd\teeeee\n\tline\r\ntwo\x0bthree\x0cfour"
print(wrap(tabbed, 20))
print(wrap(tabbed, 20, tabsize=4))
print(wrap(tabbed, 20, expand_tabs=False))
print(wrap(tabbed, 20, replace_whitespace=False))
print(wrap(tabbed, 20, expand_tabs=False, replace_whitespace=False, drop_whitespace=False))
print(wrap('', 10), wrap('   ', 10), wrap('   ', 10, drop_whitespace=False))
print(wrap('  leading and trailing  ', 10))
print(wrap('aaaa-bbbb-cccc-dddd-eeee', 7))
print(wrap('----------', 4), wrap('a---------', 4))
print(wrap('pre-- post--word and ab--cd, 12--ab', 6))
print(wrap('x' * 25, 10, initial_indent='>>> ', subsequent_indent='... '))

w = TextWrapper(width=15, initial_indent='- ')
print(w.wrap('first call of a reused wrapper'))
w.width = 25
print(w.fill('second call with a wider width now'))
print(w.width, w.initial_indent == '- ', w.max_lines, repr(w.placeholder))

for width in (5, 10, 11, 15, 20, 40, 100):
    print(width, repr(shorten("Hello  world!  How   are\tyou today?", width)))
print(repr(shorten('Hello world!', 11, placeholder='...')))
print(repr(shorten('supercalifragilistic', 10)))

print(repr(dedent('''\
    def f():
        return 1

    # done
''')))
print(repr(dedent('  a\n\tb\n')))
print(repr(dedent('   \n  x\n    y\n  \n')))
print(repr(dedent('\t\tx\n\t  y\n')))
print(repr(dedent('no indent\n  some')))
print(repr(dedent('')))
print(repr(indent('one\ntwo\n\nthree\r\nfour', '> ')))
print(repr(indent('one\n  \ntwo\n', '+', lambda line: True)))
print(repr(indent('a\nb', '# ', lambda line: 'b' in line)))

for bad in (dict(width=0), dict(width=-1), dict(width=5, max_lines=1, placeholder='  [.......]')):
    try:
        wrap(text, **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    wrap(text, 10, bogus=1)
except TypeError as e:
    print('TypeError')
