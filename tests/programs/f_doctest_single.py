# doctest runs each example in "single" mode: echoes inside compound statements, _
def f():
    """
    >>> for i in range(2): i
    0
    1
    >>> 6 * 7
    42
    >>> _ + 1
    43
    >>> x = 3; x
    3
    >>> if x:
    ...     'yes'
    'yes'
    >>> None
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    >>> [1,
    ...  2]
    [1, 2]
    """

import doctest
print(doctest.testmod())
