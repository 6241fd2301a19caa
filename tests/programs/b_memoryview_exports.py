# a bytearray with live memoryviews (exports) cannot change size: BufferError.  Every
# view here is released (or its bytearray never resized after): the same on every plan
import gc

b = bytearray(b'abc')
m = memoryview(b)
ops = [('append', lambda: b.append(1)), ('extend empty', lambda: b.extend(b'')),
       ('extend', lambda: b.extend(b'xy')), ('clear', lambda: b.clear()),
       ('pop', lambda: b.pop()), ('insert', lambda: b.insert(0, 1)),
       ('remove', lambda: b.remove(98)), ('same-size slice', lambda: b.__setitem__(slice(0, 1), b'x')),
       ('growing slice', lambda: b.__setitem__(slice(0, 1), b'xy')),
       ('del item', lambda: b.__delitem__(0)), ('del empty slice', lambda: b.__delitem__(slice(0, 0))),
       ('del slice', lambda: b.__delitem__(slice(0, 2))), ('+= empty', lambda: b.__iadd__(b'')),
       ('+=', lambda: b.__iadd__(b'q')), ('*= 1', lambda: b.__imul__(1)),
       ('*= 2', lambda: b.__imul__(2)), ('reverse', lambda: b.reverse()),
       ('item', lambda: b.__setitem__(1, 66)), ('__init__', lambda: b.__init__(b'zz'))]


def run_all():
    for name, f in ops:
        try:
            f()
            print(name, 'ok', b, m.tobytes())
        except BufferError as e:
            print(name, 'BufferError:', e)


run_all()
# a slice is an export of its own: it keeps the bytearray locked after m is released
s = m[1:]
m.release()
try:
    b.append(0)
except BufferError as e:
    print('slice still exports:', e)
s.release()
b.append(0)
print(b)

# the with statement releases the view
with memoryview(b) as v:
    v[0] = 65
    try:
        b.extend(b'!!')
    except BufferError as e:
        print('inside with:', e)
b.extend(b'!!')
print(b)

# (a view dropped without release(): tests/programs/finalizers/memoryview_dropped.py)


# a view of a bytearray subclass: .obj is the instance; a cycle through it is collected
class Buf(bytearray):
    pass


buf = Buf(b'sub')
buf.view = memoryview(buf)
print(type(buf.view.obj).__name__, buf.view.obj is buf, buf.view.tobytes(), buf.view[0])
buf.view[0] = ord('S')
print(buf, bytes(buf))
try:
    buf.append(1)
except BufferError as e:
    print('subclass:', e)
buf.view.release()
buf.append(33)
print(buf)
buf.view = memoryview(buf)
del buf
gc.collect()
print('collected')
