"""Every expected failure in the test suite is strict and names the exception it
expects: an xfail without raises= would count a crash of the tested code (any
exception) as the expected failure, and a non-strict one would let a fix go unnoticed."""

import ast
import os

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _test_modules():
    for folder, _, names in os.walk(TESTS):
        for name in sorted(names):
            if name.startswith('test_') and name.endswith('.py'):
                yield os.path.join(folder, name)


def is_xfail(node):
    return isinstance(node, ast.Attribute) and node.attr == 'xfail'


def xfail_problems(source, filename='<test>'):
    """['file:line: problem'] for every xfail mark in source that is not a call with
    strict=True and raises=..."""
    tree = ast.parse(source, filename)
    problems = []
    calls = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and is_xfail(node.func):
            calls.add(id(node.func))
            keywords = dict((k.arg, k.value) for k in node.keywords)
            strict = keywords.get('strict')
            if not (strict is not None and getattr(strict, 'id', None) == 'True' or
                    getattr(strict, 'value', None) is True):
                problems.append('%s:%d: xfail without strict=True'
                                % (filename, node.lineno))
            if 'raises' not in keywords:
                problems.append('%s:%d: xfail without raises=' % (filename, node.lineno))
    for node in ast.walk(tree):
        if is_xfail(node) and id(node) not in calls:
            problems.append('%s:%d: bare xfail mark (no strict=True, no raises=)'
                            % (filename, node.lineno))
    return problems


def test_every_xfail_is_strict_and_names_its_exception():
    problems = []
    count = 0
    for path in _test_modules():
        with open(path) as f:
            source = f.read()
        count += source.count('xfail(')
        problems += xfail_problems(source, os.path.relpath(path, TESTS))
    assert count >= 8       # the scan found the files (11 known differences left: lexer, parser, ...)
    assert not problems, '\n'.join(problems)


def test_the_check_finds_what_it_must():
    good = ('import pytest\n@pytest.mark.xfail(strict=True, raises=AssertionError, '
            'reason="r")\ndef test_a(): pass\n')
    assert xfail_problems(good) == []
    assert xfail_problems(good.replace(' raises=AssertionError,', '')) == [
        '<test>:2: xfail without raises=']
    assert xfail_problems(good.replace('strict=True', 'strict=False')) == [
        '<test>:2: xfail without strict=True']
    assert xfail_problems('import pytest\n@pytest.mark.xfail\ndef test_a(): pass\n') == [
        '<test>:2: bare xfail mark (no strict=True, no raises=)']
