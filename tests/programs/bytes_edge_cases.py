# edge cases of bytes and bytearray, compared with python3
tests = ['b"abc"[::0]', 'b"abc"[1:2:-1]', 'bytearray(b"abc")[::-1]', 'b"a" * 0', 'b"ab".find(b"", 5)', 'b"ab".count(b"", 5)', 'b"ab".rfind(b"")',
 'b"abc".index(98, 2)', 'b"ab".find(256)', 'b"ab".find(-1)', 'b"ab".startswith(b"a", 5)', 'b"ab".endswith(b"", 2)', 'b"ab".split(b"a", -5)',
 'bytes(True)', 'bytes([True, False])', 'bytearray(b"abc").pop(-4)', 'b"%5%" % ()', 'b"%-5d|" % -3', 'b"%(x)d" % {b"x": 1}', 'b"%s" % {b"x": 1}',
 'b"%s %s" % [b"a", b"b"]', 'b"x" % ()', 'b"x" % 5', 'b"%s" % (b"a",)', 'b"%.0s" % b"abc"', 'b"%c" % -1', 'b"%x" % 3.5', 'b"%d" % 3.7',
 'b"abc" < b"abd"', 'bytearray(b"a") == bytearray(b"a")', 'bytearray() != b""', '[b"a"] == [bytearray(b"a")]', 'b"a" in [bytearray(b"a")]',
 'bytes.hex(b"ab")', 'bytearray(b"\\x00").hex()', 'b"abc".hex("")', 'b"abc".hex("::")', 'b"abc".hex(0)', 'b"abc".hex(":", 0)',
 'b"a b".split(None)', 'b"  ".split()', 'b"a".rsplit(b"a")', 'b"abc".replace(b"", b"-", 2)', 'b"abc".replace(b"x", b"y")',
 'b"abc".partition(b"")', 'bytearray(b"a,b").partition(b",")', 'b"AbC".swapcase()', 'b"hello world".capitalize()', 'b"x".join([])',
 'b"x".join(b"ab")', 'b"".join([bytearray(b"a")])', 'bytes(b"abc"[::2])', 'len(bytearray(10))', 'bytearray(b"ab") + bytearray(b"c")',
 'sum([b"a"], b"")', 'b"a".__hash__() == hash(b"a")', 'b"abc"[-10:10]', 'b"abc"[True]', 'list(reversed(bytearray(b"ab")))', 'max(b"")',
 'b"\\x80abc".decode("utf-8", "backslashreplace")', 'b"\\xc3".decode("utf-8", "ignore")', '"\\u20ac".encode("latin-1", "replace")',
 'b"abc".decode("UTF-8")', 'b"abc".decode("Latin1")', 'b"abc".decode("us-ascii")', 'b"abc".decode(errors="strict")', '"abc".encode(None)',
 'int.from_bytes(b"\\x00\\x01", byteorder="little")', 'int.from_bytes(b"\\x80", signed=True)', '(65).to_bytes(1, "big").decode()', '(-1).to_bytes(1, signed=True)',
 '(0).to_bytes(0)', '(255).to_bytes(1, "little", signed=True)', 'int.to_bytes(5, 2, "big")', 'bool.from_bytes(b"\\x01")', 'int.from_bytes(bytearray(), "big")',
 'b"a".count(b"a", None, None)', 'b"aaa".count(b"aa")', 'b"abc".find(b"c", -1)', 'b"abc".find(b"a", None, -2)', 'b"abc"[1:] == b"bc"']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
