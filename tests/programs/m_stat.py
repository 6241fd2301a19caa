import os
import stat

modes = [0o100644, 0o40755, 0o120777, 0o104755, 0o41777, 0o20620, 0o60660, 0o10644,
         0o140755, 0o102644, 0o100000, 0, 0o7777, 0o106000, 0o101001]
for mode in modes:
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR,
                                stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR,
                                stat.S_ISPORT, stat.S_ISWHT) if f(mode)])

print([(n, getattr(stat, n)) for n in sorted(dir(stat))
       if n.isupper() and isinstance(getattr(stat, n), int)])
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH == 0o754)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)

st = os.stat(os.path.dirname(os.path.abspath(__file__)))
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat(os.path.abspath(__file__))
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
print(stat.S_ISDIR(True), stat.filemode(True))
for bad in ['x', 1.5, None]:
    try:
        stat.S_ISDIR(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [-1, 2 ** 40, 2 ** 64, 2 ** 31]:
    try:
        print(stat.filemode(bad), stat.S_ISREG(bad))
    except OverflowError as e:
        print('OverflowError', e)
