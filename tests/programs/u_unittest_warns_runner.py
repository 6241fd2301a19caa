# unittest: assertWarns/assertWarnsRegex (context manager and callable, .warning), the
# runner's reports at verbosity 0/1/2 (subtests, nested subtests, skips, expected
# failures, unexpected successes, failing cleanups), setUpModule/tearDownModule,
# setUpClass errors and skips, class cleanups, as CPython 3.11 prints them
import io
import sys
import unittest
import warnings

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


def deprecated(x):
    warnings.warn('old api', DeprecationWarning)
    return x * 2


class W(unittest.TestCase):
    def test_ctx(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('careful')
        self.assertEqual(str(cm.warning), 'careful')
        self.assertIsInstance(cm.warning, UserWarning)
        with self.assertWarns(DeprecationWarning):
            deprecated(1)

    def test_callable(self):
        self.assertWarns(DeprecationWarning, deprecated, 2)
        with self.assertWarnsRegex(UserWarning, r'car\w+') as cm:
            warnings.warn('careful')
            warnings.warn('other', RuntimeWarning)
        self.assertEqual(cm.warning.args, ('careful',))

    def test_tuple(self):
        with self.assertWarns((RuntimeWarning, UserWarning)):
            warnings.warn('x', RuntimeWarning)

    def test_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass

    def test_not_triggered_callable(self):
        self.assertWarns(UserWarning, len, 'abc')

    def test_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, 'xyz'):
            warnings.warn('abc')

    def test_wrong_category(self):
        with self.assertWarns(DeprecationWarning, msg='need deprecation'):
            warnings.warn('abc', UserWarning)

    def test_bad_arg(self):
        try:
            self.assertWarns(ValueError, len, 'abc')
        except TypeError as e:
            self.assertEqual(str(e), 'assertWarns() arg 1 must be a warning type or '
                             'tuple of warning types')

    def test_exception_passes(self):
        with self.assertWarns(UserWarning):
            raise KeyError('k')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_a(self):
        """First line of doc.

        More."""
        self.assertEqual([1, 2], [1, 3])

    def test_b(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)
        with self.subTest('msg', a=1):
            with self.subTest(b=2):
                raise ValueError('inner')
        with self.subTest():
            self.skipTest('sub skip')

    @unittest.expectedFailure
    def test_c(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_d(self):
        pass

    @unittest.skipUnless(False, 'never')
    def test_e(self):
        pass

    def test_f(self):
        self.skipTest('inside')

    def test_g(self):
        self.addCleanup(self.fail, 'cleanup fails')

    @unittest.expectedFailure
    def test_h(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class')

    def test_x(self):
        pass


class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('class skipped')

    def test_y(self):
        pass


def run(verbosity, *classes):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in stream.getvalue().split('\n'):
        if line.startswith('Ran '):
            line = line[:line.index(' in ')] + ' in (time)'
        print(line)
    print(result, result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())


run(2, W)
run(1, Fixtures, BadClass, SkipClass)
run(2, Fixtures, BadClass, SkipClass)
run(0, W)
print(log)
run(1)
