# BaseException.add_note (3.11): __notes__, the TypeError for a note that is not a str,
# and the notes printed after the message of an uncaught exception
e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note('while looking up k')
        raise
except KeyError as k2:
    print(k2.__notes__)
raise e
