# unittest: the assertion messages of CPython 3.11 -- assertSequenceEqual without seq_type
# comparing elementwise, the type-specific assertEqual (lists, tuples, dicts, sets,
# multi-line strings) with their difflib diffs, assertCountEqual's counts, long reprs
# shortened, maxDiff truncation, longMessage, assertRaises/assertAlmostEqual/... messages
import unittest

class M(unittest.TestCase):
    def runTest(self):
        pass

t = M()
checks = [
    lambda: t.assertSequenceEqual([1, 2], (1, 2)),
    lambda: t.assertSequenceEqual([1, 2], (1, 3)),
    lambda: t.assertListEqual([1, 2], (1, 2)),
    lambda: t.assertTupleEqual((1, 2), [1, 2]),
    lambda: t.assertEqual([1, 2], [1, 3]),
    lambda: t.assertEqual((1, 2, 3), (1, 2)),
    lambda: t.assertEqual([1], [1, 2, 3]),
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual({1, 2, 3}, {2, 3, 4}),
    lambda: t.assertEqual(frozenset([1]), frozenset()),
    lambda: t.assertEqual('abc\ndef\n', 'abc\ndxf\n'),
    lambda: t.assertEqual('hello', 'help'),
    lambda: t.assertEqual('x' * 100, 'x' * 99 + 'y'),
    lambda: t.assertEqual(list(range(100)), list(range(99)) + [7]),
    lambda: t.assertEqual(list(range(300)), list(range(299)) + [7]),
    lambda: t.assertEqual([1, 2], [1, 3], 'mine'),
    lambda: t.assertCountEqual([1, 2, 3], [1, 2, 2]),
    lambda: t.assertCountEqual([[1], [2]], [[1], [3], [3]]),
    lambda: t.assertCountEqual('abc', 'abd', msg='letters'),
    lambda: t.assertDictEqual({'a': 1}, [1]),
    lambda: t.assertMultiLineEqual('a', 1),
    lambda: t.assertSetEqual({1}, [1]),
    lambda: t.assertSetEqual([1], {1}),
    lambda: t.assertAlmostEqual(1.0, 1.1, places=3),
    lambda: t.assertAlmostEqual(1.0, 1.1, 3, 'near', 0.01),
    lambda: t.assertNotAlmostEqual(1.0, 1.0 + 1e-9),
    lambda: t.assertNotAlmostEqual(1.0, 1.05, delta=0.1),
    lambda: t.assertIn('z', 'abc'), lambda: t.assertNotIn(1, {1: 2}),
    lambda: t.assertIs([], None), lambda: t.assertIsNot(t, t),
    lambda: t.assertIsNone(0), lambda: t.assertIsNotNone(None, 'x'),
    lambda: t.assertIsInstance(1, (str, bytes)), lambda: t.assertNotIsInstance(1, int),
    lambda: t.fail(), lambda: t.fail('boom'),
    lambda: t.assertRegex('abc', 'x+'), lambda: t.assertNotRegex('abc', 'b'),
    lambda: t.assertRaises(ValueError, int, '3'),
    lambda: t.assertRaises(KeyError, dict.get, {}, 1),
    lambda: t.assertRaisesRegex(ValueError, 'foo', int, 'x'),
    lambda: t.assertRaises(3),
    lambda: t.assertRaises(ValueError, bogus=1),
    lambda: t.assertGreater(1, 2, 'g'), lambda: t.assertLess(2, 1),
    lambda: t.assertTrue('', 'not true'), lambda: t.assertFalse(5),
    lambda: t.assertDictContainsSubset({'a': 1, 'b': 2}, {'a': 2}),
    lambda: t.assertEqual(1, 1.5),
    lambda: t.assertNotEqual([1], [1]),
    lambda: t.assertEqual([1, [2, 3]], [1, [2, 4]]),
    lambda: t.assertEqual(('a' * 50, 'b'), ('a' * 50, 'c')),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, 'passed')
    except AssertionError as e:
        print(i, 'AssertionError:', e)
    except TypeError as e:
        print(i, 'TypeError:', e)

t.longMessage = False
for check in [lambda: t.assertEqual(1, 2, 'short'), lambda: t.assertEqual(1, 2),
              lambda: t.assertIn(1, [], 'only')]:
    try:
        check()
    except AssertionError as e:
        print('AssertionError:', e)
t.longMessage = True
t.maxDiff = None
try:
    t.assertEqual(list(range(300)), list(range(299)) + [7])
except AssertionError as e:
    print(str(e)[-200:])
t.maxDiff = 10
try:
    t.assertEqual('a\nb\n', 'a\nc\n')
except AssertionError as e:
    print(e)
