# bytearray: mutation in place


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b'hello')
alias = ba
ba[0] = 72
ba[-1] = ord('O')
print(ba, alias is ba)
ba.append(33)
ba.extend(b'??')
ba.extend([1, 2])
ba.extend(bytearray(b'x'))
ba.extend(range(48, 50))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 104)
ba.insert(100, 122)
ba.insert(-1, 121)
ba.insert(-100, 97)
print(ba)
ba.remove(63)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(0)
print(ba, c, type(c).__name__, c is ba)
ba.clear()
print(ba, len(ba), bool(ba), alias)

# slice assignment and deletion
ba = bytearray(b'0123456789')
ba[1:3] = b'ab'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = bytearray(b'XY')
print(ba)
ba[2:4] = [65, 66, 67]
print(ba)
ba[::2] = b'_____________'[:len(ba[::2])]
print(ba)
ba[-2:] = range(97, 100)
print(ba)
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::3]
print(ba)
del ba[::-2]
print(ba)
ba = bytearray(b'abcdef')
del ba[4:1:-1]
print(ba)

# += and *=
ba = bytearray(b'ab')
keep = ba
ba += b'cd'
ba += bytearray(b'e')
print(ba, keep is ba)
ba *= 2
print(ba, keep is ba)
b = b'ab'
kept = b
b += b'cd'
print(b, kept, b is kept)

# errors
show('pop empty', lambda: bytearray().pop())
show('pop range', lambda: bytearray(b'a').pop(5))
show('remove missing', lambda: bytearray(b'a').remove(9))
show('append 256', lambda: bytearray().append(256))
show('append -1', lambda: bytearray().append(-1))
show('append str', lambda: bytearray().append('a'))
show('insert str', lambda: bytearray(b'x').insert('a', 1))
show('extend int', lambda: bytearray(b'x').extend(5))
show('extend big', lambda: bytearray(b'x').extend([300]))


def setitem(obj, key, value):
    obj[key] = value
    return obj


def delitem(obj, key):
    del obj[key]
    return obj


show('set 256', lambda: setitem(bytearray(b'ab'), 0, 256))
show('set str', lambda: setitem(bytearray(b'ab'), 0, 'a'))
show('set range', lambda: setitem(bytearray(b'ab'), 5, 1))
show('set key str', lambda: setitem(bytearray(b'ab'), 'a', 1))
show('set slice int', lambda: setitem(bytearray(b'ab'), slice(0, 1), 5))
show('set slice str', lambda: setitem(bytearray(b'ab'), slice(0, 1), 'x'))
show('set ext slice', lambda: setitem(bytearray(b'ab'), slice(None, None, 2), b'xyz'))
show('set bytes', lambda: setitem(b'ab', 0, 1))
show('del range', lambda: delitem(bytearray(b'ab'), 5))
show('del bytes', lambda: delitem(b'ab', 0))
show('iadd str', lambda: setitem([bytearray()], 0, None) and None)
ba = bytearray(b'a')
try:
    ba += 'b'
except TypeError as e:
    print('iadd str', e)

# iteration sees changes
ba = bytearray(b'abc')
out = []
for x in ba:
    out.append(x)
    if x == 97:
        ba.append(100)
print(out)
