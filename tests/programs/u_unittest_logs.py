# unittest: assertLogs/assertNoLogs (output, records, failures), assertRaisesRegex as a
# context manager (.exception), FunctionTestCase, TestCase.run() without a result,
# main(argv=..., exit=False) with a test name
import io, logging, unittest

class L(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
        print(cm.output, len(cm.records), cm.records[0].getMessage())
        with self.assertNoLogs('foo', level='ERROR'):
            logging.getLogger('foo').info('fine')

    def test_logs_fail(self):
        try:
            with self.assertLogs('quiet'):
                pass
        except AssertionError as e:
            print('AssertionError:', e)
        try:
            with self.assertNoLogs('loud'):
                logging.getLogger('loud').warning('oops')
        except AssertionError as e:
            print('AssertionError:', e)
        self.fail('logs')

    def test_raises_ctx(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal') as cm:
            int('z')
        print(type(cm.exception).__name__, cm.exception.args)
        with self.assertRaises(ZeroDivisionError, msg='div'):
            pass


def ft():
    """Function test."""
    assert 1 == 1


def run(*tests):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite(tests))
    for line in stream.getvalue().split('\n'):
        if line.startswith('Ran '):
            line = 'Ran (time)'
        print(line)
    return result

loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(L), unittest.FunctionTestCase(ft))
r = L('test_logs_fail').run()
print(r, r.failures[0][1].splitlines()[-1])
print(loader.getTestCaseNames(L), L('test_logs').id(), repr(L('test_logs')))
print(unittest.TestSuite([L('test_logs')]).countTestCases())
prog = unittest.main(argv=['prog', 'L.test_raises_ctx'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result)
