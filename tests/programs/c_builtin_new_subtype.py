# T.__new__(cls) of a builtin type T requires cls to be T or a subclass of it.
for owner, cls in [(int, str), (float, int), (list, dict), (str, bytes), (tuple, list),
                   (dict, set), (BaseException, int),
                   (frozenset, set), (bytes, bytearray)]:
    try:
        owner.__new__(cls)
        print(owner.__name__, cls.__name__, 'no error')
    except TypeError as e:
        print(e)


class MyInt(int):
    pass


class MyError(LookupError):
    pass


x = int.__new__(MyInt, 5)
print(x, type(x).__name__)
print(type(list.__new__(list)).__name__, repr(str.__new__(str, 'abc')))
print(type(Exception.__new__(MyError, 'm')).__name__, type(BaseException.__new__(KeyError)))
