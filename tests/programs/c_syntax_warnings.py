# CPython 3.11's compile-time SyntaxWarnings on stderr: "is" with a literal, a literal called or subscripted ("perhaps you missed a comma?")
x = 1
print(x is 1, x is not 'a', x is None, x is ..., x is True, x is -1, x is (), x is (1, 2), x is b'', 1 is x)
def f(y):
    if y is 1.5:
        return 'one'
    return y is not 2j
print(f(2))
def g():
    try: None()
    except TypeError as e: print(e)
    try: (1, 2)(3)
    except TypeError as e: print(e)
    try: [1][('a')]
    except TypeError as e: print(e)
    try: 5[0]
    except TypeError as e: print(e)
    try: "abc"[1.5]
    except TypeError as e: print(e)
    try: [i for i in 'x']['k']
    except TypeError as e: print(e)
    try: {1}[0]
    except TypeError as e: print(e)
    try: f"x"()
    except TypeError as e: print(e)
    print("abc"[1], [1, 2][0:1], (1, 2)[True], "s"[x])
g()
while x == 0:
    pass
exec("print(3 is 3)")
