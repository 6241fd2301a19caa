# the padding, line and table methods of bytes and bytearray
for t in ['b"ab".ljust(5)', 'b"ab".rjust(5, b"*")', 'b"ab".center(7, b"-")', 'b"abc".center(6)', 'b"ab".ljust(5, "*")', 'b"ab".ljust(5, b"**")', 'b"-12".zfill(6)', 'b"+1".zfill(4)', 'b"7".zfill(3)', 'bytearray(b"ab").center(5)', 'b"ab".ljust(1)', 'b"a\\nb\\r\\nc\\rd".splitlines()', 'b"a\\nb\\n".splitlines(True)', 'b"a\\nb\\n".splitlines(keepends=True)', 'b"".splitlines()', 'b"a\\tb".expandtabs()', 'b"a\\tb\\n\\tc".expandtabs(4)', 'b"Hello World".istitle()', 'b"hello".istitle()', 'b"abc".translate(None, b"b")', 'b"abc".translate(bytes.maketrans(b"ab", b"xy"))', 'bytes.maketrans(b"a", b"bc")', 'b"abc".translate(b"x")', 'bytearray(b"abc").translate(None)', 'b"ab".ljust("x")', 'b"a\\x0bb\\x0cc\\x1cd".splitlines()', 'bytearray.maketrans(b"a", b"b")[97]', 'b"abc".translate(None, delete=b"c")', 'bytearray(b"x").splitlines()']:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
