# resource: getrusage's numbers are real (ru_maxrss > 0, CPU time grows with work),
# the limits round-trip through setrlimit, and the errors are CPython's.
import resource

print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
print(resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_AS,
      resource.RLIMIT_STACK, resource.RLIMIT_DATA, resource.RLIM_INFINITY)
print(resource.error is OSError, resource.getpagesize() % 1024 == 0)

r0 = resource.getrusage(resource.RUSAGE_SELF)
print(type(r0).__name__, len(r0), resource.struct_rusage.n_fields)
print(type(r0.ru_utime).__name__, type(r0.ru_stime).__name__, type(r0.ru_maxrss).__name__)
print(r0.ru_maxrss > 0, r0[2] == r0.ru_maxrss, r0[0] == r0.ru_utime, r0[-1] == r0.ru_nivcsw)
print(repr(r0).startswith('resource.struct_rusage(ru_utime='))
print(all(isinstance(x, int) for x in r0[2:]), all(x >= 0 for x in r0))

total = 0
n = 0
while True:
    for i in range(20000):
        total += i * i % 7
    n += 1
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    if r1.ru_utime + r1.ru_stime > r0.ru_utime + r0.ru_stime or n > 100000:
        break
print('cpu time grew', r1.ru_utime + r1.ru_stime > r0.ru_utime + r0.ru_stime)
print(r1.ru_maxrss >= r0.ru_maxrss)
big = [[i] for i in range(300000)]
r2 = resource.getrusage(resource.RUSAGE_SELF)
print(r2.ru_maxrss >= r1.ru_maxrss, r2.ru_minflt >= r1.ru_minflt)
del big

c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(type(c).__name__, c.ru_utime >= 0.0)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(isinstance(soft, int), hard == -1 or soft <= hard)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 64) if soft != -1 else 64, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == (min(soft, 64) if soft != -1 else 64))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))

for call in (lambda: resource.getrusage(5), lambda: resource.getrlimit(99),
             lambda: resource.getrlimit(-1),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5),
             lambda: resource.setrlimit(resource.RLIMIT_CORE, (10, 5)),
             lambda: resource.getrusage('x')):
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
