# difflib: SequenceMatcher (longest matches, matching blocks, opcodes, grouped opcodes,
# ratios, isjunk, autojunk/popular elements), get_close_matches, ndiff with '?' hint
# lines, Differ, restore, unified_diff, context_diff, diff_bytes and the junk predicates
import difflib
from difflib import SequenceMatcher

pairs = [('abcd', 'bcde'), ('', ''), ('', 'abc'), ('abc', ''), ('abxcd', 'abcd'),
         ('qabxcd', 'abycdf'), ('private Thread currentThread;',
                                'private volatile Thread currentThread;'),
         (' abcd', 'abcd abcd'), ('the quick brown fox', 'the quack brown fix'),
         ([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]), ('aaaabbbb', 'bbbbaaaa'),
         ('hello world', 'hallo wereld'), (tuple('abcabc'), tuple('cbacba'))]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.find_longest_match(), s.get_matching_blocks())
    print(s.get_opcodes(), round(s.ratio(), 6), round(s.quick_ratio(), 6),
          round(s.real_quick_ratio(), 6))
    print(list(s.get_grouped_opcodes(1)), s.get_opcodes())
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                    'private volatile Thread currentThread;')
print(s.get_matching_blocks(), round(s.ratio(), 6), s.bjunk)
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(1, 3, 2, 9))
s = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(alo=2, bhi=6))
# autojunk: 'x' is popular in a b of 200+ elements
a = 'x' * 150 + 'abc' + 'x' * 60
b = 'x' * 100 + 'abc' + 'x' * 100 + 'y'
s = SequenceMatcher(None, a, b)
print(s.bpopular, s.get_matching_blocks(), round(s.ratio(), 6))
s = SequenceMatcher(None, a, b, autojunk=False)
print(s.bpopular, s.get_matching_blocks()[:3], round(s.ratio(), 6))
s = SequenceMatcher(None, 'abc', 'xbx')
s.set_seq1('xbc')
print(s.ratio(), s.a, s.b, sorted(s.b2j.items()))
s.set_seq2('xyz')
print(s.ratio(), s.get_opcodes())
s.set_seqs('kitten', 'sitting')
print(s.get_opcodes(), s.get_matching_blocks()[0].size, SequenceMatcher[str])
lines_a = ['line %d\n' % i for i in range(30)]
lines_b = lines_a[:]
lines_b[3] = 'changed 3\n'
del lines_b[10:12]
lines_b.insert(20, 'new line\n')
lines_b[-1] = 'last changed\n'
s = SequenceMatcher(None, lines_a, lines_b)
print([g for g in s.get_grouped_opcodes()])
print([g for g in SequenceMatcher(None, 'ab', 'ab').get_grouped_opcodes()],
      list(SequenceMatcher(None, '', '').get_grouped_opcodes()))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheal', 'heel', 'whale', 'wheels'], n=2))
print(difflib.get_close_matches('accept', ['except', 'accent', 'access', 'accepted'], 5, 0.3))
for n, cutoff in [(0, 0.5), (1, 1.5), (1, -0.1)]:
    try:
        difflib.get_close_matches('x', ['y'], n, cutoff)
    except ValueError as e:
        print(e)

one = 'one\ntwo\nthree\nfour\nfive\n'.splitlines(keepends=True)
two = 'ore\ntree\nemu\nfour\nfive!\n'.splitlines(keepends=True)
diff = list(difflib.ndiff(one, two))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['\tabc d\n', 'same\n', 'x\n'], ['\tabd cd\n', 'same\n', 'y\n'])), end='')
print(list(difflib.ndiff(['a', 'b', 'c'], ['c', 'b', 'a'])))
print(list(difflib.ndiff(['abcdefgh', 'x'], ['x', 'abcdefgi', 'zzz'])))
print(list(difflib.ndiff(['#\n', '\n', 'code\n'], ['code\n', '  # \n'], linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
    ['a b c d e\n', 'x'], ['a  b c d E\n'])))

print(''.join(difflib.unified_diff(lines_a, lines_b, 'a.txt', 'b.txt', '2020-01-01', 'now')), end='')
print(''.join(difflib.context_diff(lines_a, lines_b, 'a.txt', 'b.txt')), end='')
print(list(difflib.unified_diff(['a', 'b', 'c'], ['a', 'x', 'c', 'd'], n=0, lineterm='')))
print(list(difflib.context_diff(['a', 'b', 'c'], ['a', 'x', 'c', 'd'], n=0, lineterm='')))
print(list(difflib.unified_diff([], ['new'], lineterm='')),
      list(difflib.context_diff(['old'], [], lineterm='')),
      list(difflib.unified_diff(['same'], ['same'])))
print(list(difflib.context_diff(['a\n', 'b\n'], ['a\n', 'b\n', 'c\n'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\xff\n'], [b'a\n', b'c\n'],
                              b'f1', b'f2')))
for args in [([1], ['a']), (['a'], [b'b']), (['a'], ['b'], 1)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_LINE_JUNK('##\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'),
      difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), difflib.Match._fields)
