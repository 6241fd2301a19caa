# unittest: TestCase with setUp/tearDown/setUpClass/cleanups, the assert methods and their
# messages, assertRaises (context and callable), subTest, skips, expected failures,
# TestLoader/TestSuite/TextTestRunner at verbosity 1 and 2, and main(exit=False)
import io
import unittest

log = []


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.x = 2
        self.addCleanup(log.append, 'cleanup')

    def test_add(self):
        """Adding works."""
        self.assertEqual(self.x + 2, 4)
        self.assertTrue(self.x)
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(self.x, int)
        self.assertGreater(3, self.x)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(KeyError, {}.__getitem__, 'k')

    def test_fail(self):
        self.assertEqual(1, 3, 'ints differ')

    def test_error(self):
        raise ValueError('boom')

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)


@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Messages(unittest.TestCase):
    def runTest(self):
        pass


def messages():
    t = Messages()
    checks = [lambda: t.assertEqual(1, 2), lambda: t.assertNotEqual(1, 1),
              lambda: t.assertTrue(0), lambda: t.assertFalse([1]),
              lambda: t.assertIs(1, None), lambda: t.assertIsNot(None, None),
              lambda: t.assertIsNone(3), lambda: t.assertIsNotNone(None),
              lambda: t.assertIn(3, [1]), lambda: t.assertNotIn(1, [1]),
              lambda: t.assertIsInstance(1, str), lambda: t.assertGreater(1, 2),
              lambda: t.assertLessEqual(3, 2), lambda: t.assertAlmostEqual(1.0, 1.1),
              lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
              lambda: t.assertRaises(ValueError, int, '3'),
              lambda: t.assertEqual(1, 'b', msg='custom'), lambda: t.fail('failed')]
    for check in checks:
        try:
            check()
        except AssertionError as e:
            print('AssertionError:', e)


def run(verbosity):
    stream = io.StringIO()
    import __main__
    suite = unittest.TestLoader().loadTestsFromModule(__main__)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in stream.getvalue().split('\n'):
        if line.startswith('Ran '):
            line = line[:line.index(' in ')] + ' in (time)'
        print(line)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())


messages()
run(1)
run(2)
print(log)
print(Arith('test_add').id(), str(Arith('test_add')), Arith('test_add').shortDescription())
