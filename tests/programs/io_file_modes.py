# a file's mode attribute: the text mode as given, a binary file's as its raw file's
import os
p = '/tmp/gclab-modetest-%d' % os.getpid()
open(p, 'w').close()
for m in ['r', 'w', 'a', 'x', 'rb', 'wb', 'ab', 'xb', 'r+', 'w+', 'a+', 'x+', 'r+b', 'w+b',
          'a+b', 'x+b', 'rb+', 'wb+', 'br', 'rt', 'wt', 'r+t', 'bw+', 'tr']:
    if 'x' in m:
        os.remove(p)
    f = open(p, m)
    print(m, repr(f.mode))
    f.close()
os.remove(p)
print(os.unlink.__name__, os.remove.__name__)
