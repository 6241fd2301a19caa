# bytes and bytearray given to other builtins: ord, format, sorted, set, dict.fromkeys...
tests = ['ord(b"a")', 'ord(bytearray(b"\\xff"))', 'ord(b"ab")', 'format(b"x", "10")', 'format(b"x", "")', 'f"{b\'x\'!r:>8}"', '"abc".startswith(b"a")', '"".join([b"a"])', 'b"x" in "xyz"',
 '"%d" % b"1"', 'hash(b"x") == hash("x")', 'b"x" == "x"', '{b"x": 1, "x": 2}', 'sorted(b"cba")', 'any(b"\\x00")', 'all(bytearray(b"ab"))', 'dict.fromkeys(b"ab")', 'set(b"aab")', 'tuple(bytearray(b"hi"))',
 'len(str(b"\\xff"))', 'repr(b"\\x7f\\x1f")', 'ascii(b"x")', 'min(bytearray(b"zq"))', 'list(map(bytes, [[1], [2]]))', 'bytes(reversed(b"ab"))', 'bytearray(b"x") * True']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
