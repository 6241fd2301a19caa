# exceptions raised by the interpreter, caught by the program
def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally:
        print("finally", a, b)


print(divide(7, 2))
print(divide(1, 0))

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    raise ValueError("bad value")
except (TypeError, ValueError) as e:
    print("tuple match:", e)

try:
    try:
        1 + "a"
    except TypeError:
        print("inner")
        raise
except TypeError as e:
    print("re-raised:", e)


class MyError(Exception):
    pass


try:
    raise MyError("mine")
except Exception as e:
    print("user exception:", e)
