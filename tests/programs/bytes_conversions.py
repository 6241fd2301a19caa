# bytes and the other builtins: exec/eval/compile of bytes, int(), float(), str(b, encoding)
exec(b'print(1)')
print(eval(b'1+2'))
c = compile(b'x=5', 'f', 'exec')
exec(c)
print(x)
print(int(b'12'), float(b'1.5'))
print(str(b'ab', 'ascii'), str(b'ab', encoding='utf-8'), str(bytearray(b'x'), 'latin-1'))
for t in ['str(1,2,3,4)', 'str("a","utf-8")', 'str(1,"utf-8")', 'str(b"a", 1)', 'str(x=1)', 'str(object=1)', 'str(b"\\xff", errors="replace")', 'str(b"a", encoding="ascii")', 'str(encoding="ascii")', 'int(b"x")', 'float(b"x")', 'int(b" 12 ")', 'int(bytearray(b"7"))', 'int(b"ff", 16)', 'float(bytearray(b"2.5"))', 'int(b"0x1f", 0)', 'int(b"_1")', 'str(b"\\xc3\\xa9", "utf-8")', 'str(bytearray(b"\\xe9"), "latin-1")', 'str()', 'str(1)', 'str(b"x")']:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
