# a SyntaxError (missing colon) stops the program before anything runs: nothing on stdout
print('never printed')
def f(x)
    return x
