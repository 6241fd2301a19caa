"""gclab's reference counting for plan `immortal-refcount`: plan `refcount` with
immortal prebuilt objects, as CPython's PEP 683 ("Immortal Objects").

What becomes immortal
---------------------
Every GC object that RPython prebuilds: every GcStruct or GcArray that translation
turns into static data in the C source instead of allocating it at run time.  The
C database hands each of them to the GC transformer's consider_constant(), which
creates its GC header; RPython's refcounting gives the header a count of
sys.maxint // 2, so such an object is never freed, but its count still goes up and
down.  Here it gets IMMORTAL_REFCOUNT instead, and incref/decref leave it alone.
In gclab that is everything built before translation, i.e. by the target's
ObjSpace() and at import time:
  * the interpreter's None, True, False, NotImplemented, Ellipsis;
  * its cached small ints (-5..256), the empty string and the one-character
    strings (chr(0)..chr(127)), and the lists that hold them;
  * every builtin type and exception type with its dict, the builtin functions,
    the builtin modules and the space itself with its tables;
  * every other prebuilt GC object: each RPython string constant of the
    interpreter's source (messages, names), RPython's prebuilt exception
    instances, empty lists' item arrays, the entry arrays of prebuilt
    dicts...
Nothing becomes immortal at run time, and nothing allocated at run time is
immortal: the objects of the guest program are counted and freed as in `refcount`.

How the check works
-------------------
IMMORTAL_REFCOUNT is negative (-2**62 on 64 bits); the count of a mortal object
is never negative (it starts at 0 in a zero-filled malloc, the first reference
makes it 1).  So "is immortal" is the sign of the count, tested on the value just
loaded, before the store:
    incref   rc = hdr.refcount;  if rc >= 0: hdr.refcount = rc + 1
    decref   rc = hdr.refcount;  if rc >= 0: rc -= 1; hdr.refcount = rc;
                                             if rc == 0: deallocate
A sign test is the cheapest check there is (x86-64: `test; js`; a positive
threshold such as RPython's sys.maxint // 2 would need a 64-bit immediate in a
register for each compare), and an immortal count is never written, so the cache
lines of prebuilt objects stay clean (shared, with threads, instead of bouncing
between cores).  The sentinel is -2**62 rather than the smallest Signed so that
even code that changed a count without the check (there is none: every
incref/decref goes through rc_inc/rc_dec) would have to do so 2**62 times before
the count stopped being negative.  CPython 3.12 does the same with a 32-bit
saturated count: immortal when the low 32 bits, as int32, are negative.

Implementation: ImmortalPrebuilt.consider_constant() writes IMMORTAL_REFCOUNT into
the prebuilt headers; ImmortalRefcountingGCTransformer (gclab.gc.refcounting.refcount's
transformer) overrides refcount_operations() with the two checked operations
above.  Plan atomic-immortal-refcount (immortal_atomic.py) combines the
same consider_constant() with checked atomic operations.  Allocation and free
counting (gclab.gc.stats) is gclab.gc.refcounting.refcount's: prebuilt objects are never
allocated or freed, so it is unchanged.
"""

import sys

from rpython.rtyper.lltypesystem import lltype, llmemory

from gclab.gc.refcounting import deferred
from gclab.gc.refcounting.refcount import (GclabRefcountingGCTransformer,
                                           GclabRefcountingGcPolicy)

IMMORTAL_REFCOUNT = -(sys.maxint // 2) - 1      # -2**62 on 64 bits: negative
assert deferred.IMMORTAL_REFCOUNT == IMMORTAL_REFCOUNT      # (what it immortalizes with)


class ImmortalPrebuilt(object):
    """Mixin for a refcounting transformer: prebuilt objects get the count
    IMMORTAL_REFCOUNT (RPython's RefcountingGCTransformer.consider_constant gives
    them sys.maxint // 2).  `immortal_objects` counts them."""

    immortal_objects = 0

    def consider_constant(self, TYPE, value):
        # called by the C database for every prebuilt struct and array
        if value is not lltype.top_container(value):
            return           # a substructure shares its container's header
        if isinstance(TYPE, (lltype.GcStruct, lltype.GcArray)):
            p = value._as_ptr()
            if not self.gcheaderbuilder.get_header(p):
                hdr = self.gcheaderbuilder.new_header(p)
                hdr.refcount = IMMORTAL_REFCOUNT
                self.immortal_objects += 1


class ImmortalRefcountingGCTransformer(ImmortalPrebuilt,
                                       GclabRefcountingGCTransformer):

    def refcount_operations(self):
        hdr_size = self.gcheaderbuilder.size_gc_header
        HDRPTR = self.HDRPTR

        def rc_inc(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            refcount = hdr.refcount
            if refcount >= 0:                   # mortal
                hdr.refcount = refcount + 1

        def rc_dec(adr):
            hdr = llmemory.cast_adr_to_ptr(adr - hdr_size, HDRPTR)
            refcount = hdr.refcount
            if refcount < 0:                    # immortal
                return False
            refcount -= 1
            hdr.refcount = refcount
            return refcount == 0
        rc_inc._always_inline_ = True
        rc_dec._always_inline_ = True
        return rc_inc, rc_dec


class ImmortalRefcountingGcPolicy(GclabRefcountingGcPolicy):

    def gettransformer(self, translator):
        return ImmortalRefcountingGCTransformer(translator)
