# A memoryview of a bytearray that the program drops without release() stops exporting
# when it is found dead: at once on the refcount plans (as CPython); on the tracing
# plans the resize that finds it collects first; never on plan none (the
# never.out: the views stay, every resize is refused).
b = bytearray(b'abc')


def resize(what, f):
    try:
        f()
        print(what, 'ok', b)
    except BufferError as e:
        print(what, 'BufferError:', e)


m = memoryview(b)
m[1] = 66
resize('with a view', lambda: b.append(33))
del m
resize('after del', lambda: b.append(33))
print(bytes(memoryview(b)[1:3]), memoryview(b)[::2].tobytes(), memoryview(b).cast('c')[0])
resize('after temporaries', lambda: b.extend(b'..'))


def use_view():
    v = memoryview(b)
    v[0] = 65
    return v[1:2].tobytes()


print(use_view())
resize('after a function', lambda: b.pop())
print('end:', len(b))
