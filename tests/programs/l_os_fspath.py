# os.PathLike objects (__fspath__) wherever a path goes: open(), os and os.path functions,
# with CPython's errors for a bad __fspath__ result and for a non-path
import os, pathlib
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
class Bad:
    def __fspath__(self): return 42
d = '/tmp/gclab-fspath-%d' % os.getpid()
os.mkdir(P(d))
print(os.path.exists(pathlib.Path(d)), os.path.isdir(P(d)), os.path.isfile(P(d)))
with open(P(d + '/f.txt'), 'w') as f:
    f.write('hello')
with open(pathlib.Path(d) / 'f.txt') as f:
    print(f.read())
print(os.path.getsize(P(d + '/f.txt')), sorted(os.listdir(pathlib.Path(d))))
print(sorted(os.listdir(d.encode())), sorted(os.listdir(P(d.encode()))))   # bytes in, bytes out
for bad in (Bad(), 3.5):
    try:
        open(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        os.stat(bad)
    except TypeError as e:
        print('TypeError', e)
os.remove(P(d + '/f.txt'))
os.rmdir(pathlib.Path(d))
print(os.path.exists(d))
