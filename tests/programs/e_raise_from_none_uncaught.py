# `raise ... from None` hides the context: the uncaught report shows only the new exception
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise ValueError('unknown key %r' % key) from None
try:
    lookup({}, 'a')
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    {}['b']
except KeyError as e:
    print(e.__suppress_context__, e.__cause__)
err = ValueError('x')
err.__cause__ = KeyError('c')
print(err.__suppress_context__, repr(err.__cause__))
err.args = ('changed', 2)
print(err, repr(err), err.args)
lookup({'a': 1}, 'z')
