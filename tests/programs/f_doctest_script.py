"""A small script with doctests, run by doctest.testmod() as such scripts end.

>>> square(4)
16
>>> [square(i) for i in range(3)]
[0, 1, 4]
"""
import doctest
import sys


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return x * x


def divide(a, b):
    """Divide, with the error as doctest expects it.

    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide('a', 1)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: something else
    """
    return a / b


def wrong(n):
    '''A failing example, reported on stdout.

    >>> wrong(2)
    5
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> wrong(3)
    Traceback (most recent call last):
    ValueError: no
    >>> x = 10
    >>> x + wrong(1)
    11
    '''
    return n + 1


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.items
    [1, 2]
    >>> len(s.items) == 2
    True
    """

    def __init__(self):
        self.items = []

    def push(self, v):
        """Push.

        >>> st = Stack(); st.push('x'); st.items
        ['x']
        """
        self.items.append(v)

    @staticmethod
    def kind():
        """
        >>> Stack.kind()
        'stack'
        """
        return 'stack'

    @property
    def top(self):
        """
        >>> st = Stack()
        >>> st.push(7)
        >>> st.top
        7
        """
        return self.items[-1]


def loose():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1 == 1
    1
    >>> print('skipped')  # doctest: +SKIP
    nothing
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """


def no_examples():
    "Just words."


__test__ = {'extra': """
>>> square(5) + 1
26
"""}

if __name__ == '__main__':
    result = doctest.testmod()
    print(result, result.failed, result.attempted)
    print(doctest.testmod(verbose=True, report=True).attempted)
    doctest.run_docstring_examples(square, {'square': square}, verbose=False, name='sq')
    parser = doctest.DocTestParser()
    ex = parser.get_examples(">>> 1 + 1\n2\n>>> x = 3\n")
    print([(e.source, e.want, e.lineno) for e in ex])
    print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.OPTIONFLAGS_BY_NAME['SKIP'])
    sys.exit(1 if result.failed else 0)
