# An uncaught SyntaxError from exec: CPython shows where in the string it is.
print('before')
exec('if 1:\n    x = = 2')
print('not reached')
