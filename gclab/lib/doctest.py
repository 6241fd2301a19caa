# gclab's doctest, written for gclab after CPython 3.11's interface: testmod() and
# run_docstring_examples() find the ">>>" examples in the docstrings of a module (its
# own functions, classes, their methods, static and class methods and properties, and
# __test__), run each in a copy of the module's globals and compare what it printed (or
# the exception it raised) with the expected text, reporting as CPython's does.
# What differs from CPython:
# - "Exception raised:" shows gclab's traceback of the example only (CPython's also has
#   a frame inside doctest.py);
# - no DocTestSuite/DocFileSuite/testfile, no debugger support, no REPORT_UDIFF/NDIFF/
#   CDIFF diffs (the plain Expected/Got report instead).

import sys
import re
import io
import traceback
from collections import namedtuple

__all__ = ['testmod', 'run_docstring_examples', 'DocTestParser', 'DocTestRunner',
           'DocTestFinder', 'DocTest', 'Example', 'OutputChecker', 'TestResults',
           'register_optionflag', 'OPTIONFLAGS_BY_NAME', 'ELLIPSIS', 'NORMALIZE_WHITESPACE',
           'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'SKIP', 'FAIL_FAST', 'REPORT_ONLY_FIRST_FAILURE', 'REPORT_UDIFF', 'REPORT_CDIFF',
           'REPORT_NDIFF', 'BLANKLINE_MARKER', 'ELLIPSIS_MARKER']

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_PROMPT_RE = re.compile(r'^([ ]*)>>>( ?)(.*)$')
_OPTION_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$')


def _indent(s, indent=4):
    return re.sub('(?m)^(?!$)', indent * ' ', s)


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __repr__(self):
        return '<Example source=%r want=%r>' % (self.source, self.want)


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, examples)

    def __lt__(self, other):
        return ((self.name, self.filename, self.lineno if self.lineno is not None else -1,
                 id(self)) <
                (other.name, other.filename,
                 other.lineno if other.lineno is not None else -1, id(other)))


class DocTestParser:
    def parse(self, string, name='<string>'):
        """The docstring as a list of text pieces and Examples."""
        string = string.expandtabs()
        lines = string.split('\n')
        out = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            m = _PROMPT_RE.match(lines[i])
            if m is None:
                text.append(lines[i])
                i += 1
                continue
            indent = len(m.group(1))
            lineno = i
            source_lines = [m.group(3)]
            self._check_prompt_blank(lines[i], indent, name, lineno)
            i += 1
            while i < n and lines[i][indent:indent + 3] == '...' and \
                    lines[i][:indent].strip() == '':
                line = lines[i]
                if len(line) > indent + 3 and line[indent + 3] != ' ':
                    raise ValueError('line %r of the docstring for %s lacks blank after '
                                     '...: %r' % (i + 1, name, line))
                source_lines.append(line[indent + 4:])
                i += 1
            want_lines = []
            while i < n and lines[i].strip() != '' and \
                    _PROMPT_RE.match(lines[i]) is None:
                line = lines[i]
                if line[:indent].strip() != '':
                    raise ValueError('line %r of the docstring for %s has inconsistent '
                                     'leading whitespace: %r' % (i + 1, name, line))
                want_lines.append(line[indent:])
                i += 1
            if text:
                out.append('\n'.join(text) + '\n')
                text = []
            source = '\n'.join(source_lines)
            want = '\n'.join(want_lines)
            if want_lines:
                want += '\n'
            exc_msg = self._exception_message(want_lines)
            options = self._find_options(source, name, lineno + 1)
            if source.strip() == '' and not options:
                continue
            out.append(Example(source, want, exc_msg, lineno=lineno, indent=indent,
                               options=options))
        if text:
            out.append('\n'.join(text))
        return out

    def _check_prompt_blank(self, line, indent, name, lineno):
        if len(line) > indent + 3 and line[indent + 3] != ' ':
            raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                             % (lineno + 1, name, line[indent:indent + 3], line))

    def _exception_message(self, want_lines):
        if not want_lines:
            return None
        first = want_lines[0]
        if not (first.startswith('Traceback (most recent call last):') or
                first.startswith('Traceback (innermost last):')):
            return None
        k = 1
        while k < len(want_lines) and (want_lines[k][:1] in (' ', '\t') or
                                       want_lines[k].strip() == '...'):
            k += 1
        return '\n'.join(want_lines[k:]) + '\n'

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            m = _OPTION_RE.search(line)
            if m is None:
                continue
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: '
                                     '%r' % (lineno, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno,
                       string)


def _module_source_lines(module):
    filename = getattr(module, '__file__', None)
    if not filename:
        return None, None
    try:
        with open(filename) as f:
            return filename, f.read().split('\n')
    except (OSError, UnicodeError):
        return filename, None


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError('DocTestFinder.find: name must be given when obj.__name__ '
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            if type(obj).__name__ == 'module':
                module = obj
            else:
                module = sys.modules.get(getattr(obj, '__module__', None))
        filename, source_lines = (None, None)
        if module is not None:
            filename, source_lines = _module_source_lines(module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if hasattr(obj, '__globals__') and hasattr(obj, '__code__'):
            # (CPython: module.__dict__ is obj.__globals__; gclab makes a new dict
            # object for each __dict__/__globals__ of a module)
            return module.__name__ == obj.__module__
        if isinstance(obj, type):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        raise ValueError('object must be a class or function')

    def _is_routine(self, obj):
        return callable(obj) and not isinstance(obj, type) and (
            hasattr(obj, '__code__') or type(obj).__name__ in
            ('builtin_function_or_method', 'method'))

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        is_module = type(obj).__name__ == 'module'
        if is_module and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if (self._is_routine(val) or isinstance(val, type)) and \
                        self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen,
                               filename)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: '
                                     '%r' % (type(valname),))
                if not (isinstance(val, str) or self._is_routine(val) or
                        isinstance(val, type) or type(val).__name__ == 'module'):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                     'functions, methods, classes, or modules: %r'
                                     % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (self._is_routine(val) or isinstance(val, type) or
                        isinstance(val, property)) and self._from_module(module, val):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen,
                               filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ if obj.__doc__ is not None else ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
            if isinstance(obj, type) and docstring and \
                    any(docstring is getattr(b, '__doc__', None) for b in obj.__mro__[1:]):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if type(obj).__name__ == 'module':
            lineno = 0
        if isinstance(obj, type) and source_lines is not None:
            pat = re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__qualname__',
                                                           obj.__name__).split('.')[-1])
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if hasattr(obj, '__func__'):
            obj = obj.__func__
        if hasattr(obj, '__code__'):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for k in range(lineno, len(source_lines)):
                if pat.match(source_lines[k]):
                    return k
        return None


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ('True\n', '1\n') or (got, want) == ('False\n', '0\n'):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want:
            result = 'Expected:\n' + _indent(want)
        else:
            result = 'Expected nothing\n'
        if got:
            result += 'Got:\n' + _indent(got)
        else:
            result += 'Got nothing\n'
        return result


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


class DocTestRunner:
    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                    _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        if out is None:
            out = sys.stdout.write
        failures = tries = skips = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                skips += 1
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            exception = None
            saved = sys.stdout
            capture = io.StringIO()
            sys.stdout = capture
            try:
                _run_example(example.source, filename, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, e.__traceback__)
            finally:
                sys.stdout = saved
            got = capture.getvalue()
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = traceback.format_exception_only(exception[0], exception[1])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries, skips)
        if clear_globs:
            test.globs.clear()
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t, skips):
        f2, t2, s2 = self._name2ft.get(test.name, (0, 0, 0))
        self._name2ft[test.name] = (f + f2, t + t2, skips + s2)
        self.failures += f
        self.tries += t
        self.skips += skips

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t, s) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                notests.sort()
                for thing in notests:
                    print('   ', thing)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for thing, count in passed:
                    print(' %3d tests in %s' % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for thing, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, thing))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)


def _run_example(source, filename, globs):
    """Runs one example as the interactive interpreter does: compiled in 'single'
    mode, so the value of an expression statement (unless None) goes to
    sys.displayhook, which prints its repr() and binds builtins._."""
    exec(compile(source, filename, 'single'), globs)


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(exc_info[0], exc_info[1], exc_info[2]))


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if type(m).__name__ != 'module':
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, module=m, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    master = runner
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, module=False, globs=globs):
        runner.run(test)
