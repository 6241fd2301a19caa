# os.path: commonprefix, commonpath, expandvars, splitdrive, normcase, islink, lexists,
# samefile, realpath; os.lstat
import os
import os.path as p
print(p.commonprefix(['/usr/lib/x', '/usr/local', '/usr/lib']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib/x', '/usr/local', '/usr//lib']), p.commonpath(['a/b/c', 'a/b/d']))
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
os.environ['GCLAB_X'] = 'val'
print(p.expandvars('$GCLAB_X/${GCLAB_X}/$NOPE_ZZ/$'), p.splitdrive('/a/b'), p.normcase('/A'))
d = '/tmp/gclab-corpus-os-path-%d' % os.getpid()      # per process: plans run at once
os.mkdir(d)
real = p.join(d, 'real')
open(real, 'w').close()
print(p.islink(real), p.lexists(p.join(d, 'nope')), p.samefile(real, p.join(d, '.', 'real')))
print(p.realpath(p.join(d, 'x', '..', 'real')) == real, p.realpath('/tmp/../tmp/.') == '/tmp')
print(os.lstat(real).st_size, os.stat(real).st_size)
os.remove(real)
os.rmdir(d)
