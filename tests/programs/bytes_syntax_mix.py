# a bytes literal next to a str literal: a SyntaxError, raised before anything runs
print('never printed')
data = (b'abc'
        'def')
