"""secrets for gclab: random numbers and tokens for secrets, from os.urandom (the
kernel's generator) through random.SystemRandom.  Written for gclab after CPython
3.11's interface."""

import base64
import binascii
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32        # bytes


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY if None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a text of 2 * nbytes hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64, without the '=' padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
