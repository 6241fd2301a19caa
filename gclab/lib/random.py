# gclab's random module: CPython 3.11's generator (MT19937 as in Modules/_randommodule.c)
# and the algorithms of its Lib/random.py, written for gclab's subset of Python, so that
# a seed gives the same numbers as in CPython.
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite
import time as _time
from _thread import allocate_lock as _allocate_lock, _threads_started

TWOPI = 2.0 * _pi
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_M = 397
_MASK32 = 0xffffffff
_UPPER = 0x80000000
_LOWER = 0x7fffffff
_MATRIX_A = 0x9908b0df
_ONE = 1


def _index(x, what):
    """The integer value of a randrange argument (ints, bools, integral floats)."""
    if isinstance(x, int):
        return x
    if isinstance(x, float):
        i = int(x)
        if i != x:
            raise ValueError("non-integer %s for randrange()" % what)
        return i
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _accumulate(values):
    out = []
    total = None
    first = True
    for v in values:
        if first:
            total = v
            first = False
        else:
            total = total + v
        out.append(total)
    return out


# --- SHA-512 (FIPS 180-4), only for seeding from a str -------------------------------------

_SHA512_K = []
_SHA512_H = []
_M64 = 0xffffffffffffffff
# x << n is written x * 2**n where it may pass 63 bits: untranslated, gclab's int
# shift does not detect the overflow (see the lead's notes)
_POW2 = [2 ** i for i in range(65)]


def _iroot(n, k, guess):
    """The integer k-th root of n (floor), by Newton's method from a guess above it."""
    x = guess
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _sha512_tables():
    if _SHA512_K:
        return
    primes = []
    n = 2
    while len(primes) < 80:
        is_prime = True
        for p in primes:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(n)
        n += 1
    for p in primes:
        guess = int(p ** (1.0 / 3.0) * 18446744073709551616.0 * (1.0 + 2.0 ** -30))
        _SHA512_K.append(_iroot(p * _POW2[64] ** 3, 3, guess) & _M64)
    for p in primes[:8]:
        guess = int(_sqrt(p) * 18446744073709551616.0 * (1.0 + 2.0 ** -30))
        _SHA512_H.append(_iroot(p * _POW2[64] ** 2, 2, guess) & _M64)


def _rotr64(x, n):
    return ((x >> n) | (x * _POW2[64 - n])) & _M64


def _sha512(data):
    """The SHA-512 digest (list of 64 ints) of data (a list of ints 0..255)."""
    _sha512_tables()
    K = _SHA512_K
    msg = list(data)
    bitlen = len(msg) * 8
    msg.append(0x80)
    while len(msg) % 128 != 112:
        msg.append(0)
    for i in range(15, -1, -1):
        msg.append((bitlen >> (8 * i)) & 0xff)
    h = list(_SHA512_H)
    for start in range(0, len(msg), 128):
        w = []
        for i in range(16):
            v = 0
            for j in range(8):
                v = v * 256 + msg[start + 8 * i + j]
            w.append(v)
        for i in range(16, 80):
            x = w[i - 15]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            x = w[i - 2]
            s1 = _rotr64(x, 19) ^ _rotr64(x, 61) ^ (x >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            S1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ ((~e) & g)
            t1 = (hh + S1 + ch + K[i] + w[i]) & _M64
            S0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M64
            hh = g
            g = f
            f = e
            e = (d + t1) & _M64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M64
        h = [(h[0] + a) & _M64, (h[1] + b) & _M64, (h[2] + c) & _M64, (h[3] + d) & _M64,
             (h[4] + e) & _M64, (h[5] + f) & _M64, (h[6] + g) & _M64, (h[7] + hh) & _M64]
    out = []
    for v in h:
        for i in range(7, -1, -1):
            out.append((v >> (8 * i)) & 0xff)
    return out


def _utf8(s):
    """The UTF-8 encoding of str s, as a list of ints."""
    out = []
    for ch in s:
        c = ord(ch)
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out.append(0xc0 | (c >> 6))
            out.append(0x80 | (c & 0x3f))
        elif c < 0x10000:
            out.append(0xe0 | (c >> 12))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
        else:
            out.append(0xf0 | (c >> 18))
            out.append(0x80 | ((c >> 12) & 0x3f))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
    return out


def _time_seed():
    t = _time.time()
    p = _time.perf_counter()
    return int(t * 1000000.0) ^ (int(p * 1000000000.0) * 1048576) ^ id(_time)


def _check_bits(k):
    """getrandbits' argument checks, as CPython's."""
    if not isinstance(k, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(k).__name__)
    if k < 0:
        raise ValueError('number of bits must be non-negative')


class Random:
    VERSION = 3
    # CPython's generator is C code: a draw is atomic for the program's threads.  Here it
    # is several steps, and two threads drawing at once could read the state past its
    # end or both take one number: once a thread has started (_threads_started is not
    # empty), each draw, seeding and setstate() holds the instance's lock.
    _lock = _allocate_lock()    # (of the instances whose __init__ did not run)

    def __init__(self, x=None):
        self._lock = _allocate_lock()
        self._mt = [0] * _N
        self._mti = _N + 1
        self.seed(x)
        self.gauss_next = None

    # --- the Mersenne Twister core (CPython's _random.Random) ---------------------------
    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK32
        prev = mt[0]
        for i in range(1, _N):
            prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
            mt[i] = prev
        self._mti = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        keylen = len(key)
        i = 1
        j = 0
        k = _N if _N > keylen else keylen
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _MASK32
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= keylen:
                j = 0
            k -= 1
        k = _N - 1
        while k:
            p = mt[i - 1]
            mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & _MASK32
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def _generate(self):
        mt = self._mt
        kk = 0
        while kk < _N - _M:
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + _M] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        while kk < _N - 1:
            y = (mt[kk] & _UPPER) | (mt[kk + 1] & _LOWER)
            v = mt[kk + (_M - _N)] ^ (y >> 1)
            if y & 1:
                v ^= _MATRIX_A
            mt[kk] = v
            kk += 1
        y = (mt[_N - 1] & _UPPER) | (mt[0] & _LOWER)
        v = mt[_M - 1] ^ (y >> 1)
        if y & 1:
            v ^= _MATRIX_A
        mt[_N - 1] = v
        self._mti = 0

    def _genrand_uint32(self):
        if self._mti >= _N:
            self._generate()
        y = self._mt[self._mti]
        self._mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def _seed_int(self, n):
        if n < 0:
            n = -n
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key.append(0)
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        self._init_by_array(key)
        if lock is not None:
            lock.release()

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        if lock is not None:
            lock.release()
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        _check_bits(k)
        if k == 0:
            return 0
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        if k <= 32:
            result = self._genrand_uint32() >> (32 - k)
        else:
            result = 0
            shift = 1
            while k > 0:
                r = self._genrand_uint32()
                if k < 32:
                    r >>= 32 - k
                result += r * shift
                shift *= 4294967296
                k -= 32
        if lock is not None:
            lock.release()
        return result

    def randbytes(self, n):
        """Generate n random bytes (as CPython's random.py: from getrandbits)."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # --- Lib/random.py ------------------------------------------------------------------
    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None, int, float, str, bytes, bytearray)."""
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = ''.join([chr(b) for b in a])     # as a.decode('latin-1')
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = _utf8(a) if isinstance(a, str) else list(a)
            digest = _sha512(data)
            n = 0
            for byte in data:
                n = n * 256 + byte
            for byte in digest:
                n = n * 256 + byte
            a = n
        elif not (a is None or isinstance(a, (int, float, str, bytes, bytearray))):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            self._seed_int(_time_seed())
        elif isinstance(a, int):
            self._seed_int(a)
        else:
            self._seed_int(hash(a) & 0xFFFFFFFFFFFFFFFF)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, tuple(self._mt) + (self._mti,), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version != 3 and version != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        internal = state[1]
        if len(internal) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = [internal[i] & _MASK32 for i in range(_N)]
        index = internal[_N]
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        lock = self._lock if _threads_started else None
        if lock is not None:
            lock.acquire()
        self._mt[:] = words
        self._mti = index
        if lock is not None:
            lock.release()
        self.gauss_next = state[2]

    def _randbelow(self, n):
        """Return a random int in the range [0,n).  Defined for n > 0."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        istart = _index(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, 'stop')
        width = istop - istart
        istep = _index(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if isinstance(population, dict) or not hasattr(population, '__getitem__'):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect_right(cum_counts, s, 0, len(cum_counts))]
                    for s in selections]
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = {}
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected[j] = None
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(self.random() * n)] for i in range(k)]
            if isinstance(weights, int):
                raise TypeError('The number of choices must be a keyword argument: k=%d'
                                % weights)
            cum_weights = _accumulate(weights)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect_right(cum_weights, self.random() * total, 0, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            try:
                c = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (the Box-Muller method, as CPython)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        while True:
            u = self.random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom (the kernel's generator): no seed, no state."""

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        from os import urandom
        return (int.from_bytes(urandom(7), 'big') >> 3) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        from os import urandom
        _check_bits(k)
        numbytes = (k + 7) // 8
        x = int.from_bytes(urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        from os import urandom
        return urandom(n)

    def seed(self, *args, **kwds):
        """(Does nothing: the system's generator takes no seed.)"""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
randbytes = _inst.randbytes
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
